import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/store/database';
import { ingestInput, summarise } from '../../src/services/ingest';
import { insertArticle } from '../../src/store/articles';
import { createTestStore, SEEDS_DIR } from '../helpers/store';

let store: Database;
beforeAll(async () => {
  store = await createTestStore();
});
afterAll(() => store.close());

const seedInputs = () => fs.readdirSync(SEEDS_DIR).sort().map((name) => ({ name, data: fs.readFileSync(path.join(SEEDS_DIR, name)) }));
const counts = async () => ({
  articles: await store.prisma.article.count(),
  outlets: await store.prisma.outlet.count(),
});

async function importAll(inputs: { name: string; data: Buffer | string }[]) {
  const outcomes = [];
  for (const input of inputs) outcomes.push(...(await ingestInput(store.prisma, input)));
  return outcomes;
}

describe('ingestInput', () => {
  it('when the seeds are imported twice, stores five articles then reports five duplicates', async () => {
    expect(summarise(await importAll(seedInputs()))).toEqual({ imported: 5, duplicates: 0, rejected: 0 });
    const before = await counts();
    expect(summarise(await importAll(seedInputs()))).toEqual({ imported: 0, duplicates: 5, rejected: 0 });
    expect(await counts()).toEqual(before);
  });

  it('when the seeds are stored, each has the outlet and date EXPECTED.md gives', async () => {
    const rows = await store.prisma.article.findMany({ include: { outlet: true }, orderBy: { sourceName: 'asc' } });
    expect(rows.map((r) => [r.sourceName?.slice(0, 3), r.outlet?.name ?? null, r.publishedAt?.toISOString().slice(0, 10) ?? null])).toEqual([
      ['000', 'Daily Mail', null],
      ['001', 'U.S. News & World Report', '2021-08-13'],
      ['002', null, null],
      ['003', null, null],
      ['004', "Tomorrow's Affairs", null],
    ]);
    const blog = rows.find((r) => r.sourceName?.startsWith('002'))!;
    expect(blog.dateIssues).toEqual(['impossible date "August 39, 2017" in the text']);
  });

  it('when the same content arrives with other whitespace and quotes, it is a duplicate', async () => {
    const text = fs.readFileSync(path.join(SEEDS_DIR, seedInputs()[0].name), 'utf8');
    const [outcome] = await ingestInput(store.prisma, { name: 'pasted.txt', data: `  ${text.replace(/’/g, "'").replace(/\n/g, '\r\n')}  ` });
    expect(outcome.status).toBe('duplicate');
  });

  it.each([
    ['empty.txt', 'empty', () => Buffer.alloc(0)],
    ['spaces.txt', 'empty', () => Buffer.from('   \n  ')],
    ['binary.txt', 'binary', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3])],
    ['latin1.txt', 'encoding', () => Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72])],
    ['bad.json', 'malformed', () => Buffer.from('{"title": "x", ')],
    ['huge.txt', 'too_large', () => Buffer.alloc(20 * 1024 * 1024, 'word ')],
  ])('when the input is %s, rejects it (%s) and leaves the store unchanged', async (name, code, data) => {
    const before = await counts();
    const [outcome] = await ingestInput(store.prisma, { name, data: data() });
    expect(outcome).toMatchObject({ status: 'rejected', code });
    expect(outcome.message).toEqual(expect.any(String));
    expect(await counts()).toEqual(before);
  });

  it("when an encyclopedia page cites numbered references, its sentences are attributed but no page's \"[1]\" becomes a source", async () => {
    const text = 'Hydroxychloroquine\n\nHydroxychloroquine is a medication used to prevent and treat malaria.[1] It is also used for lupus and arthritis.[2]';
    const [outcome] = await ingestInput(store.prisma, { name: 'wiki.txt', data: text });
    expect(outcome.status).toBe('imported');
    const sentences = await store.prisma.sentence.findMany({ where: { text: { startsWith: 'Hydroxychloroquine is' } } });
    expect(sentences.map((s) => s.flagNames)).toEqual([['attributed']]);
    expect(await store.prisma.source.count({ where: { name: { startsWith: '[' } } })).toBe(0);
    expect(await store.prisma.source.count({ where: { name: { startsWith: 'reference' } } })).toBe(0);
  });

  it("when an interview of no known outlet labels its questions \"Q:\", no outlet called \"Q\" is made", async () => {
    const text = 'Former adviser speaks out\n\nDr Helen Marsh advised the government for six years. She spoke to Rachel Adams.\n\nQ: Why did you resign?\n\nA: Because I could no longer defend what we were asked to say in public.\n\nQ: Do you think ministers misled the public on purpose?\n\nA: I think some of them did, yes.';
    const [outcome] = await ingestInput(store.prisma, { name: 'interview.txt', data: text });
    expect(outcome.status).toBe('imported');
    expect(await store.prisma.outlet.count({ where: { name: 'Q' } })).toBe(0);
    expect(await store.prisma.source.count({ where: { name: 'Helen Marsh' } })).toBe(1);
  });

  it('when a JSON Lines file has one bad line, imports the good ones and reports the bad line', async () => {
    const data = ['{"title":"Alpha","text":"Alpha text about the harbour."}', 'not json', '{"title":"Beta","text":"Beta text about the bridge."}'].join('\n');
    const outcomes = await ingestInput(store.prisma, { name: 'batch.jsonl', data });
    expect(outcomes.map((o) => [o.source, o.status])).toEqual([
      ['batch.jsonl:1', 'imported'],
      ['batch.jsonl:2', 'rejected'],
      ['batch.jsonl:3', 'imported'],
    ]);
  });

  it('when a write fails inside the article transaction, nothing of the article is kept', async () => {
    const before = await counts();
    await expect(
      store.prisma.$transaction(async (tx) => {
        await insertArticle(tx, {
          title: 'Half written',
          text: 'A text that must not survive.',
          contentHash: 'half-written',
          outlet: 'A Brand New Outlet',
          byline: null,
          url: null,
          publishedAt: null,
          dateRaw: null,
          dateConfidence: 'unknown',
          dateIssues: [],
          language: 'en',
          wordCount: 6,
          format: 'text',
          sourceName: null,
        });
        throw new Error('crash in the middle');
      }),
    ).rejects.toThrow('crash in the middle');
    expect(await counts()).toEqual(before);
  });
});
