import request from 'supertest';
import type { Database } from '../../src/store/database';
import { createApp } from '../../src/web/app';
import { createSeededStore, createTestEditor } from '../helpers/store';

let store: Database;
let app: ReturnType<typeof createApp>;
let ids: Record<string, number>;
beforeAll(async () => {
  ({ store, ids } = await createSeededStore());
  app = createApp({ db: store.prisma });
  auth = { Authorization: `Bearer ${(await createTestEditor(store.prisma)).token}` };
});
let auth: { Authorization: string };
afterAll(() => store.close());

describe('JSON twins of the pages', () => {
  it('when comparing 002 with 001 in either order, the source is 001 and the copy credits it', async () => {
    for (const [a, b] of [[ids['001'], ids['002']], [ids['002'], ids['001']]]) {
      const res = await request(app).get(`/api/compare/${a}/${b}`).expect(200);
      expect(res.body).toMatchObject({ kind: 'verbatim', credited: true, source: { id: ids['001'] }, target: { id: ids['002'] } });
      expect(res.body.summary).toMatch(/The source is decided by the copy naming its source \(confidence 0\.8\)\.$/);
    }
  });

  it("when comparing 001 with 000, each passage leads to the trace of the copy's sentence it covers", async () => {
    const { passages } = (await request(app).get(`/api/compare/${ids['001']}/${ids['000']}`).expect(200)).body;
    const lead = await store.prisma.sentence.findFirstOrThrow({ where: { articleId: ids['000'], text: { startsWith: 'China is reportedly' } } });
    expect(passages[0].traceSentenceId).toBe(lead.id);
    const page = await request(app).get(`/compare/${ids['001']}/${ids['000']}`).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain(`href="/trace/${lead.id}"`);
  });

  it('when two articles share nothing, compare answers 404', async () => {
    const res = await request(app).get(`/api/compare/${ids['003']}/${ids['004']}`).expect(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('when the article API answers, it carries sentences with flags, sources and reuse', async () => {
    const res = await request(app).get(`/api/articles/${ids['000']}`).expect(200);
    const { article } = res.body;
    expect(article.reuse.from).toEqual([expect.objectContaining({ kind: 'paraphrase', credited: true, other: expect.objectContaining({ id: ids['001'] }) })]);
    expect(article.sources.map((s: { name: string }) => s.name)).toContain('U.S. News & World Report');
    expect(article.sentences.flat().some((s: { flags: { flag: string }[] }) => s.flags.some((f) => f.flag === 'speculative'))).toBe(true);
  });

  it('when stories are listed, the seed corpus has one story of three articles', async () => {
    const res = await request(app).get('/api/stories').expect(200);
    expect(res.body).toMatchObject({ stories: [expect.objectContaining({ size: 3 })], total: 1, page: 1, pages: 1 });
    expect((await request(app).get('/api/stories?page=2').expect(200)).body.stories).toEqual([]);
    await request(app).get('/api/stories?page=0').expect(400);
    const story = await request(app).get(`/api/stories/${res.body.stories[0].id}`).expect(200);
    expect(story.body.story.articles).toHaveLength(3);
  });

  it.each([
    ['/api/outlets/daily-mail', 200],
    ['/api/outlets/nobody', 404],
    ['/api/outlets/NOT%20A%20SLUG', 400],
    ['/api/search?q=provincial%20capitals', 200],
    ['/api/home', 200],
    ['/api/openapi.json', 200],
    ['/api/articles?flag=prophetic', 200],
    ['/api/articles?from=2021-13-45', 400],
    ['/api/sentences?flag=opinion', 200],
    ['/api/sentences?flag=gossip', 400],
    ['/api/sentences?page=0', 400],
    ['/api/sources?kind=person', 200],
    ['/api/sources?kind=gossip', 400],
    ['/api/sources/2147483647', 404],
    ['/api/sources/0', 400],
  ])('when %s is asked for, answers %d', async (url, status) => {
    await request(app).get(url).expect(status);
  });

  it('when filtering articles by flag and uncredited reuse, returns only the matches', async () => {
    const prophetic = await request(app).get('/api/articles?flag=prophetic').expect(200);
    expect(prophetic.body.articles.map((a: { id: number }) => a.id)).toEqual([ids['002']]);
    const uncredited = await request(app).get('/api/articles?uncredited=1').expect(200);
    expect(uncredited.body.total).toBe(0);
  });

  it('when listing flagged sentences, each carries its cue words and its article, and the outlet filter narrows them', async () => {
    const prophetic = await request(app).get('/api/sentences?flag=prophetic').expect(200);
    expect(prophetic.body.total).toBeGreaterThan(0);
    expect(prophetic.body.total).toBe(prophetic.body.counts.prophetic);
    for (const s of prophetic.body.sentences) {
      expect(s.article.id).toBe(ids['002']);
      expect(s.flags.find((f: { flag: string }) => f.flag === 'prophetic').cues.length).toBeGreaterThan(0);
    }
    const dailyMail = await store.prisma.outlet.findUniqueOrThrow({ where: { slug: 'daily-mail' } });
    const narrowed = await request(app).get(`/api/sentences?flag=speculative&outlet=${dailyMail.id}`).expect(200);
    const all = await request(app).get('/api/sentences?flag=speculative').expect(200);
    expect(narrowed.body.total).toBeGreaterThan(0);
    expect(narrowed.body.total).toBeLessThan(all.body.total);
    expect(new Set(narrowed.body.sentences.map((s: { article: { id: number } }) => s.article.id))).toEqual(new Set([ids['000']]));
  });

  it('when the flagged-sentences page is served, cue words are underlined and each sentence links to its place in the article', async () => {
    const res = await request(app).get('/sentences?flag=prophetic').set('Accept', 'text/html').expect(200);
    expect(res.text).toContain('<h1>Prophetic sentences</h1>');
    expect(res.text).toMatch(/<u class="cue cue-prophetic">[^<]*Revelation 16:12/);
    expect(res.text).toMatch(new RegExp(`href="/articles/${ids['002']}#s\\d+"`));
    const none = await request(app).get('/sentences?flag=prophetic&outlet=2147483647').expect(200);
    expect(none.text).toContain('No sentence carries the prophetic flag here');
  });

  it('when listing sources, the most cited come first with their counts, and kind, outlet and name narrow them', async () => {
    const all = await request(app).get('/api/sources').expect(200);
    expect(all.body.total).toBe(Object.values(all.body.counts).reduce((s: number, n) => s + (n as number), 0));
    const articles = all.body.sources.map((s: { articles: number }) => s.articles);
    expect(articles).toEqual([...articles].sort((a, b) => b - a));
    // Jen Psaki speaks in 001 and in 002, which reprints it.
    const psaki = await request(app).get('/api/sources?name=psaki').expect(200);
    expect(psaki.body.sources).toEqual([expect.objectContaining({ name: 'Jen Psaki', kind: 'person', role: 'White House spokeswoman', articles: 2 })]);
    const people = await request(app).get('/api/sources?kind=person').expect(200);
    expect(people.body.sources.every((s: { kind: string }) => s.kind === 'person')).toBe(true);
    const dailyMail = await store.prisma.outlet.findUniqueOrThrow({ where: { slug: 'daily-mail' } });
    const cited = await request(app).get(`/api/sources?outlet=${dailyMail.id}`).expect(200);
    expect(cited.body.sources.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['Derek Grossman', 'U.S. News & World Report']));
    expect(cited.body.sources.map((s: { name: string }) => s.name)).not.toContain('Jen Psaki');
  });

  it('when a source page is served, it lists every citing sentence by article with the source and cue marked, and the article page links to it', async () => {
    const [psaki] = (await request(app).get('/api/sources?name=psaki').expect(200)).body.sources;
    const source = (await request(app).get(`/api/sources/${psaki.id}`).expect(200)).body;
    expect(source.articles.map((a: { id: number }) => a.id).sort()).toEqual([ids['001'], ids['002']].sort());
    expect(source.writtenAs).toEqual(['White House spokeswoman Jen Psaki']);
    const page = await request(app).get(`/sources/${psaki.id}`).set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('<h1>Jen Psaki</h1>');
    expect(page.text).toMatch(/<mark class="source-span">[^<]*Psaki<\/mark>/);
    expect(page.text).toContain(`href="/articles/${ids['001']}#s`);
    const article = await request(app).get(`/articles/${ids['001']}`).set('Accept', 'text/html').expect(200);
    expect(article.text).toContain(`<a href="/sources/${psaki.id}">Jen Psaki</a>`);
  });

  it('when an outlet cites itself ("U.S. News has learned"), its source page marks that article as its own reporting', async () => {
    const [usNews] = (await request(app).get('/api/sources?name=U.S.%20News&kind=outlet').expect(200)).body.sources;
    const source = (await request(app).get(`/api/sources/${usNews.id}`).expect(200)).body;
    const own = source.articles.filter((a: { ownReporting: boolean }) => a.ownReporting).map((a: { id: number }) => a.id);
    expect(own).toEqual([ids['001']]);
    const page = await request(app).get(`/sources/${usNews.id}`).set('Accept', 'text/html').expect(200);
    expect(page.text.match(/its own reporting/g)).toHaveLength(1);
  });

  it('when searching, finds the sentence with the phrase and marks the words that matched, stems too', async () => {
    const res = await request(app).get('/api/search?q="provincial capitals"').expect(200);
    expect(res.body.hits.length).toBeGreaterThan(0);
    expect(res.body.hits[0].snippet).toMatch(/provincial capitals/);
    expect(res.body.hits[0].pieces.filter((p: { hit: boolean }) => p.hit).map((p: { text: string }) => p.text)).toEqual(['provincial', 'capitals']);
    expect(res.body.hits[0].pieces.map((p: { text: string }) => p.text).join('')).toBe(res.body.hits[0].snippet);
    const page = await request(app).get('/search?q=recognizing').set('Accept', 'text/html').expect(200);
    expect(page.text).toMatch(/<mark>recognize<\/mark>/);
    expect(page.text).toMatch(/\d+ sentences? match, best first\./);
  });

  it('when a search has more hits than a page, pages through them all once, and says when a page is past the last', async () => {
    const all = (await request(app).get('/api/search?q=china').expect(200)).body;
    expect(all.total).toBeGreaterThan(4);
    const first = (await request(app).get('/api/search?q=china&pageSize=2').expect(200)).body;
    const second = (await request(app).get('/api/search?q=china&pageSize=2&page=2').expect(200)).body;
    expect([first.total, second.total, first.pages]).toEqual([all.total, all.total, Math.ceil(all.total / 2)]);
    const ids = (r: { hits: { sentenceId: number }[] }) => r.hits.map((h) => h.sentenceId);
    expect([...ids(first), ...ids(second)]).toEqual(ids(all).slice(0, 4));
    const html = await request(app).get('/search?q=china&pageSize=2&page=2').set('Accept', 'text/html').expect(200);
    expect(html.text).toContain('href="?q=china&amp;pageSize=2&amp;page=3"');
    expect(html.text).toContain('<ol class="hits" start="3">');
    const past = await request(app).get('/search?q=china&page=99').set('Accept', 'text/html').expect(200);
    expect(past.text).toContain('is past the last');
  });

  it('when search and trace pages link a sentence, the link lands on its anchor in the article', async () => {
    const hit = (await request(app).get('/api/search?q="provincial capitals"').expect(200)).body.hits[0];
    const sentence = await store.prisma.sentence.findUniqueOrThrow({ where: { id: hit.sentenceId } });
    expect(hit.sentenceIndex).toBe(sentence.index);
    const page = await request(app).get('/search?q="provincial capitals"').set('Accept', 'text/html').expect(200);
    expect(page.text).toContain(`href="/articles/${hit.articleId}#s${sentence.index}"`);
    expect(page.text).toContain(`href="/trace/${hit.sentenceId}"`);
    const lead = await store.prisma.sentence.findFirstOrThrow({ where: { articleId: ids['000'], text: { startsWith: 'China is reportedly' } } });
    const trace = await request(app).get(`/trace/${lead.id}`).set('Accept', 'text/html').expect(200);
    expect(trace.text).toContain(`href="/articles/${ids['000']}#s${lead.index}"`);
    // Every source on the chain, the terminal one too, leads to its page.
    const { terminal } = (await request(app).get(`/api/trace/${lead.id}`).expect(200)).body;
    expect(terminal.sourceId).toEqual(expect.any(Number));
    expect(trace.text).toContain(`<strong><a href="/sources/${terminal.sourceId}">`);
    // The lead names no one itself: the page says the chain's citations are its neighbours'.
    expect(trace.text).toContain('(in a sentence near the claim)');
    expect(trace.text).toContain('(cited near the claim, not in its sentence)');
  });

  it('when importing through the multipart API, reports each input; nothing to import is a 400 naming the field', async () => {
    const res = await request(app).post('/api/import').set(auth).field('text', 'Harbour Gazette\nThe harbour reopened on Monday, the authority said.').attach('files', Buffer.from([0, 1, 2, 3]), 'bad.txt').expect(200);
    expect(res.body.summary).toEqual({ imported: 1, duplicates: 0, rejected: 1 });
    const empty = await request(app).post('/api/import').set(auth).field('text', '   ').expect(400);
    expect(empty.body.error.field).toBe('text');
  });

  it('when a Markdown file is uploaded, stores the text it reads as, with its front matter', async () => {
    const md = '---\ntitle: Ferry service resumes\noutlet: Harbour Gazette\ndate: 2024-05-02\n---\n\n# Ignored\n\nThe ferry *resumed* service on Thursday, the [port authority](https://x.test) said.\n';
    const res = await request(app).post('/api/import').set(auth).attach('files', Buffer.from(md), 'ferry.md').expect(200);
    expect(res.body.summary).toEqual({ imported: 1, duplicates: 0, rejected: 0 });
    const article = await store.prisma.article.findFirstOrThrow({ where: { title: 'Ferry service resumes' }, include: { outlet: true } });
    expect([article.format, article.outlet?.name, article.publishedAt?.toISOString().slice(0, 10)]).toEqual(['markdown', 'Harbour Gazette', '2024-05-02']);
    expect(article.text).toBe('Ignored\n\nThe ferry resumed service on Thursday, the port authority said.');
  });

  it("when tracing 000's lead sentence through the API, the origin is 001 and the chain ends at anonymous sources", async () => {
    const lead = await store.prisma.sentence.findFirst({ where: { articleId: ids['000'], text: { startsWith: 'China is reportedly' } } });
    const res = await request(app).get(`/api/trace/${lead!.id}`).expect(200);
    expect(res.body.origin).toMatchObject({ articleId: ids['001'], date: '2021-08-13' });
    expect(res.body.terminal.sourceType).toBe('anonymous');
    expect(res.body.versions).toHaveLength(3);
    await request(app).get('/api/trace/999999').expect(404);
    // A headline or a byline carries no claim to trace.
    const furniture = await store.prisma.sentence.findFirstOrThrow({ where: { articleId: ids['000'], boilerplate: true } });
    const refused = await request(app).get(`/api/trace/${furniture.id}`).expect(404);
    expect(refused.body.error.code).toBe('not_a_claim');
  });

  it('when an outlet record is exported, JSON and CSV carry the counts behind each figure', async () => {
    const json = await request(app).get('/api/outlets/daily-mail/record.json').expect(200);
    expect(json.body.record.credited).toEqual({ count: 1, of: 1, share: 1 });
    const csv = await request(app).get('/api/outlets/daily-mail/record.csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.split('\n')[0]).toBe('outlet,measure,count,of,share');
  });

  it('when a story is exported as CSV, each reuse edge is a row', async () => {
    const story = await request(app).get(`/api/stories/${Math.min(ids['000'], ids['001'], ids['002'])}.csv`).expect(200);
    expect(story.text.trim().split('\n')).toHaveLength(3);
  });

  it('when pages are served, they carry a strict content security policy', async () => {
    const res = await request(app).get('/').expect(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
