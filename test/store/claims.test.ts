import { ingestInput } from '../../src/services/ingest';
import type { Database } from '../../src/store/database';
import { createTestStore } from '../helpers/store';

let store: Database;
beforeAll(async () => {
  store = await createTestStore();
  await ingestInput(store.prisma, { name: 'leeds.txt', data: 'Man charged in Leeds\n\nPolice said a man had been charged. A spokesperson said inquiries continued. Pfizer said the drug was safe.' });
  await ingestInput(store.prisma, { name: 'ohio.txt', data: 'Shooting in Ohio\n\nPolice said two people were hurt. A spokesperson said the road was closed. Pfizer said supplies were normal.' });
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
});
