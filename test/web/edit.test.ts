import request from 'supertest';
import type { Database } from '../../src/store/database';
import { createApp } from '../../src/web/app';
import { createSeededStore, createTestEditor } from '../helpers/store';

let store: Database;
let app: ReturnType<typeof createApp>;
let editor: Awaited<ReturnType<typeof createTestEditor>>;
let ids: Record<string, number>;
beforeAll(async () => {
  ({ store, ids } = await createSeededStore());
  app = createApp({ db: store.prisma });
  editor = await createTestEditor(store.prisma);
});
afterAll(() => store.close());

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1];

async function signedIn() {
  const agent = request.agent(app);
  const csrf = csrfOf((await agent.get('/login')).text);
  await agent.post('/login').type('form').send({ _csrf: csrf, name: editor.name, password: editor.password }).expect(303);
  return agent;
}

describe('an editor corrects an article', () => {
  it('when 002’s impossible date is corrected in the form, the page shows the editor’s date, and names the editor', async () => {
    const agent = await signedIn();
    const form = await agent.get(`/articles/${ids['002']}/edit`).expect(200);
    expect(form.text).toContain('impossible date &#34;August 39, 2017&#34; in the text');
    await agent
      .post(`/articles/${ids['002']}/edit`)
      .type('form')
      .send({ _csrf: csrfOf(form.text), title: 'China to recognise the Taliban (reprint)', outlet: '', byline: '', url: '', publishedAt: '2021-08-14' })
      .expect(303)
      .expect('Location', `/articles/${ids['002']}`);
    const article = (await request(app).get(`/api/articles/${ids['002']}`).expect(200)).body.article;
    expect(article).toMatchObject({ title: 'China to recognise the Taliban (reprint)', editedBy: editor.name, date: { iso: '2021-08-14', confidence: 'editor', issues: [] } });
    const page = await request(app).get(`/articles/${ids['002']}`).expect(200);
    expect(page.text).toContain('(set by an editor)');
    expect(page.text).toContain(`Details corrected by ${editor.name}`);
  });

  it('when a form field is wrong, the form comes back with the message and what was typed, and nothing changes', async () => {
    const agent = await signedIn();
    const before = await store.prisma.article.findUniqueOrThrow({ where: { id: ids['003'] } });
    const form = await agent.get(`/articles/${ids['003']}/edit`).expect(200);
    const res = await agent.post(`/articles/${ids['003']}/edit`).type('form').send({ _csrf: csrfOf(form.text), title: 'Kept title?', url: 'javascript:alert(1)', publishedAt: '' }).expect(400);
    expect(res.text).toContain('url: use a web address starting with http:// or https://');
    expect(res.text).toContain('value="Kept title?"');
    expect(await store.prisma.article.findUniqueOrThrow({ where: { id: ids['003'] } })).toEqual(before);
  });

  it('when the source’s outlet is corrected, the copy that named the old outlet no longer counts as credited', async () => {
    const auth = { Authorization: `Bearer ${editor.token}` };
    const credited = async () => (await request(app).get(`/api/compare/${ids['001']}/${ids['002']}`).expect(200)).body.credited;
    expect(await credited()).toBe(true);
    const res = await request(app).patch(`/api/articles/${ids['001']}`).set(auth).send({ outlet: 'Harbour Gazette' }).expect(200);
    // Only the outlet changed: the other details are kept.
    expect(res.body.article).toMatchObject({ outlet: { name: 'Harbour Gazette' }, date: { iso: '2021-08-13' } });
    expect(await credited()).toBe(false);
    await request(app).patch(`/api/articles/${ids['001']}`).set(auth).send({ outlet: 'U.S. News & World Report' }).expect(200);
    expect(await credited()).toBe(true);
  });

  it('when the copy’s date is corrected to before its source’s, the direction of the copy turns round', async () => {
    const auth = { Authorization: `Bearer ${editor.token}` };
    const sourceOf = async () => (await request(app).get(`/api/compare/${ids['001']}/${ids['002']}`).expect(200)).body.source.id;
    await request(app).patch(`/api/articles/${ids['002']}`).set(auth).send({ publishedAt: '2021-08-01' }).expect(200);
    expect(await sourceOf()).toBe(ids['002']);
    await request(app).patch(`/api/articles/${ids['002']}`).set(auth).send({ publishedAt: '2021-08-14' }).expect(200);
    expect(await sourceOf()).toBe(ids['001']);
  });

  it.each([
    [{ publishedAt: '2017-08-39' }, 400, 'publishedAt'],
    [{ title: '   ' }, 400, 'title'],
    [{ url: 'javascript:alert(1)' }, 400, 'url'],
  ])('when the API is sent %j, answers %i naming the field', async (body, status, field) => {
    const res = await request(app).patch(`/api/articles/${ids['004']}`).set('Authorization', `Bearer ${editor.token}`).send(body).expect(status);
    expect(res.body.error.field).toBe(field);
  });

  it('when the article does not exist, answers 404', async () => {
    await request(app).patch('/api/articles/999999').set('Authorization', `Bearer ${editor.token}`).send({ title: 'Nothing' }).expect(404);
  });

  it('when a signed-in form carries a forged CSRF token, answers 403 and changes nothing', async () => {
    const agent = await signedIn();
    await agent.post(`/articles/${ids['004']}/edit`).type('form').send({ _csrf: 'forged', title: 'Forged' }).expect(403);
    expect((await store.prisma.article.findUniqueOrThrow({ where: { id: ids['004'] } })).title).not.toBe('Forged');
  });
});
