import type { Page } from 'playwright-core';
import { type BrowserFixture, startBrowserFixture } from './helpers';

/** Well-known filter-evasion vectors; each sets window.__xss or opens a dialog if it ever runs. */
const VECTORS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  "'><svg onload=window.__xss=1>",
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<body onload=window.__xss=1>',
  '<a href="javascript:alert(1)">click</a>',
  '</textarea><script>window.__xss=1</script>',
  '<math><mtext></p><script>window.__xss=1</script></mtext></math>',
  '<img src="x` `<script>window.__xss=1</script>"` `>',
  '<details open ontoggle=window.__xss=1>',
  '"-alert(1)-"',
  '{{constructor.constructor(\'window.__xss=1\')()}}',
  '<style>@import "javascript:alert(1)";</style>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '%3Cscript%3Ewindow.__xss=1%3C/script%3E',
];

let fx: BrowserFixture;
let page: Page;
let dialogs = 0;
const auth = () => ({ Authorization: `Bearer ${fx.editor.token}`, 'Content-Type': 'application/json' });

beforeAll(async () => {
  fx = await startBrowserFixture();
  page = await fx.browser.newPage();
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const shared = 'The harbour authority said on Monday that the northern pier would close for repairs until the end of March, and fishermen said they had not been consulted about the closure.';
  for (const [i, v] of VECTORS.entries()) {
    const body = { title: `Title ${v}`, outlet: `Outlet ${i} ${v}`, byline: `By ${v}`, url: i % 2 ? 'javascript:window.__xss=1' : `https://example.com/${encodeURIComponent(v)}`, text: `${v}\n\nA story ${i} about ${v} in the text. ${shared} ${v}` };
    const res = await fetch(`${fx.baseUrl}/api/articles`, { method: 'POST', headers: auth(), body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`import of vector ${i} answered ${res.status}: ${await res.text()}`);
  }
});
afterAll(() => fx.close());

async function visit(url: string) {
  await page.goto(url);
  await page.evaluate(() => document.querySelectorAll('.s[tabindex]').forEach((el) => (el as HTMLElement).focus()));
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0)).toBe(0);
  expect(dialogs).toBe(0);
}

describe('hostile text in titles, text, outlets and bylines', () => {
  it('when every page that shows them is rendered in Chromium, no script runs', async () => {
    const articles = await fx.store.prisma.article.findMany({ select: { id: true, outlet: { select: { slug: true } } } });
    const reuse = await fx.store.prisma.reuse.findMany({ select: { sourceId: true, targetId: true } });
    const sentence = await fx.store.prisma.sentence.findFirst({ where: { article: { title: { startsWith: 'Title' } } }, select: { id: true } });
    const urls = ['/', '/articles', '/outlets', '/stories', '/search?q=script', `/search?q=${encodeURIComponent(VECTORS[1])}`, `/trace/${sentence!.id}`];
    for (const a of articles) urls.push(`/articles/${a.id}`, ...(a.outlet ? [`/outlets/${a.outlet.slug}`] : []));
    for (const r of reuse.slice(0, 10)) urls.push(`/compare/${r.sourceId}/${r.targetId}`, `/stories/${r.sourceId}`);
    expect(reuse.length).toBeGreaterThan(0);
    for (const u of urls) await visit(fx.baseUrl + u);
    // The correction form puts the same values into input fields: signed in, each must stay inert there too.
    await page.goto(`${fx.baseUrl}/login`);
    await page.fill('#name', fx.editor.name);
    await page.fill('#password', fx.editor.password);
    await page.click('form.login button[type=submit]');
    await page.waitForURL(`${fx.baseUrl}/`);
    for (const a of articles) await visit(`${fx.baseUrl}/articles/${a.id}/edit`);
  });

  it('when an article carries a javascript: URL, it is not rendered as a link', async () => {
    const a = await fx.store.prisma.article.findFirst({ where: { url: { startsWith: 'javascript:' } }, select: { id: true } });
    await page.goto(`${fx.baseUrl}/articles/${a!.id}`);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  });
});
