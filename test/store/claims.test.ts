import { ingestInput } from '../../src/services/ingest';
import type { Database } from '../../src/store/database';
import { createTestStore } from '../helpers/store';

let store: Database;
beforeAll(async () => {
  store = await createTestStore();
  await ingestInput(store.prisma, { name: 'leeds.txt', data: 'Man charged in Leeds\n\nPolice said a man had been charged. A spokesperson said inquiries continued. Pfizer said the drug was safe.' });
  await ingestInput(store.prisma, { name: 'ohio.txt', data: 'Shooting in Ohio\n\nPolice said two people were hurt. A spokesperson said the road was closed. Pfizer said supplies were normal.' });
  await ingestInput(store.prisma, { name: 'blog.txt', data: 'Why I quit\n\nI believe the pill works, and now you know why. "I was wrong," Smith said.' });
});
afterAll(() => store.close());

describe('stored sources', () => {
  it('when two unrelated articles cite "police" and "a spokesperson", stores each article its own; a named body, once', async () => {
    const sources = await store.prisma.source.findMany({ include: { _count: { select: { citations: true } } } });
    const byName = (name: string) => sources.filter((s) => s.name.toLowerCase() === name).map((s) => s._count.citations);
    expect(byName('police')).toEqual([1, 1]);
    expect(byName('a spokesperson')).toEqual([1, 1]);
    expect(byName('pfizer')).toEqual([2]);
  });

  it('when the writer or the reader speaks outside a quote ("I believe…", "now you know why"), stores no source for them; a speaker\'s "I" is the speaker', async () => {
    const names = (await store.prisma.source.findMany()).map((s) => s.name.toLowerCase());
    expect(names).not.toContain('i');
    expect(names).not.toContain('you');
    expect(names).toContain('smith');
  });
});
