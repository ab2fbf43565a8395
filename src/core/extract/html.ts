import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { cleanByline, type ExtractedArticle, fallbackTitle } from './article';
import { dateFromUrl, findImpossibleDates, readDate } from './dates';
import { outletForDomain, resolveKnownOutlet } from '../provenance/outlets';

type Doc = ReturnType<typeof ParseHTML>['document'];

/** linkedom and Readability take about 150 ms to load, which a folder of plain text never needs: loaded on first use. */
let dom: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | undefined;
function loadDom() {
  dom ??= { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  return dom;
}

const meta = (doc: Doc, ...keys: string[]): string | null => {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
};

/** `datePublished` from JSON-LD blocks, including those nested in @graph arrays. */
function jsonLdDate(doc: Doc): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findKey(JSON.parse(script.textContent ?? ''), 'datePublished');
      if (typeof found === 'string') return found;
    } catch {
      // A broken JSON-LD block is common on real pages; the other fallbacks still apply.
    }
  }
  return null;
}

function findKey(value: unknown, key: string, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findKey(v, key, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (key in record) return record[key];
  for (const v of Object.values(record)) {
    const found = findKey(v, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The elements whose text makes the article's paragraphs; text outside them (figure captions, widgets) is left out. */
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'LI', 'BLOCKQUOTE', 'PRE']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Paragraph text of Readability's cleaned article, one paragraph a line, no markup. A block inside another
 * (a blockquote's paragraphs) is a paragraph of its own, once, and the words around it in the outer block
 * another: an embedded post's text, then its signature ("— Elon Musk (@elonmusk) January 3, 2025").
 */
function paragraphs(body: Element): string {
  if (!body.querySelector([...BLOCKS].join(','))) return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
  const texts: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
    buffer = '';
  };
  // Walked with a stack of its own, not by recursion: hostile markup nests thousands deep. A block's end is a
  // marker on the stack, where its paragraph is closed.
  const stack: ({ node: Node; inBlock: boolean } | 'end')[] = [...Array.from(body.childNodes)].reverse().map((node) => ({ node, inBlock: false }));
  while (stack.length) {
    const item = stack.pop()!;
    if (item === 'end') {
      flush();
      continue;
    }
    const { node, inBlock } = item;
    if (node.nodeType === 3) {
      if (inBlock) buffer += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1 || SKIPPED.has((node as Element).tagName)) continue;
    const block = BLOCKS.has((node as Element).tagName);
    if (block) {
      flush();
      stack.push('end');
    }
    for (const child of Array.from(node.childNodes).reverse()) stack.push({ node: child, inBlock: inBlock || block });
  }
  flush();
  return texts.join('\n\n');
}

const bodyOf = (html: string): Element => loadDom().parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The writer's name as themes mark it in a story's header: a link to their page, a named author. */
const MARKED_AUTHOR = ['.entry-meta .author', '.post-meta .author', '.entry-header .author', 'a[rel="author"]', '[itemprop="author"] [itemprop="name"]'].join(', ');

/** Boxes about the writer, by the class or id themes give them. */
const AUTHOR_BOX = ['author-box', 'author-bio', 'about-author', 'author-info', 'author-card', 'authorbox', 'author-description'].map((c) => `[class*="${c}"], [id*="${c}"]`).join(', ');

const TITLE_SEPARATOR = String.raw`(?:\s+[|–—·•-]\s+|:\s+)`;
const SITE_LAST = new RegExp(`^(.+?)${TITLE_SEPARATOR}([^|–—·•:]+)$`);
const SITE_FIRST = new RegExp(`^([^|–—·•:]+?)${TITLE_SEPARATOR}(.+)$`);

/** "Senate passes bill | The Example Times" → "Senate passes bill": a page title often carries its site's name. */
export function withoutSiteName(title: string, names: (string | null | undefined)[]): string {
  const bare = (n: string) => n.trim().replace(/^the\s+/i, '').toLowerCase();
  const sites = new Set(names.filter((n): n is string => !!n?.trim()).map(bare));
  const last = SITE_LAST.exec(title);
  if (last && sites.has(bare(last[2]))) return last[1];
  const first = SITE_FIRST.exec(title);
  return first && sites.has(bare(first[1])) ? first[2] : title;
}

/**
 * Real pages nest a few dozen elements deep; Readability's time grows far faster than the depth (a page 3,000
 * deep takes minutes), so past this depth the page's paragraphs are read without it.
 */
const MAX_READABLE_DEPTH = 200;
/**
 * Nor does it read a page of more elements than this (news pages hold a few thousand): its scoring walks
 * the page many times over, and 100,000 elements took it seconds. (Its own `maxElemsToParse` counts
 * nothing on linkedom's document, so the walk below counts.)
 */
const MAX_READABLE_ELEMENTS = 25_000;

/** Whether the page under `root` nests deeper or holds more elements than Readability can read in good time. */
function tooBigToRead(root: Node | null): boolean {
  const stack: [Node, number][] = root ? [[root, 0]] : [];
  let elements = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_READABLE_DEPTH || ++elements > MAX_READABLE_ELEMENTS) return true;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return false;
}

/** Readability's reading, or null when the page nests too deep for it (it recurses): the page's whole text stands in. */
function readable<T>(parse: () => T): T | null {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/**
 * Reads an HTML page: main text, title, byline, site name and published time
 * through Readability, with fallbacks for what it ignores (`<time datetime>`,
 * JSON-LD `datePublished`, `og:site_name`, the URL's domain). Scripts, styles
 * and event handlers never reach the text: only text nodes are kept.
 */
export function extractHtml(html: string, url: string | null = null): ExtractedArticle {
  const { parseHTML, Readability } = loadDom();
  const { document } = parseHTML(html);
  const canonical = url ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  const dateText =
    meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'DC.date.issued') ??
    jsonLdDate(document) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    // ("Posted on <time>November 30, 2026</time>": a blog's time element with its date only in words.)
    document.querySelector('time')?.textContent?.trim() ??
    null;
  // ("Water firm fined £12m | Environment | The Guardian": the page's one headline, when its title opens with it, is
  // the title without the section the site adds; read before Readability changes the page.)
  const headline = document.querySelectorAll('h1').length === 1 ? document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() : undefined;
  // ("Posted on March 3, 2026 by <span class="author">Dave Miller</span>": the writer a theme marks, outside the
  // comments, when Readability and the page's meta name none.)
  const marked = document.querySelector(MARKED_AUTHOR)?.textContent?.replace(/\s+/g, ' ').trim();
  // A box about the writer under the story is furniture ("Dan Miller is a former bond trader…"); a short one may be the byline.
  for (const box of document.querySelectorAll(AUTHOR_BOX)) if ((box.textContent ?? '').trim().split(/\s+/).length > 12) box.remove();
  const tooBig = tooBigToRead(document.body);
  const parsed = tooBig ? null : readable(() => new Readability(document as unknown as Document, { charThreshold: 100 }).parse());
  // (Readability changes the page as it reads it: when it fails, the page is read afresh, paragraph by paragraph;
  // a page too big for it is read as parsed.)
  const text = paragraphs(tooBig ? document.body : bodyOf(parsed?.content ?? html));
  const siteName = parsed?.siteName?.trim() || meta(document, 'og:site_name', 'application-name');
  const host = hostOf(canonical);
  const fromDomain = host ? outletForDomain(host) : null;
  const pageTitle = (parsed?.title || meta(document, 'og:title') || document.title || '').replace(/\s+/g, ' ').trim();
  // ("Is the Fed about to cut rates? | The Money Blog" over the headline "Is the Fed about to cut rates?": the rest of
  // the page's title is the site's name.)
  const titled = !siteName && !fromDomain && headline ? SITE_LAST.exec(document.title.replace(/\s+/g, ' ').trim()) : null;
  const titleSite = titled && titled[1] === headline ? titled[2].trim() : null;
  const outlet = siteName ? (resolveKnownOutlet(siteName)?.name ?? siteName) : (fromDomain?.name ?? (titleSite && (resolveKnownOutlet(titleSite)?.name ?? titleSite)));
  // (With none stated, the date the address files the page under: "…/politics/2023/jul/03/…".)
  const date = dateText ? readDate(dateText) : parsed?.publishedTime ? readDate(parsed.publishedTime) : dateFromUrl(canonical);
  // (Or when the page's title is the headline cut short: "Iran threatens to close Strait of Hormuz | World News | The
  // Independent" over "Iran threatens to close Strait of Hormuz as tensions with US soar".)
  const titleHead = pageTitle.split(new RegExp(TITLE_SEPARATOR))[0];
  const title = headline && headline.length >= 10 && (pageTitle.startsWith(headline) || (titleHead.length >= 10 && headline.startsWith(titleHead))) ? headline : pageTitle;
  return {
    title: withoutSiteName(title, [siteName, outlet, fromDomain?.name, titleSite]) || fallbackTitle(text),
    text,
    outlet,
    outletBasis: siteName || titleSite ? 'site-name' : fromDomain ? 'domain' : null,
    credit: null,
    byline: cleanByline(parsed?.byline ?? '') ?? meta(document, 'author') ?? (marked && marked.split(' ').length <= 6 ? cleanByline(marked) : null),
    url: canonical ?? null,
    date: { ...date, issues: [...date.issues, ...findImpossibleDates(text)] },
    format: 'html',
  };
}
