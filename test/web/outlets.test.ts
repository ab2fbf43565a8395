import request from 'supertest';
import type { Database } from '../../src/store/database';
import { ingestInput } from '../../src/services/ingest';
import { OUTLET_PAGE_ARTICLES } from '../../src/store/outlets';
import { createApp } from '../../src/web/app';
import { createTestStore } from '../helpers/store';

let store: Database;
let app: ReturnType<typeof createApp>;
const COUNT = OUTLET_PAGE_ARTICLES + 3;
beforeAll(async () => {
  store = await createTestStore();
  app = createApp({ db: store.prisma });
  const records = Array.from({ length: COUNT }, (_, i) => ({
    title: `Council meeting ${i + 1}`,
    outlet: 'The Daily Planet',
    publishedAt: `2024-01-${String(i + 1).padStart(2, '0')}`,
    text: `The council met on day ${i + 1} and voted ${i + 3} to ${i % 4} on the budget for the harbour district.`,
  }));
  await ingestInput(store.prisma, { name: 'planet.json', data: Buffer.from(JSON.stringify(records)) });
  const others = [
    { title: 'Harbour fire', outlet: 'Zeta Post', text: 'A fire broke out at the harbour warehouse on Tuesday night and burned until dawn.' },
    { title: 'Harbour fire out', outlet: 'Zeta Post', text: 'Firefighters put out the warehouse fire after nine hours, the fire chief told the Alpha Times.' },
    { title: 'Budget vote', outlet: 'Alpha Times', text: 'The budget passed by a single vote after a long night of argument over the harbour.' },
  ];
  await ingestInput(store.prisma, { name: 'others.json', data: Buffer.from(JSON.stringify(others)) });
});
afterAll(() => store.close());

describe('an outlet page with more articles than it lists', () => {
  it('lists the newest and links to all of them on the paginated article list', async () => {
    const page = await request(app).get('/outlets/the-daily-planet').set('Accept', 'text/html').expect(200);
    expect(page.text.match(/<li class="article-item"/g)).toHaveLength(OUTLET_PAGE_ARTICLES);
    expect(page.text).toContain('Council meeting 23');
    expect(page.text).not.toContain('Council meeting 1<');
    const outlet = await store.prisma.outlet.findUniqueOrThrow({ where: { slug: 'the-daily-planet' } });
    expect(page.text).toContain(`<a href="/articles?outlet=${outlet.id}">All ${COUNT} articles by The Daily Planet →</a>`);
    const all = (await request(app).get(`/api/articles?outlet=${outlet.id}&pageSize=50`).expect(200)).body;
    expect(all.total).toBe(COUNT);
  });
});

describe('an outlet page', () => {
  it('says how often it is cited and links the sentences that cite it', async () => {
    const page = await request(app).get('/outlets/alpha-times').set('Accept', 'text/html').expect(200);
    const source = await store.prisma.source.findFirstOrThrow({ where: { outlet: { slug: 'alpha-times' } } });
    expect(page.text).toContain(`<a href="/sources/${source.id}">Cited in 1 sentence →</a>`);
    const planet = await request(app).get('/outlets/the-daily-planet').set('Accept', 'text/html').expect(200);
    expect(planet.text).toContain('No article in the store cites The Daily Planet.');
  });
});

describe('the outlet list', () => {
  const names = (body: { outlets: { name: string }[] }) => body.outlets.map((o) => o.name);

  it('pages through the outlets by name, or the largest first, with their total', async () => {
    const first = (await request(app).get('/api/outlets?pageSize=2').expect(200)).body;
    const second = (await request(app).get('/api/outlets?pageSize=2&page=2').expect(200)).body;
    expect([first.total, first.pages]).toEqual([3, 2]);
    expect([...names(first), ...names(second)]).toEqual(['Alpha Times', 'The Daily Planet', 'Zeta Post']);
    const largest = (await request(app).get('/api/outlets?sort=articles').expect(200)).body;
    expect(largest.outlets.map((o: { name: string; articles: number }) => [o.name, o.articles])).toEqual([
      ['The Daily Planet', COUNT],
      ['Zeta Post', 2],
      ['Alpha Times', 1],
    ]);
    await request(app).get('/api/outlets?sort=loudest').expect(400);
    // Alpha Times is cited once, by Zeta Post's article: the list says so beside its own articles.
    expect(largest.outlets.map((o: { name: string; cited: number }) => [o.name, o.cited])).toEqual([
      ['The Daily Planet', 0],
      ['Zeta Post', 0],
      ['Alpha Times', 1],
    ]);
  });

  it('leaves out an outlet that no article publishes or cites any more, which stays reachable by its page', async () => {
    await store.prisma.outlet.create({ data: { name: 'Orphan Gazette', slug: 'orphan-gazette' } });
    expect(names((await request(app).get('/api/outlets').expect(200)).body)).not.toContain('Orphan Gazette');
    await request(app).get('/outlets/orphan-gazette').set('Accept', 'text/html').expect(200);
    await store.prisma.outlet.delete({ where: { slug: 'orphan-gazette' } });
  });

  it('links the next page and the other order; the home page lists the largest first', async () => {
    const page = await request(app).get('/outlets?pageSize=2').set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('href="?pageSize=2&amp;page=2"');
    expect(page.text).toContain('<a href="?sort=articles">largest first</a>');
    const home = (await request(app).get('/api/home').expect(200)).body;
    expect(names(home)).toEqual(['The Daily Planet', 'Zeta Post', 'Alpha Times']);
  });
});
