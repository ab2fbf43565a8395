import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/store/database';
import { ingestInput } from '../../src/services/ingest';
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

  it('when every article is linked, none is left pending', async () => {
    expect(await store.prisma.article.count({ where: { reuseLinkedAt: null } })).toBe(0);
    expect(await store.prisma.fingerprint.count()).toBeGreaterThan(100);
  });
});
