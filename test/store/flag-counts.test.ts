import fs from 'node:fs';
import path from 'node:path';
import { FLAG_NAMES } from '../../src/core/classify/flags';
import { reanalyseAll } from '../../src/services/reanalyse';
import { deleteArticle } from '../../src/store/articles';
import type { Database } from '../../src/store/database';
import { createSeededStore } from '../helpers/store';

let store: Database;
let ids: Record<string, number>;
beforeAll(async () => {
  ({ store, ids } = await createSeededStore());
});
afterAll(() => store.close());

/** Each article's stored flag counts, and the same counted from its sentences. */
async function countsBothWays() {
  const db = store.prisma;
  const stored = await db.articleFlag.findMany({ orderBy: [{ articleId: 'asc' }, { flag: 'asc' }] });
  const flagged = await db.article.findMany({ select: { id: true, flaggedSentences: true }, orderBy: { id: 'asc' } });
  const sentences = await db.sentence.findMany({ where: { boilerplate: false }, select: { articleId: true, flagNames: true } });
  const counted = FLAG_NAMES.flatMap((flag) =>
    [...new Set(sentences.map((s) => s.articleId))].map((articleId) => ({ articleId, flag, sentences: sentences.filter((s) => s.articleId === articleId && s.flagNames.includes(flag)).length })),
  )
    .filter((c) => c.sentences > 0)
    .sort((a, b) => a.articleId - b.articleId || a.flag.localeCompare(b.flag));
  const anyFlag = flagged.map((a) => ({ id: a.id, flaggedSentences: sentences.filter((s) => s.articleId === a.id && s.flagNames.length).length }));
  return { stored, counted, flagged, anyFlag };
}

describe('stored flag counts', () => {
  it('when the migration that adds them runs on a store with sentences, it fills them from the sentences', async () => {
    const dir = path.join(__dirname, '../../prisma/migrations');
    const migration = fs.readdirSync(dir).find((d) => d.endsWith('_article_flag_counts'))!;
    const sql = fs.readFileSync(path.join(dir, migration, 'migration.sql'), 'utf8');
    const backfill = sql.slice(sql.indexOf('\n', sql.indexOf('-- Backfill')));
    const expected = await countsBothWays();
    expect(expected.stored.length).toBeGreaterThan(0);
    await store.prisma.articleFlag.deleteMany();
    await store.prisma.article.updateMany({ data: { flaggedSentences: 0 } });
    for (const statement of backfill.split(';').map((x) => x.trim()).filter(Boolean)) await store.prisma.$executeRawUnsafe(statement);
    expect(await countsBothWays()).toEqual(expected);
  });

  it('when the seeds are imported, re-analysed, or one deleted, each article’s counts match its sentences', async () => {
    const check = async () => {
      const { stored, counted, flagged, anyFlag } = await countsBothWays();
      expect(stored.length).toBeGreaterThan(0);
      expect(stored).toEqual(counted);
      expect(flagged).toEqual(anyFlag);
    };
    await check();
    await reanalyseAll(store.prisma);
    await check();
    await deleteArticle(store.prisma, ids['002']);
    await check();
    expect(await store.prisma.articleFlag.count({ where: { articleId: ids['002'] } })).toBe(0);
  });
});
