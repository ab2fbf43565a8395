import type { Database } from '../../src/store/database';
import { ANALYSIS_VERSION } from '../../src/services/analyse';
import { type UpgradeProgress, upgradeStore } from '../../src/services/upgrade';
import { createSeededStore } from '../helpers/store';

let store: Database;
beforeAll(async () => {
  ({ store } = await createSeededStore());
});
afterAll(() => store.close());

/** What a store looks like after an upgrade of the analysers: every article's analysis older than the code's. */
const ageEveryAnalysis = () => store.prisma.article.updateMany({ data: { analysisVersion: ANALYSIS_VERSION - 1 } });
const reuseRows = () => store.prisma.reuse.findMany({ select: { sourceId: true, targetId: true, kind: true, credited: true }, orderBy: [{ sourceId: 'asc' }, { targetId: 'asc' }] });

describe('upgradeStore', () => {
  it('re-analyses every stale article and redoes its links, leaving the same reuse as before', async () => {
    const before = await reuseRows();
    const sentencesBefore = await store.prisma.sentence.count();
    await ageEveryAnalysis();
    const progress: UpgradeProgress[] = [];
    expect(await upgradeStore(store.prisma, { onProgress: (p) => progress.push(p) })).toEqual({ analysed: 5, linked: 5 });
    expect(await store.prisma.article.count({ where: { OR: [{ analysisVersion: { lt: ANALYSIS_VERSION } }, { reuseLinkedAt: null }] } })).toBe(0);
    expect(await reuseRows()).toEqual(before);
    expect(await store.prisma.sentence.count()).toBe(sentencesBefore);
    expect(progress.at(4)).toEqual({ phase: 'analyse', done: 5, total: 5 });
    expect(progress.at(-1)).toEqual({ phase: 'link', done: 5, total: 5 });
  });

  it('when stopped after one article, leaves the rest for the next run, which finishes the job', async () => {
    await ageEveryAnalysis();
    const stop = new AbortController();
    expect(await upgradeStore(store.prisma, { signal: stop.signal, onProgress: () => stop.abort() })).toEqual({ analysed: 1, linked: 0 });
    expect(await store.prisma.article.count({ where: { analysisVersion: { lt: ANALYSIS_VERSION } } })).toBe(4);
    // The one re-analysed article waits for its links.
    expect(await store.prisma.article.count({ where: { reuseLinkedAt: null } })).toBe(1);
    expect(await upgradeStore(store.prisma)).toEqual({ analysed: 4, linked: 5 });
  });

  it('when the store is up to date, does nothing', async () => {
    expect(await upgradeStore(store.prisma)).toEqual({ analysed: 0, linked: 0 });
  });
});
