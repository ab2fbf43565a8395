import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/store/database';
import { ingestInput } from '../../src/services/ingest';
import { linkReuse } from '../../src/services/link-reuse';
import { wireAndCopies } from '../helpers/corpus';
import { createTestStore, SEEDS_DIR } from '../helpers/store';

let store: Database;
beforeAll(async () => {
  store = await createTestStore();
});
afterAll(() => store.close());

const seedFile = (prefix: string) => fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))!;

async function reusePairs() {
  const rows = await store.prisma.reuse.findMany({ include: { source: true, target: true, passages: true } });
  return rows
    .map((r) => [r.source.sourceName!.slice(0, 3), r.target.sourceName!.slice(0, 3), r.kind, r.credited, r.passages.length > 0])
    .sort((a, b) => String(a).localeCompare(String(b)));
}

describe('linkReuse on ingest', () => {
  it('when the copies arrive before their source, ends with 001 → 000 and 001 → 002 only', async () => {
    for (const prefix of ['002', '000', '003', '004', '001']) {
      const name = seedFile(prefix);
      await ingestInput(store.prisma, { name, data: fs.readFileSync(path.join(SEEDS_DIR, name)) });
    }
    const pairs = await reusePairs();
    expect(pairs.map((p) => p.slice(0, 2))).toEqual([
      ['001', '000'],
      ['001', '002'],
    ]);
    expect(pairs.every((p) => p[3] === true && p[4] === true)).toBe(true);
    expect(pairs[1][2]).toBe('verbatim');
  });

  it('when 000 cites U.S. News, the citation points at 001, whose claim rests on anonymous sources', async () => {
    const byPrefix = async (p: string) => (await store.prisma.article.findFirst({ where: { sourceName: { startsWith: p } } }))!;
    const [dailyMail, usNews] = [await byPrefix('000'), await byPrefix('001')];
    const citation = await store.prisma.citation.findFirst({ where: { articleId: dailyMail.id, cueText: 'cited by' }, include: { source: true } });
    expect(citation).toMatchObject({ citedArticleId: usNews.id, source: { kind: 'outlet', name: 'U.S. News & World Report' } });
    const terminal = await store.prisma.citation.findFirst({ where: { articleId: usNews.id, cueText: 'according to' }, include: { source: true } });
    expect(terminal?.source.kind).toBe('anonymous');
  });

  it('when sentences are stored, each carries its flags and the Revelation verse is prophetic', async () => {
    const blog = (await store.prisma.article.findFirst({ where: { sourceName: { startsWith: '002' } } }))!;
    const verse = await store.prisma.sentence.findFirst({ where: { articleId: blog.id, text: 'Revelation 16:12' } });
    expect(verse?.flagNames).toContain('prophetic');
  });

  it('when every article is linked, none is left pending', async () => {
    expect(await store.prisma.article.count({ where: { reuseLinkedAt: null } })).toBe(0);
    expect(await store.prisma.fingerprint.count()).toBeGreaterThan(100);
  });
});

describe('linkReuse run for both articles of a pair at once', () => {
  it('ends with one row for the pair, whichever transaction commits first', async () => {
    const ids = Object.fromEntries((await store.prisma.article.findMany({ select: { id: true, sourceName: true } })).map((a) => [a.sourceName!.slice(0, 3), a.id]));
    for (let round = 0; round < 5; round++) {
      // The web import and the background upgrade can link the two ends of one pair together.
      await Promise.all([linkReuse(store.prisma, ids['001']), linkReuse(store.prisma, ids['002'])]);
      const rows = await store.prisma.reuse.findMany({ where: { sourceId: ids['001'], targetId: ids['002'] } });
      expect(rows).toHaveLength(1);
    }
  });
});

describe('linkReuse when no date or credit decides a pair', () => {
  it('turns a stored pair around once texts sharing with both say which side they took from', async () => {
    const own = await createTestStore();
    try {
      const texts = wireAndCopies();
      // The reprint first: alone with the wire, it passes for the wire's source.
      for (const name of ['reprint', 'wire', 'end', 'start'] as const) await ingestInput(own.prisma, { name: `${name}.txt`, data: Buffer.from(texts[name]) });
      const rows = await own.prisma.reuse.findMany({ include: { source: true, target: true, passages: true } });
      expect(rows.map((r) => `${r.source.sourceName}→${r.target.sourceName}`).sort()).toEqual(['wire.txt→end.txt', 'wire.txt→reprint.txt', 'wire.txt→start.txt']);
      const reprint = rows.find((r) => r.target.sourceName === 'reprint.txt')!;
      expect(reprint.directionBasis).toBe('corpus');
      // Written again the right way round: the source's offsets point into the wire.
      for (const p of reprint.passages.filter((x) => x.kind === 'verbatim')) {
        expect(reprint.source.text.slice(p.sourceStart, p.sourceEnd)).toBe(reprint.target.text.slice(p.targetStart, p.targetEnd));
      }
    } finally {
      await own.close();
    }
  });
});
