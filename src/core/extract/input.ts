import { type ExtractedArticle } from './article';
import { extractPlainText } from './plain-text';
import type { ArticleRecord } from './records';
import { readDate, findImpossibleDates } from './dates';
import { looksBinary } from '../text/normalise';
import { resolveKnownOutlet } from '../provenance/outlets';

/**
 * Readers loaded on first use: the record reader brings zod (about 50 ms to
 * load), the HTML one linkedom and Readability, the Markdown one markdown-it;
 * a folder of plain text needs none of them.
 */
const records = (): typeof import('./records') => require('./records');
const html = (): typeof import('./html') => require('./html');
const markdown = (): typeof import('./markdown') => require('./markdown');

export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

/** Largest article text accepted: far above any real article, far below what would hurt the store. */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** One article read from an input, or the reason it could not be. `line` is 1-based for JSON Lines and arrays. */
export type ExtractionResult =
  | { ok: true; article: ExtractedArticle; line?: number }
  | { ok: false; code: string; message: string; line?: number };

/** The format of an input from its name, else from its first characters. */
export function detectFormat(name: string, text: string): InputFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'json') return 'json';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'txt' || ext === 'text') return 'text';
  const head = text.trimStart().slice(0, 500).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(?:head|body|article|div|p)\b/.test(head)) return 'html';
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return /\}\s*\n\s*\{/.test(text.slice(0, 200_000)) ? 'jsonl' : 'json';
  return 'text';
}

type Problem = { code: string; message: string };

function inputProblem(text: string): Problem | null {
  if (!text.trim()) return { code: 'empty', message: 'the input is empty' };
  if (looksBinary(text)) return { code: 'binary', message: 'the input is binary, not text (expected .txt, .md, .html, .json or .jsonl)' };
  return null;
}

function articleProblem(text: string): Problem | null {
  if (!text.trim()) return { code: 'empty', message: 'no article text was found' };
  if (text.length > MAX_ARTICLE_CHARS) {
    return { code: 'too_large', message: `the article text has ${text.length.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}` };
  }
  return null;
}

/**
 * Why a plain-text input cannot be an article (empty, binary, too large), or
 * null. A plain-text article is its input as read, so this is what
 * `extractArticles` would reject it for, without extracting it.
 */
export function plainTextProblem(text: string): Problem | null {
  return inputProblem(text) ?? articleProblem(text);
}

function checkArticle(article: ExtractedArticle, line?: number): ExtractionResult {
  const problem = articleProblem(article.text);
  return problem ? { ok: false, ...problem, line } : { ok: true, article, line };
}

function fromRecord(record: ArticleRecord): ExtractedArticle {
  const base = record.html?.trim() ? html().extractHtml(record.html, record.url ?? null) : extractPlainText(record.text ?? '');
  const text = record.text?.trim() ? record.text : base.text;
  const date = record.publishedAt ? readDate(record.publishedAt) : base.date;
  // A text that opens with its own title: the short first line is that title, not an outlet's name.
  const titleLine = base.outletBasis === 'first-line' && base.outlet === record.title?.trim();
  const outlet = record.outlet ? (resolveKnownOutlet(record.outlet)?.name ?? record.outlet) : titleLine ? null : base.outlet;
  return {
    ...base,
    title: record.title?.trim() || base.title,
    text,
    outlet,
    outletBasis: record.outlet ? 'record' : titleLine ? null : base.outletBasis,
    byline: record.byline ?? base.byline,
    url: record.url ?? base.url,
    date: { ...date, issues: [...new Set([...date.issues, ...findImpossibleDates(text)])] },
    format: 'json',
  };
}

/**
 * Reads every article an input holds: one for text and HTML, one per record
 * for JSON and JSON Lines (a bad record fails alone, with its line number).
 */
export function extractArticles(name: string, text: string, format?: InputFormat): ExtractionResult[] {
  const problem = inputProblem(text);
  if (problem) return [{ ok: false, ...problem }];
  const kind = format ?? detectFormat(name, text);
  if (kind === 'text') return [checkArticle(extractPlainText(text))];
  if (kind === 'html') return [checkArticle(html().extractHtml(text))];
  // Offsets point into the text the Markdown reads as, as they point into an HTML page's extracted text.
  if (kind === 'markdown') return [checkArticle({ ...fromRecord(markdown().readMarkdown(text)), format: 'markdown' })];
  const readings = kind === 'json' ? records().readJsonRecords(text) : records().readJsonLines(text);
  if (readings.length === 0) return [{ ok: false, code: 'empty', message: 'the input holds no records' }];
  return readings.map((r) =>
    r.ok ? checkArticle(fromRecord(r.record), r.line || undefined) : { ok: false, code: 'malformed', message: r.message, line: r.line || undefined },
  );
}
