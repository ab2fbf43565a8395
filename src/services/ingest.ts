import type { ExtractedArticle } from '../core/extract/article';
import { extractArticles, type InputFormat } from '../core/extract/input';
import { contentHash, countWords, cleanText } from '../core/text/normalise';
import { findArticleByHash, insertArticle } from '../store/articles';
import type { Db } from '../store/database';
import { ANALYSIS_VERSION, analyseForStore, storeAnalysis } from './analyse';
import { linkReuse } from './link-reuse';

/** One input to import: a file's bytes or a pasted text, with the name shown in reports. */
export interface IngestInput {
  name: string;
  data: Buffer | string;
  format?: InputFormat;
}

export type IngestStatus = 'imported' | 'duplicate' | 'rejected';

export interface IngestOutcome {
  /** The input's name, with ":<line>" for a record of a JSON Lines file. */
  source: string;
  line?: number;
  status: IngestStatus;
  articleId?: number;
  title?: string;
  code?: string;
  message?: string;
}

/** Largest input read at all: a JSON Lines file of many articles fits; a runaway upload does not. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** A single text or HTML page larger than this is not an article. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

type Decoded = { ok: true; text: string } | { ok: false; code: string; message: string };

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** UTF-8 text, or why not: binary content and invalid UTF-8 are refused, never guessed at. */
export function decodeInput(name: string, data: Buffer | string, format?: InputFormat): Decoded {
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  if (bytes > MAX_INPUT_BYTES) return { ok: false, code: 'too_large', message: `the input is ${mb(bytes)}; the limit is ${mb(MAX_INPUT_BYTES)}` };
  const isPage = format === 'text' || format === 'html' || (!format && !/\.(jsonl?|ndjson)$/i.test(name));
  if (isPage && bytes > MAX_PAGE_BYTES) {
    return { ok: false, code: 'too_large', message: `the input is ${mb(bytes)}; one article may be at most ${mb(MAX_PAGE_BYTES)}` };
  }
  if (typeof data === 'string') return { ok: true, text: cleanText(data) };
  if (data.subarray(0, 8192).includes(0)) {
    return { ok: false, code: 'binary', message: 'the input is binary, not text (expected .txt, .md, .html, .json or .jsonl)' };
  }
  try {
    return { ok: true, text: cleanText(new TextDecoder('utf-8', { fatal: true }).decode(data)) };
  } catch {
    return { ok: false, code: 'encoding', message: 'the input is not valid UTF-8 text; convert it to UTF-8 and import it again' };
  }
}

/** What a backup keeps of an article's history, restored as it was. */
export interface RestoredHistory {
  importedAt?: Date;
  editedAt?: Date;
  editedBy?: string;
}

/**
 * Stores one extracted article with its analysis in a single transaction
 * (either all of it is written or none), then links its reuse with the rest
 * of the store. The same content twice is one article.
 */
export async function storeArticle(db: Db, article: ExtractedArticle, sourceName: string | null, kept: RestoredHistory = {}) {
  const hash = contentHash(article.text);
  const existing = await findArticleByHash(db, hash);
  if (existing) {
    // An import killed between storing and linking left this article unlinked: finish the job.
    if (!existing.reuseLinkedAt) await linkReuse(db, existing.id);
    return { status: 'duplicate' as const, articleId: existing.id };
  }
  const analysis = analyseForStore(article);
  let row;
  try {
    row = await db.$transaction(async (tx) => {
      const created = await insertArticle(tx, {
        title: article.title,
        text: article.text,
        contentHash: hash,
        outlet: article.outlet,
        byline: article.byline,
        url: article.url,
        publishedAt: article.date.date,
        dateRaw: article.date.raw,
        dateConfidence: article.date.confidence,
        dateIssues: article.date.issues,
        language: 'en',
        wordCount: countWords(article.text),
        format: article.format,
        sourceName,
        ...kept,
        analysedAt: new Date(),
        analysisVersion: ANALYSIS_VERSION,
      });
      await storeAnalysis(tx, created.id, analysis, { fresh: true });
      return created;
    });
  } catch (e) {
    // Two importers racing on the same content: the loser's row is the winner's.
    if ((e as { code?: string }).code === 'P2002') {
      const winner = await findArticleByHash(db, hash);
      if (winner) return { status: 'duplicate' as const, articleId: winner.id };
    }
    throw e;
  }
  await linkReuse(db, row.id);
  return { status: 'imported' as const, articleId: row.id };
}

/** Imports every article an input holds; each outcome says what happened and why. */
export async function ingestInput(db: Db, input: IngestInput): Promise<IngestOutcome[]> {
  const decoded = decodeInput(input.name, input.data, input.format);
  if (!decoded.ok) return [{ source: input.name, status: 'rejected', code: decoded.code, message: decoded.message }];
  const outcomes: IngestOutcome[] = [];
  for (const result of extractArticles(input.name, decoded.text, input.format)) {
    const source = result.line ? `${input.name}:${result.line}` : input.name;
    if (!result.ok) {
      outcomes.push({ source, line: result.line, status: 'rejected', code: result.code, message: result.message });
      continue;
    }
    const stored = await storeArticle(db, result.article, input.name);
    outcomes.push({ source, line: result.line, status: stored.status, articleId: stored.articleId, title: result.article.title });
  }
  return outcomes;
}

export interface IngestSummary {
  imported: number;
  duplicates: number;
  rejected: number;
}

export function summarise(outcomes: IngestOutcome[]): IngestSummary {
  return {
    imported: outcomes.filter((o) => o.status === 'imported').length,
    duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
    rejected: outcomes.filter((o) => o.status === 'rejected').length,
  };
}
