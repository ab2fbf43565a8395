import request from 'supertest';
import type { Database } from '../../src/store/database';
import { ingestInput } from '../../src/services/ingest';
import { createApp } from '../../src/web/app';
import { createTestStore } from '../helpers/store';

let store: Database;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await createTestStore();
  app = createApp({ db: store.prisma });
  const articles = [
    'Rally in Ohio\n\nDonald Trump said on Monday that the tariffs would stay in place for another year.',
    'Rally in Iowa\n\nDonald Trump said on Friday that farmers would be paid for their losses.',
    'Talks in Geneva\n\nTrump said the talks had gone well and that a deal was close.',
    'A new book\n\nIvanka Trump said she was writing a book about her years in Washington.',
    'At the White House\n\nJen Psaki said the president would travel to Ohio next week.',
  ];
  for (const [i, text] of articles.entries()) await ingestInput(store.prisma, { name: `trump-${i}.txt`, data: Buffer.from(text) });
});
afterAll(() => store.close());

describe('a person source page', () => {
  it('when others are cited with the same family name, lists them, most cited first, and not the page’s own source', async () => {
    const { sources } = (await request(app).get('/api/sources?kind=person&name=trump').expect(200)).body;
    expect(sources.map((s: { name: string }) => s.name).sort()).toEqual(['Donald Trump', 'Ivanka Trump', 'Trump']);
    const bare = sources.find((s: { name: string }) => s.name === 'Trump');
    const page = (await request(app).get(`/api/sources/${bare.id}`).expect(200)).body;
    expect(page.sameSurname.surname).toBe('Trump');
    expect(page.sameSurname.people.map((p: { name: string; articles: number }) => [p.name, p.articles])).toEqual([
      ['Donald Trump', 2],
      ['Ivanka Trump', 1],
    ]);
    const html = await request(app).get(`/sources/${bare.id}`).set('Accept', 'text/html').expect(200);
    expect(html.text).toContain('Also cited with the family name Trump');
  });

  it('when no one else has the family name, says nothing about it', async () => {
    const { sources } = (await request(app).get('/api/sources?kind=person&name=psaki').expect(200)).body;
    const page = (await request(app).get(`/api/sources/${sources[0].id}`).expect(200)).body;
    expect(page.sameSurname).toBeNull();
    const html = await request(app).get(`/sources/${sources[0].id}`).set('Accept', 'text/html').expect(200);
    expect(html.text).not.toContain('family name');
  });
});
