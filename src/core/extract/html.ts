import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { cleanByline, type ExtractedArticle, fallbackTitle } from './article';
import { findImpossibleDates, readDate, UNKNOWN_DATE } from './dates';
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
function paragraphs(html: string): string {
  const { document } = loadDom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  if (!document.querySelector([...BLOCKS].join(','))) return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
  const texts: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
    buffer = '';
  };
  const walk = (node: Node, inBlock: boolean): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        if (inBlock) buffer += child.textContent ?? '';
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIPPED.has(tag)) continue;
        if (!BLOCKS.has(tag)) walk(child, inBlock);
        else {
          flush();
          walk(child, true);
          flush();
        }
      }
    }
  };
  walk(document.body, false);
  return texts.join('\n\n');
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

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
    null;
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const text = parsed?.content ? paragraphs(parsed.content) : (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const siteName = parsed?.siteName?.trim() || meta(document, 'og:site_name', 'application-name');
  const host = hostOf(canonical);
  const fromDomain = host ? outletForDomain(host) : null;
  const outlet = siteName ? (resolveKnownOutlet(siteName)?.name ?? siteName) : (fromDomain?.name ?? null);
  const date = dateText ? readDate(dateText) : (parsed?.publishedTime ? readDate(parsed.publishedTime) : UNKNOWN_DATE);
  const title = (parsed?.title || meta(document, 'og:title') || document.title || '').replace(/\s+/g, ' ').trim();
  return {
    title: withoutSiteName(title, [siteName, outlet, fromDomain?.name]) || fallbackTitle(text),
    text,
    outlet,
    outletBasis: siteName ? 'site-name' : fromDomain ? 'domain' : null,
    credit: null,
    byline: cleanByline(parsed?.byline ?? '') ?? meta(document, 'author'),
    url: canonical ?? null,
    date: { ...date, issues: [...date.issues, ...findImpossibleDates(text)] },
    format: 'html',
  };
}
