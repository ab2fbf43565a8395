import path from 'node:path';
import type { Page } from 'playwright-core';
import { type BrowserFixture, SCREENSHOT_DIR, startBrowserFixture } from './helpers';
import { seedIds } from '../helpers/store';

let fx: BrowserFixture;
let page: Page;
let ids: Record<string, number>;
const errors: string[] = [];

beforeAll(async () => {
  fx = await startBrowserFixture();
  ids = await seedIds(fx.store.prisma);
  page = await fx.browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
});
afterAll(() => fx.close());
afterEach(() => expect(errors.splice(0)).toEqual([]));

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });

describe('pages in Chromium on the seed corpus', () => {
  it('when the home page opens, shows counts, newest articles, a story and outlets', async () => {
    await page.goto(`${fx.baseUrl}/`);
    await expect(page.locator('.counts li').first().textContent()).resolves.toContain('5');
    expect(await page.locator('.article-item').count()).toBe(5);
    expect(await page.locator('ul.stories li').count()).toBe(1);
    await shot('home');
  });

  it('when the article page of 002 opens, marks the Revelation sentence prophetic with its cue underlined', async () => {
    await page.goto(`${fx.baseUrl}/articles/${ids['002']}`);
    const verse = page.locator('.s.has-prophetic', { hasText: 'Revelation 16:12' }).last();
    await expect(verse.locator('.flag-prophetic').textContent()).resolves.toBe('Prophetic');
    await expect(verse.locator('u.cue-prophetic').first().textContent()).resolves.toBe('Revelation 16:12');
    await verse.focus();
    expect(await verse.locator('.card').isVisible()).toBe(true);
    expect(await page.locator('.reuse-item').count()).toBe(1);
    await expect(page.locator('.reuse-item .badge.ok').textContent()).resolves.toBe('credited');
    await shot('article-002');
  });

  it('when the article page of 000 opens, lists its sources with U.S. News leading to 001', async () => {
    await page.goto(`${fx.baseUrl}/articles/${ids['000']}`);
    const usNews = page.locator('.source', { hasText: 'U.S. News & World Report' });
    await expect(usNews.locator('a', { hasText: 'the cited article' }).getAttribute('href')).resolves.toBe(`/articles/${ids['001']}`);
    await expect(usNews.locator('a', { hasText: 'U.S. News & World Report' }).getAttribute('href')).resolves.toMatch(/^\/sources\/\d+$/);
    expect(await page.locator('.source-anonymous').count()).toBeGreaterThan(0);
    await shot('article-000');
  });

  it('when the compare page of 001 and 002 opens, highlights the five copied paragraphs on both sides', async () => {
    await page.goto(`${fx.baseUrl}/compare/${ids['001']}/${ids['002']}`);
    await expect(page.locator('.summary').textContent()).resolves.toContain('credits U.S. News & World Report');
    const copied = (await page.locator('.side-target mark.passage').allTextContents()).join('');
    for (const start of ['China is prepared to recognize', 'Beijing has publicly pressured', 'The move comes as the Taliban', '“If the Taliban claim', 'The Chinese Ministry of Foreign Affairs did not respond']) expect(copied).toContain(start);
    expect(await page.locator('.side-source mark.passage').count()).toBe(await page.locator('.side-target mark.passage').count());
    await shot('compare-001-002');
  });

  it('when the compare page of 001 and 000 opens, marks the words the rewrite changed', async () => {
    await page.goto(`${fx.baseUrl}/compare/${ids['000']}/${ids['001']}`);
    expect(await page.locator('.side-target ins').count()).toBeGreaterThan(0);
    expect(await page.locator('.side-source del').count()).toBeGreaterThan(0);
    await page.locator('.passage-nav .next').click();
    await expect(page.locator('#passage-now').textContent()).resolves.toBe('2');
    await shot('compare-001-000');
  });

  it('when the story graph opens, draws the three linked articles and opens an article from a node', async () => {
    await page.goto(`${fx.baseUrl}/stories/${Math.min(ids['000'], ids['001'], ids['002'])}`);
    expect(await page.locator('h1').textContent()).toMatch(/^Story of China is/);
    expect(await page.locator('svg .node').count()).toBe(3);
    expect(await page.locator('svg .edge-link').count()).toBe(2);
    expect(await page.locator('svg .external-anonymous').count()).toBeGreaterThan(0);
    // Jen Psaki is cited by 001 and by its copy 002: one box, two lines, and the box opens her page.
    const psaki = page.locator('svg a.source-link', { hasText: 'Jen Psaki' });
    expect(await psaki.count()).toBe(1);
    expect(await psaki.locator('title').textContent()).toMatch(/cited by 2 articles here/);
    await shot('story');
    await page.locator(`svg a.node-link[data-article-id="${ids['001']}"]`).click();
    await page.waitForURL(`**/articles/${ids['001']}`);
  });

  it('when the articles list is filtered to prophetic sentences, shows only 002, then the outlet page links back', async () => {
    await page.goto(`${fx.baseUrl}/articles?flag=prophetic`);
    expect(await page.locator('.article-item').count()).toBe(1);
    await shot('articles-prophetic');
    await page.goto(`${fx.baseUrl}/outlets/daily-mail`);
    expect(await page.locator('.article-item').count()).toBe(1);
    await shot('outlet-daily-mail');
  });

  it('when an article’s source is followed, its page lists every article that cites it; the sources list narrows to people', async () => {
    await page.goto(`${fx.baseUrl}/articles/${ids['001']}`);
    await page.locator('.panel.sources a', { hasText: 'Jen Psaki' }).click();
    await page.waitForURL('**/sources/*');
    expect(await page.locator('section.citing-article').count()).toBe(2);
    await expect(page.locator('mark.source-span').first().textContent()).resolves.toContain('Psaki');
    await shot('source-psaki');
    await page.locator('nav a', { hasText: 'Sources' }).click();
    await page.selectOption('select[name="kind"]', 'person');
    await page.locator('form.filters button').click();
    await page.waitForURL('**/sources?kind=person*');
    const kinds = await page.locator('.sources-table tbody .badge').allTextContents();
    expect(kinds.length).toBeGreaterThan(1);
    expect(new Set(kinds)).toEqual(new Set(['Person']));
    await shot('sources-people');
  });

  it('when the flagged count on the home page is followed and narrowed to prophecy, lists 002’s sentences with their cues and opens one in place', async () => {
    await page.goto(`${fx.baseUrl}/`);
    await page.locator('.counts a', { hasText: 'flagged sentences' }).click();
    await page.waitForURL('**/sentences');
    await page.selectOption('select[name="flag"]', 'prophetic');
    await page.locator('form.filters button').click();
    await page.waitForURL('**/sentences?flag=prophetic*');
    const items = page.locator('ol.flagged li');
    expect(await items.count()).toBeGreaterThan(0);
    await expect(items.locator('u.cue-prophetic', { hasText: 'Revelation 16:12' }).count()).resolves.toBeGreaterThan(0);
    await shot('sentences-prophetic');
    const link = items.last().locator('.meta a').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/articles/${ids['002']}#s\\d+$`));
    await link.click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator(href.slice(href.indexOf('#'))).getAttribute('data-flags')).toContain('prophetic');
  });

  it('when searching, lists matching sentences; the import page takes pasted text', async () => {
    await page.goto(`${fx.baseUrl}/search?q=provincial+capitals`);
    expect(await page.locator('ol.hits li').count()).toBeGreaterThan(0);
    await shot('search');
    await page.goto(`${fx.baseUrl}/import`);
    await page.waitForURL('**/login?next=%2Fimport');
    await page.fill('#name', fx.editor.name);
    await page.fill('#password', fx.editor.password);
    await page.click('form.login button[type=submit]');
    await page.waitForURL('**/import');
    await page.fill('#paste', 'Harbour Gazette\nThe harbour reopened on Monday after repairs, the port authority said in a statement.');
    await page.click('form.import button[type=submit]');
    await page.locator('#import-status', { hasText: 'Done' }).waitFor();
    await expect(page.locator('.results').textContent()).resolves.toContain('1 imported');
    await shot('import');
  });

  it('when several files are imported, shows a progress bar and each outcome as it comes, rejects the binary one', async () => {
    await page.goto(`${fx.baseUrl}/import`);
    const text = (n: number) => Buffer.from(`Valley Courier\nThe valley council voted ${n} to 2 on Tuesday to rebuild bridge number ${n}, the clerk said.`);
    await page.setInputFiles('#files', [
      { name: 'one.txt', mimeType: 'text/plain', buffer: text(7) },
      { name: 'two.txt', mimeType: 'text/plain', buffer: text(9) },
      { name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]) },
    ]);
    await page.click('form.import button[type=submit]');
    await page.locator('#import-status', { hasText: 'Done: 3 inputs sent.' }).waitFor();
    expect(await page.locator('#import-status progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([3, 3]);
    await expect(page.locator('.results p').textContent()).resolves.toBe('2 imported, 0 duplicates, 1 rejected.');
    expect(await page.locator('.results tbody tr.outcome-rejected td').first().textContent()).toBe('photo.txt');
    // The API answers the refused file with 400, which Chromium logs; nothing else went wrong.
    expect(errors.splice(0)).toEqual([expect.stringContaining('status of 400')]);
    await shot('import-files');
  });

  it('when an editor corrects 002’s impossible date in the form, the article shows the editor’s date', async () => {
    await page.goto(`${fx.baseUrl}/login?next=${encodeURIComponent(`/articles/${ids['002']}`)}`);
    await page.fill('#name', fx.editor.name);
    await page.fill('#password', fx.editor.password);
    await page.click('form.login button[type=submit]');
    await page.waitForURL(`**/articles/${ids['002']}`);
    await page.click('text=Correct title, outlet, byline, URL or date');
    await expect(page.locator('#date-hint').textContent()).resolves.toContain('August 39, 2017');
    await shot('edit');
    await page.fill('#publishedAt', '2021-08-14');
    await page.click('form.edit button[type=submit]');
    await page.waitForURL(`**/articles/${ids['002']}`);
    await expect(page.locator('dd.published').textContent()).resolves.toContain('14 August 2021 (set by an editor)');
    await expect(page.locator('.edited').textContent()).resolves.toContain(`corrected by ${fx.editor.name}`);
  });

  it("when tracing 000's lead sentence from its card, the trace page shows 001 as origin, the hedge added and the chain", async () => {
    await page.goto(`${fx.baseUrl}/articles/${ids['000']}`);
    const lead = page.locator('.s', { hasText: 'China is reportedly prepared' }).first();
    await lead.focus();
    await lead.locator('.trace-link').click();
    await page.waitForURL('**/trace/*');
    await expect(page.locator('.verdict').textContent()).resolves.toContain('First reported by U.S. News & World Report on 2021-08-13');
    await expect(page.locator('.version.origin').getAttribute('data-article-id')).resolves.toBe(String(ids['001']));
    await expect(page.locator('.mutation-hedge-added').first().textContent()).resolves.toContain('reportedly');
    expect(await page.locator('.chain li').count()).toBe(2);
    await shot('trace-000-lead');
  });

  it('when the outlet pages of the seed corpus open, each shows its record with counts', async () => {
    for (const slug of ['daily-mail', 'u-s-news-and-world-report', 'tomorrow-s-affairs']) {
      await page.goto(`${fx.baseUrl}/outlets/${slug}`);
      const figures = await page.locator('.record-figure').allTextContents();
      expect(figures).toHaveLength(7);
      for (const f of figures) expect(f).toMatch(/\([\d,]+ of [\d,]+ [a-z ]+\)/);
    }
    await page.goto(`${fx.baseUrl}/outlets/daily-mail`);
    await expect(page.locator('.record-figure').nth(1).textContent()).resolves.toContain('100% (1 of 1 copies)');
    await shot('outlet-record-daily-mail');
  });

  it('when a page is missing, shows the 404 page in the layout; on a phone-width screen the article still reads', async () => {
    const res = await page.goto(`${fx.baseUrl}/articles/999999`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('404');
    errors.splice(0); // the 404 itself is logged by the browser, as it should be
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${fx.baseUrl}/articles/${ids['003']}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(400);
    await shot('article-003-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
