import { detectFormat, extractArticles } from '../../../src/core/extract/input';
import { withoutSiteName } from '../../../src/core/extract/html';

const ok = (r: ReturnType<typeof extractArticles>[number]) => {
  if (!r.ok) throw new Error(r.message);
  return r.article;
};

describe('detectFormat', () => {
  it.each([
    ['a.html', 'x', 'html'],
    ['a.jsonl', 'x', 'jsonl'],
    ['a.json', 'x', 'json'],
    ['a.txt', '<html>', 'text'],
    ['notes.md', '# A title', 'markdown'],
    ['notes.markdown', 'x', 'markdown'],
    ['pasted', '<!DOCTYPE html><html></html>', 'html'],
    ['pasted', '[{"text":"a"}]', 'json'],
    ['pasted', '{"text":"a"}\n{"text":"b"}', 'jsonl'],
    ['pasted', 'Daily Mail\nA story.', 'text'],
  ])('when named %p and starting %p, is %p', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});

describe('extractArticles', () => {
  it.each([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['abc\u0000def', 'binary'],
  ])('when the input is %p, rejects it as %p', (text, code) => {
    const [r] = extractArticles('x.txt', text);
    expect(r).toMatchObject({ ok: false, code });
  });

  it('when JSON is malformed, rejects it with the parser message', () => {
    const [r] = extractArticles('x.json', '{"title": ');
    expect(r).toMatchObject({ ok: false, code: 'malformed' });
  });

  it('when one JSON Lines record is bad, keeps the good ones and names the bad line', () => {
    const text = ['{"title":"One","text":"First text."}', '{"title": broken', '{"title":"Three"}', '{"text":"Fourth text."}'].join('\n');
    const results = extractArticles('x.jsonl', text);
    expect(results.map((r) => [r.ok, r.line])).toEqual([
      [true, 1],
      [false, 2],
      [false, 3],
      [true, 4],
    ]);
    expect(results[2]).toMatchObject({ message: expect.stringContaining('"text" or "html"') });
  });

  it("when a record comes from another tool's export, reads its fields by their common names", () => {
    const newsApi = { title: 'Bike lanes approved', source: { name: 'the AP' }, author: 'Amy Hart', publishedAt: '2026-11-30T09:00:00Z', content: 'The council approved the lanes.' };
    expect(ok(extractArticles('x.json', JSON.stringify([newsApi]))[0])).toMatchObject({ title: 'Bike lanes approved', outlet: 'Associated Press', byline: 'Amy Hart', text: 'The council approved the lanes.' });
    // A field under this schema's own name is validated as given.
    expect(extractArticles('x.json', JSON.stringify({ title: 42, articleBody: 'Body.' }))[0]).toMatchObject({ ok: false, message: expect.stringContaining('title') });
  });

  it('when a record carries an impossible date, keeps it raw and flags it', () => {
    const a = ok(extractArticles('x.json', JSON.stringify({ text: 'Body.', publishedAt: 'August 39, 2017' }))[0]);
    expect(a.date).toMatchObject({ date: null, raw: 'August 39, 2017', confidence: 'invalid' });
  });

  it('when a record names a known outlet by alias, resolves it', () => {
    const a = ok(extractArticles('x.json', JSON.stringify({ text: 'Body.', outlet: 'the AP' }))[0]);
    expect(a.outlet).toBe('Associated Press');
  });

  it.each([
    ['opens with its own title: that line is no outlet', { title: 'Harbour council votes', text: 'Harbour council votes\n\nThe council met.' }, null],
    ['opens with an outlet line: kept', { title: 'Harbour council votes', text: 'Daily Mail\n\nThe council met.' }, 'Daily Mail'],
  ])('when a record %s', (_name, record, outlet) => {
    expect(ok(extractArticles('x.json', JSON.stringify(record))[0]).outlet).toBe(outlet);
  });

  const page = (head: string, body: string) =>
    `<!doctype html><html><head>${head}</head><body><article><h1>Headline here</h1>${body}</article></body></html>`;
  const paragraphs = '<p>' + 'The minister said the talks would resume next week in the capital. '.repeat(4) + '</p>';

  it('when HTML carries scripts and event handlers, keeps only the text', () => {
    const html = page('<title>T</title>', `${paragraphs}<script>alert(1)</script><p onclick="steal()">Second paragraph with enough words to count as text.</p><img src=x onerror="alert(2)">`);
    const a = ok(extractArticles('x.html', html)[0]);
    expect(a.text).toContain('The minister said');
    expect(a.text).not.toMatch(/alert|steal|onerror|<script/);
  });

  it('when HTML nests thousands of elements deep, reads its paragraphs at once instead of failing or hanging', () => {
    const deep = `<html><body><h1>Talks resume</h1>${'<div>'.repeat(5000)}${paragraphs}${'</div>'.repeat(5000)}</body></html>`;
    const a = ok(extractArticles('x.html', deep)[0]);
    expect(a.text.split('\n\n')).toEqual(['Talks resume', expect.stringContaining('The minister said the talks would resume')]);
  });

  it('when HTML holds more elements than a news page does, reads its paragraphs as parsed, scripts still left out', () => {
    const widgets = '<div><span><a href="/x">more</a></span></div>'.repeat(9000);
    const big = `<html><body><h1>Talks resume</h1>${paragraphs}<script>alert(1)</script><nav>${widgets}</nav></body></html>`;
    const a = ok(extractArticles('x.html', big)[0]);
    expect(a.text.split('\n\n').slice(0, 2)).toEqual(['Talks resume', expect.stringContaining('The minister said the talks would resume')]);
    expect(a.text).not.toContain('alert');
  });

  it("when a blockquote holds paragraphs, gives each once, then the words around them (an embedded post's signature)", () => {
    const post = '<blockquote class="twitter-tweet"><p>Starmer must go. He is complicit.</p>&mdash; Elon Musk (@elonmusk) <a href="https://x.test/1">January 3, 2025</a></blockquote>';
    const a = ok(extractArticles('x.html', page('<title>T</title>', paragraphs + post + '<ul><li><p>One point made.</p></li></ul>'))[0]);
    expect(a.text.split('\n\n').slice(-3)).toEqual(['Starmer must go. He is complicit.', '— Elon Musk (@elonmusk) January 3, 2025', 'One point made.']);
  });

  it.each([
    ['<meta property="article:published_time" content="2021-08-13T10:00:00Z">', ''],
    ['<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-08-13"}]}</script>', ''],
    ['', '<time datetime="2021-08-13">Aug 13</time>'],
    // A blog's time element with its date in words only.
    ['', '<div>Posted on <time>August 13, 2021</time></div>'],
  ])('when the date is in %p%p, reads 2021-08-13', (head, body) => {
    const a = ok(extractArticles('x.html', page(head, paragraphs + body))[0]);
    expect(a.date.date).toBe('2021-08-13');
  });

  it.each([
    ['Senate passes bill | The Example Times', 'Senate passes bill'],
    ['Example Times: Senate passes bill', 'Senate passes bill'],
    ['Senate passes bill - Example Times', 'Senate passes bill'],
    // A colon or dash inside the headline itself stays.
    ['Senate passes bill: what it means - for you', 'Senate passes bill: what it means - for you'],
    ['Example Times', 'Example Times'],
  ])('when the page title is %j, the article title is %j', (title, expected) => {
    expect(withoutSiteName(title, ['The Example Times', null])).toBe(expected);
  });

  it("when the page's one headline opens its title, the title is the headline, without the site's section", () => {
    const html = `<!doctype html><html><head><title>Water firm fined £12m over sewage spills | Environment | The Guardian</title></head><body><article><h1>Water firm fined £12m over sewage spills</h1>${paragraphs}</article></body></html>`;
    expect(ok(extractArticles('x.html', html)[0]).title).toBe('Water firm fined £12m over sewage spills');
  });

  it("when the page states no date, the date its address files it under is read, as from the address; a stated date comes first", () => {
    const undated = page('<title>T</title><link rel="canonical" href="https://www.theguardian.com/politics/2023/jul/03/sunak-vote">', paragraphs);
    expect(ok(extractArticles('x.html', undated)[0]).date).toMatchObject({ date: '2023-07-03', raw: '2023/jul/03', confidence: 'url' });
    const dated = page('<title>T</title><link rel="canonical" href="https://example.com/2023/07/03/x"><meta property="article:published_time" content="2023-07-04T09:00:00Z">', paragraphs);
    expect(ok(extractArticles('x.html', dated)[0]).date).toMatchObject({ date: '2023-07-04', confidence: 'stated' });
  });

  it("when only a theme's author mark names the writer, it is the byline; a commenter's is not", () => {
    const html = `<!doctype html><html><head><title>The Euphrates Is Drying Up</title></head><body><article><header class="entry-header"><h1>The Euphrates Is Drying Up</h1><div class="entry-meta">Posted on <time class="entry-date">March 3, 2026</time> by <span class="author"><a href="/author/dave">Dave Miller</a></span></div></header><div class="entry-content">${paragraphs}</div></article></body></html>`;
    expect(ok(extractArticles('x.html', html)[0]).byline).toBe('Dave Miller');
    const commented = `<!doctype html><html><head><title>The Euphrates Is Drying Up</title></head><body><article><h1>The Euphrates Is Drying Up</h1>${paragraphs}</article><div id="comments"><span class="author">Jane Reader</span></div></body></html>`;
    expect(ok(extractArticles('x.html', commented)[0]).byline).toBeNull();
  });

  it("when the page's title is its one headline cut short, the title is the headline", () => {
    const html = `<!doctype html><html><head><title>Iran threatens to close Strait of Hormuz | World News | The Independent</title></head><body><article><h1>Iran threatens to close Strait of Hormuz as tensions with US soar</h1>${paragraphs}</article></body></html>`;
    expect(ok(extractArticles('x.html', html)[0]).title).toBe('Iran threatens to close Strait of Hormuz as tensions with US soar');
  });

  it("when no site name is given, the rest of the page's title after its one headline names the outlet", () => {
    const html = `<!doctype html><html><head><title>Is the Fed about to cut rates? | The Money Blog</title></head><body><article><h1>Is the Fed about to cut rates?</h1>${paragraphs}</article></body></html>`;
    expect([ok(extractArticles('x.html', html)[0]).outlet, ok(extractArticles('x.html', html)[0]).title]).toEqual(['The Money Blog', 'Is the Fed about to cut rates?']);
  });

  it("when a box about the writer follows the story, leaves it out; a short one may be the byline", () => {
    // (A blog's page, as WordPress themes lay it out: its meta line, share buttons and comments around the post.)
    const html = `<html><head><title>Is the Fed about to cut rates? | The Money Blog</title></head><body><div class="post">
      <h1 class="entry-title">Is the Fed about to cut rates?</h1>
      <div class="entry-meta">Posted on <time>November 30, 2026</time> by <a rel="author">Dan Miller</a> | 12 Comments</div>
      <div class="share-buttons">Share on Facebook Share on X</div>
      <div class="entry-content"><p>The Federal Reserve will almost certainly cut interest rates at its December meeting, according to futures markets.</p>
      <p>Traders now put the odds of a quarter-point cut at 87%, up from 60% a week ago.</p><p>Frankly, it's about time.</p></div>
      <div class="author-box">Dan Miller is a former bond trader and the founder of The Money Blog. Follow him on X @danmillermoney.</div>
      <div id="comments"><div class="comment"><span class="comment-author">Bob</span><p>Great article! The Fed is a disaster.</p></div></div>
      </div></body></html>`;
    const a = ok(extractArticles('x.html', html)[0]);
    expect(a.text).toContain('Frankly');
    expect(a.text).not.toContain('bond trader');
    expect(a.byline).toBe('Dan Miller');
  });

  it('when og:site_name names the outlet, uses it', () => {
    const a = ok(extractArticles('x.html', page('<meta property="og:site_name" content="Reuters">', paragraphs))[0]);
    expect(a.outlet).toBe('Reuters');
  });
});
