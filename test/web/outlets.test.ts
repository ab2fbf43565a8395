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
