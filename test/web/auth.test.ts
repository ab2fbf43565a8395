import request from 'supertest';
import type { Database } from '../../src/store/database';
import { createApp } from '../../src/web/app';
import { createTestEditor, createTestStore } from '../helpers/store';

let store: Database;
let app: ReturnType<typeof createApp>;
let editor: { name: string; password: string; token: string };
beforeAll(async () => {
  store = await createTestStore();
  app = createApp({ db: store.prisma });
  editor = await createTestEditor(store.prisma);
});
afterAll(() => store.close());

const record = { title: 'Auth test', text: 'The council approved the budget on Tuesday, the mayor said.' };

/** A browser-like agent signed in through the form, with the CSRF token its pages carry. */
async function signedInAgent() {
  const agent = request.agent(app);
  const form = await agent.get('/login').expect(200);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
  await agent.post('/login').type('form').send({ _csrf: csrf, name: editor.name, password: editor.password, next: '/import' }).expect(303).expect('Location', '/import');
  const page = await agent.get('/import').expect(200);
  return { agent, csrf: /name="_csrf" value="([^"]+)"/.exec(page.text)![1] };
}

describe('who may write', () => {
  it.each([
    ['post', '/api/articles'],
    ['post', '/api/import'],
    ['delete', '/api/articles/1'],
    ['patch', '/api/articles/1'],
  ] as const)('when %s %s has no credentials, answers 401', async (method, url) => {
    const res = await request(app)[method](url).set('Accept', 'application/json').send(record).expect(401);
    expect(res.body.error.code).toBe('sign_in_required');
  });

  it.each(['/import', '/articles/1/delete', '/articles/1/edit'])('when the page form %s is posted without signing in, goes to the sign-in page', async (url) => {
    const res = await request(app).post(url).set('Accept', 'text/html').type('form').send({}).expect(303);
    expect(res.headers.location).toMatch(/^\/login\?next=/);
  });

  it('when the API token is wrong, answers 401 and stores nothing', async () => {
    const before = await store.prisma.article.count();
    await request(app).post('/api/articles').set('Authorization', 'Bearer not-a-token').send(record).expect(401);
    expect(await store.prisma.article.count()).toBe(before);
  });

  it('when the API token is right, imports without a CSRF token (a token is not a cookie)', async () => {
    await request(app).post('/api/articles').set('Authorization', `Bearer ${editor.token}`).send(record).expect(201);
  });

  it('when the password is wrong, refuses with the same message as an unknown name', async () => {
    const agent = request.agent(app);
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await agent.get('/login')).text)![1];
    const wrong = await agent.post('/login').type('form').send({ _csrf: csrf, name: editor.name, password: 'wrong password!!' }).expect(401);
    const unknown = await agent.post('/login').type('form').send({ _csrf: csrf, name: 'nobody', password: 'wrong password!!' }).expect(401);
    expect(wrong.text).toContain('That name and password do not match an editor.');
    expect(unknown.text).toContain('That name and password do not match an editor.');
  });

  it('when signed in, the session cookie is HttpOnly and SameSite, and a form with its CSRF token imports', async () => {
    const agent = request.agent(app);
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await agent.get('/login')).text)![1];
    const res = await agent.post('/login').type('form').send({ _csrf: csrf, name: editor.name, password: editor.password }).expect(303);
    const cookie = res.headers['set-cookie'] as unknown as string[];
    expect(cookie.find((c) => c.startsWith('session='))).toMatch(/HttpOnly/);
    expect(cookie.find((c) => c.startsWith('session='))).toMatch(/SameSite=Lax/);
    const { agent: signed, csrf: formToken } = await signedInAgent();
    const done = await signed.post('/import').field('_csrf', formToken).field('text', 'A pasted article about the new tram line, which opens in May.').expect(200);
    expect(done.text).toContain('1</strong> imported');
  });

  it('when a signed-in form carries a forged CSRF token, answers 403 and stores nothing', async () => {
    const { agent } = await signedInAgent();
    const before = await store.prisma.article.count();
    const res = await agent.post('/api/articles').set('x-csrf-token', 'forged').send({ ...record, text: 'Forged import text.' }).expect(403);
    expect(res.body.error.code).toBe('bad_csrf');
    await agent.post('/import').field('_csrf', 'forged').field('text', 'Forged form import.').expect(403);
    expect(await store.prisma.article.count()).toBe(before);
  });

  it('when the session has expired, the cookie no longer signs in', async () => {
    const { agent, csrf } = await signedInAgent();
    await store.prisma.session.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await agent.post('/api/articles').set('x-csrf-token', csrf).send({ ...record, text: 'Expired session import.' }).expect(401);
  });

  it('when an editor deletes an article through the API, it and its rows are gone', async () => {
    const created = await request(app).post('/api/articles').set('Authorization', `Bearer ${editor.token}`).send({ text: 'To be deleted: the ferry timetable changes on Sunday.' }).expect(201);
    await request(app).delete(`/api/articles/${created.body.articleId}`).set('Authorization', `Bearer ${editor.token}`).expect(204);
    expect(await store.prisma.article.count({ where: { id: created.body.articleId } })).toBe(0);
    expect(await store.prisma.sentence.count({ where: { articleId: created.body.articleId } })).toBe(0);
  });
});
