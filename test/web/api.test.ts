import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import type { Database } from '../../src/store/database';
import { loadSampleCorpusIfEmpty } from '../../src/services/sample-corpus';
import { createApp } from '../../src/web/app';
import { createTestEditor, createTestStore, SEEDS_DIR } from '../helpers/store';

let store: Database;
let app: ReturnType<typeof createApp>;
let auth: { Authorization: string };
beforeAll(async () => {
  store = await createTestStore();
  await loadSampleCorpusIfEmpty(store.prisma, SEEDS_DIR);
  app = createApp({ db: store.prisma });
  auth = { Authorization: `Bearer ${(await createTestEditor(store.prisma)).token}` };
});
afterAll(() => store.close());

describe('GET /api/articles', () => {
  it('when the sample corpus is loaded, lists the five articles, dated first', async () => {
    const res = await request(app).get('/api/articles').expect(200);
    expect(res.body.total).toBe(5);
    expect(res.body.articles[0]).toMatchObject({ outlet: { name: 'U.S. News & World Report' }, date: { iso: '2021-08-13' } });
  });

  it('when pageSize is 2, paginates', async () => {
    const res = await request(app).get('/api/articles?pageSize=2&page=3').expect(200);
    expect(res.body).toMatchObject({ page: 3, pages: 3, total: 5 });
    expect(res.body.articles).toHaveLength(1);
  });

  it('when a query value is invalid, answers 400 naming the field', async () => {
    const res = await request(app).get('/api/articles?page=zero').expect(400);
    expect(res.body.error).toMatchObject({ code: 'bad_input', field: 'page' });
  });
});

describe('GET /api/articles/:id', () => {
  it('when the article exists, answers with its text and metadata', async () => {
    const list = await request(app).get('/api/articles');
    const id = list.body.articles[0].id;
    const res = await request(app).get(`/api/articles/${id}`).expect(200);
    expect(res.body.article.text).toContain('China is prepared to recognize the Taliban');
  });

  it.each([
    ['999999', 404, 'not_found'],
    ['abc', 400, 'bad_input'],
  ])('when the id is %s, answers %d', async (id, status, code) => {
    const res = await request(app).get(`/api/articles/${id}`).expect(status);
    expect(res.body.error.code).toBe(code);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('POST /api/articles', () => {
  const record = { title: 'Harbour reopens', text: 'The harbour reopened on Monday, the port authority said.', outlet: 'Reuters', publishedAt: '2024-03-01' };

  it('when a passive hides who accused, the sentence is unsourced and its source shown as not named', async () => {
    const body = { title: 'Visa case', text: 'Mr. Quiros was accused of using $50 million for personal expenses.', outlet: 'Reuters' };
    const { articleId } = (await request(app).post('/api/articles').set(auth).send(body).expect(201)).body;
    const { article } = (await request(app).get(`/api/articles/${articleId}`).expect(200)).body;
    const sentence = article.sentences.flat().find((s: { flags: { flag: string }[] }) => s.flags.length);
    expect(sentence.flags).toEqual([expect.objectContaining({ flag: 'unsourced', cues: expect.arrayContaining(['was accused']) })]);
    expect(sentence.attributions).toEqual([expect.objectContaining({ sourceText: 'not named', sourceType: 'weasel', cueText: 'was accused' })]);
    expect(article.sources).toEqual([expect.objectContaining({ name: 'not named', kind: 'weasel' })]);
  });

  it('when the record is new, stores it (201), then reports a duplicate (200)', async () => {
    const first = await request(app).post('/api/articles').set(auth).send(record).expect(201);
    expect(first.body).toMatchObject({ status: 'imported', articleId: expect.any(Number) });
    const again = await request(app).post('/api/articles').set(auth).send(record).expect(200);
    expect(again.body).toMatchObject({ status: 'duplicate', articleId: first.body.articleId });
    const stored = await request(app).get(`/api/articles/${first.body.articleId}`).expect(200);
    expect(stored.body.article).toMatchObject({ outlet: { name: 'Reuters' }, date: { iso: '2024-03-01' } });
  });

  it("when the record comes in another tool's shape (schema.org's NewsArticle), stores it under its fields", async () => {
    const body = { headline: 'Ferry strike called off', articleBody: 'The ferry strike planned for Friday was called off, the union said.', datePublished: '2024-05-02', publisher: { name: 'BBC News' } };
    const res = await request(app).post('/api/articles').set(auth).send(body).expect(201);
    const stored = await request(app).get(`/api/articles/${res.body.articleId}`).expect(200);
    expect(stored.body.article).toMatchObject({ title: 'Ferry strike called off', outlet: { name: 'BBC' }, date: { iso: '2024-05-02' } });
  });

  it.each([
    [{ title: 'No text' }, 'text'],
    [{ text: 'Body', title: 42 }, 'title'],
    [{ text: 'Body', publishedAt: ['2024'] }, 'publishedAt'],
  ])('when the record is %j, answers 400 naming %s', async (body, field) => {
    const res = await request(app).post('/api/articles').set(auth).send(body).expect(400);
    expect(res.body.error.field).toBe(field);
  });

  it('when the body is malformed JSON, answers 400 malformed_json', async () => {
    const res = await request(app).post('/api/articles').set(auth).set('Content-Type', 'application/json').send('{"text": ').expect(400);
    expect(res.body.error.code).toBe('malformed_json');
  });

  it('when the body is not JSON, answers 415', async () => {
    await request(app).post('/api/articles').set(auth).set('Content-Type', 'text/plain').send('hello').expect(415);
  });

  it('when a date is ambiguous, stores the article with no date and says why', async () => {
    const res = await request(app).post('/api/articles').set(auth).send({ text: 'An ambiguous story about the tram depot.', publishedAt: '03/04/2021' }).expect(201);
    const stored = await request(app).get(`/api/articles/${res.body.articleId}`);
    expect(stored.body.article.date).toMatchObject({ iso: null, raw: '03/04/2021', issues: ['ambiguous date "03/04/2021": day and month could be either way round'] });
  });

  it('when a date is impossible, stores the article with the raw date flagged', async () => {
    const res = await request(app).post('/api/articles').set(auth).send({ text: 'A dated story about the bridge.', publishedAt: 'August 39, 2017' }).expect(201);
    const stored = await request(app).get(`/api/articles/${res.body.articleId}`);
    expect(stored.body.article.date).toMatchObject({ iso: null, raw: 'August 39, 2017', confidence: 'invalid' });
  });
});

describe('pages', () => {
  it('when the home page is asked for, lists the articles with outlets', async () => {
    const res = await request(app).get('/').expect(200);
    expect(res.text).toContain('Daily Mail');
    expect(res.text).toContain('U.S. News &amp; World Report');
    expect(res.text).toContain('<title>Source credibility and provenance · Provenance</title>');
  });

  it('when an article page is asked for, shows its metadata and date issue', async () => {
    const list = await request(app).get('/api/articles?pageSize=200');
    const blog = list.body.articles.find((a: { date: { issues: string[] } }) => a.date.issues.length);
    const res = await request(app).get(`/articles/${blog.id}`).expect(200);
    expect(res.text).toContain('impossible date &#34;August 39, 2017&#34; in the text');
  });

  it('when articles were analysed by an older version of the analysers, the home page says to reanalyse them', async () => {
    expect((await request(app).get('/api/home').expect(200)).body.stale).toBe(0);
    const [first] = await store.prisma.article.findMany({ take: 1, orderBy: { id: 'asc' } });
    await store.prisma.article.update({ where: { id: first.id }, data: { analysisVersion: 1 } });
    try {
      expect((await request(app).get('/api/home')).body.stale).toBe(1);
      const res = await request(app).get('/').expect(200);
      expect(res.text).toContain('article was analysed by an older version of the analysers');
      expect(res.text).toContain('npx provenance reanalyse');
    } finally {
      await store.prisma.article.update({ where: { id: first.id }, data: { analysisVersion: first.analysisVersion } });
    }
  });

  it('when the store is being brought up to date in the background, the home page shows how far it is', async () => {
    const upgrading = createApp({ db: store.prisma, upgradeProgress: () => ({ phase: 'analyse', done: 2, total: 5 }) });
    const res = await request(upgrading).get('/').expect(200);
    expect(res.text).toContain('re-analysed <strong>2</strong> of 5 articles');
    expect(res.text).toContain('<progress max="5" value="2"></progress>');
    expect((await request(upgrading).get('/api/home')).body.upgrading).toEqual({ phase: 'analyse', done: 2, total: 5 });
  });

  it('when a page does not exist, answers 404 with the error page', async () => {
    const res = await request(app).get('/nowhere').set('Accept', 'text/html').expect(404);
    expect(res.text).toContain('<h1>404</h1>');
  });
});

describe('outlets named alike or in another script', () => {
  const post = (outlet: string, text: string) => request(app).post('/api/articles').set(auth).send({ text, outlet }).expect(201);

  it('when two names differ only in case, both articles go to one outlet', async () => {
    const a = await post('Harbour Times', 'The harbour board met on Monday to discuss the new ferry timetable for the winter.');
    const b = await post('harbour times', 'A second story about the harbour: the ferry timetable was approved after a long debate.');
    const [x, y] = await Promise.all([a, b].map((r) => request(app).get(`/api/articles/${r.body.articleId}`)));
    expect(x.body.article.outlet.slug).toBe('harbour-times');
    expect(y.body.article.outlet).toEqual(x.body.article.outlet);
  });

  it('when names are in another script, each outlet has its own page', async () => {
    const names = ['新华社', '朝日新聞'];
    for (const [k, name] of names.entries()) await post(name, `Story ${k}: the council approved the budget for the new library after a long debate.`);
    for (const name of names) {
      const res = await request(app).get(`/api/outlets/${encodeURIComponent(name)}`).expect(200);
      expect(res.body.outlet.name).toBe(name);
    }
  });
});

it('ships the seed corpus unchanged', () => {
  expect(fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'))).toHaveLength(5);
  expect(fs.existsSync(path.join(SEEDS_DIR, '..', '..', 'package.json'))).toBe(true);
});
