import request from 'supertest';
import type { Database } from '../../src/store/database';
import { ingestInput } from '../../src/services/ingest';
import { FILTER_OUTLETS } from '../../src/store/outlets';
import { createApp } from '../../src/web/app';
import { createTestStore } from '../helpers/store';

let store: Database;
let app: ReturnType<typeof createApp>;
const name = (i: number) => `Quiet Gazette ${String(i).padStart(3, '0')}`;
beforeAll(async () => {
  store = await createTestStore();
  app = createApp({ db: store.prisma });
  const records = [
    { title: 'Harbour fire', outlet: 'Zeta Post', text: 'A fire broke out at the harbour warehouse on Tuesday night and burned until dawn.' },
    { title: 'Budget vote', outlet: 'Alpha Times', text: 'The budget passed by a single vote after a long night of argument over the harbour.' },
  ];
  await ingestInput(store.prisma, { name: 'news.json', data: Buffer.from(JSON.stringify(records)) });
  // More outlets than a menu offers, none with an article yet.
  await store.prisma.outlet.createMany({ data: Array.from({ length: FILTER_OUTLETS }, (_, i) => ({ name: name(i), slug: `quiet-gazette-${i}` })) });
});
afterAll(() => store.close());

const options = (html: string) => [...html.matchAll(/<option value="(\d+)"( selected)?[^>]*>([^<]+)</g)].map((m) => ({ id: Number(m[1]), selected: !!m[2], name: m[3] }));

describe('the outlet menu of a list’s filters', () => {
  it.each(['/articles', '/sentences', '/sources'])('on %s, offers the outlets with most articles, by name, not all of them', async (path) => {
    const page = await request(app).get(path).set('Accept', 'text/html').expect(200);
    const offered = options(page.text);
    expect(offered).toHaveLength(FILTER_OUTLETS);
    expect(offered.slice(0, 2).map((o) => o.name)).toEqual(['Alpha Times', name(0)]);
    expect(offered.map((o) => o.name)).toContain('Zeta Post');
    expect(offered.map((o) => o.name)).not.toContain(name(FILTER_OUTLETS - 1));
  });

  it('keeps the outlet selected when it is not among the largest', async () => {
    const outlet = await store.prisma.outlet.findUniqueOrThrow({ where: { slug: `quiet-gazette-${FILTER_OUTLETS - 1}` } });
    const page = await request(app).get(`/articles?outlet=${outlet.id}`).set('Accept', 'text/html').expect(200);
    const offered = options(page.text);
    expect(offered).toHaveLength(FILTER_OUTLETS + 1);
    expect(offered.find((o) => o.selected)?.name).toBe(name(FILTER_OUTLETS - 1));
  });
});

describe('a list’s filter form', () => {
  const hiddenPageSize = (html: string) => /<input type="hidden" name="pageSize" value="(\d+)">/.exec(html)?.[1];

  it.each(['/articles', '/sentences', '/sources', '/search?q=harbour'])('on %s, keeps a page size the reader chose, and adds none otherwise', async (path) => {
    const chosen = await request(app).get(`${path}${path.includes('?') ? '&' : '?'}pageSize=7`).set('Accept', 'text/html').expect(200);
    expect(hiddenPageSize(chosen.text)).toBe('7');
    const plain = await request(app).get(path).set('Accept', 'text/html').expect(200);
    expect(hiddenPageSize(plain.text)).toBeUndefined();
  });
});
