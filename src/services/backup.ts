import { z } from 'zod';
import type { ExtractedArticle } from '../core/extract/article';
import { articlesAfter } from '../store/articles';
import type { Db } from '../store/database';
import { editorsWithTokens, restoreApiToken, upsertEditor } from '../store/editors';
import { allOutlets, restoreOutlet } from '../store/outlets';
import { storeArticle } from './ingest';

/** The first line of a backup file. */
export const BACKUP_HEADER = { type: 'provenance-backup', version: 1 } as const;
const PAGE = 500;

const outletLine = z.object({ type: z.literal('outlet'), name: z.string(), slug: z.string(), aliases: z.array(z.string()), domain: z.string().nullable(), kind: z.string() });
const articleLine = z.object({
  type: z.literal('article'),
  title: z.string(),
  text: z.string(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  dateRaw: z.string().nullable(),
  dateConfidence: z.string(),
  dateIssues: z.array(z.string()),
  format: z.string(),
  sourceName: z.string().nullable(),
  importedAt: z.string(),
  // Absent from backups written before articles could be corrected.
  editedAt: z.string().nullable().optional(),
  editedBy: z.string().nullable().optional(),
});
const editorLine = z.object({ type: z.literal('editor'), name: z.string(), passwordHash: z.string(), tokens: z.array(z.object({ tokenHash: z.string(), label: z.string() })) });
const backupLine = z.discriminatedUnion('type', [outletLine, articleLine, editorLine]);

/**
 * Writes the whole store as JSON Lines: outlets, articles with everything the
 * analysers cannot recompute (text, dates as written, import times), and
 * editors with their password and token hashes. Sentences, citations, reuse
 * and fingerprints are derived, and are recomputed on restore.
 */
export async function exportStore(db: Db, write: (line: string) => void): Promise<{ articles: number }> {
  write(JSON.stringify({ ...BACKUP_HEADER }));
  for (const o of await allOutlets(db)) {
    write(JSON.stringify({ type: 'outlet', name: o.name, slug: o.slug, aliases: o.aliases, domain: o.domain, kind: o.kind }));
  }
  let cursor = 0;
  let articles = 0;
  for (;;) {
    const rows = await articlesAfter(db, cursor, PAGE);
    if (!rows.length) break;
    for (const a of rows) {
      write(
        JSON.stringify({
          type: 'article',
          title: a.title,
          text: a.text,
          outlet: a.outlet?.name ?? null,
          byline: a.byline,
          url: a.url,
          publishedAt: a.publishedAt ? a.publishedAt.toISOString().slice(0, 10) : null,
          dateRaw: a.dateRaw,
          dateConfidence: a.dateConfidence,
          dateIssues: a.dateIssues,
          format: a.format,
          sourceName: a.sourceName,
          importedAt: a.importedAt.toISOString(),
          editedAt: a.editedAt?.toISOString() ?? null,
          editedBy: a.editedBy,
        }),
      );
      articles++;
    }
    cursor = rows[rows.length - 1].id;
  }
  for (const e of await editorsWithTokens(db)) {
    write(JSON.stringify({ type: 'editor', name: e.name, passwordHash: e.passwordHash, tokens: e.tokens.map((t) => ({ tokenHash: t.tokenHash, label: t.label })) }));
  }
  return { articles };
}

export function isBackup(firstLine: string): boolean {
  try {
    const head = JSON.parse(firstLine) as { type?: string };
    return head.type === BACKUP_HEADER.type;
  } catch {
    return false;
  }
}

/**
 * Restores a backup into a store: outlets and editors upserted, articles
 * stored and analysed as on import (one transaction each, duplicates skipped),
 * so a restore interrupted half way can be run again.
 */
export async function restoreBackup(db: Db, text: string, onProgress: (done: number, total: number) => void = () => {}) {
  const lines = text.split('\n').filter((l) => l.trim());
  const parsed = lines.slice(1).map((l, i) => {
    const r = backupLine.safeParse(JSON.parse(l));
    if (!r.success) throw new Error(`backup line ${i + 2}: ${r.error.issues[0].message}`);
    return r.data;
  });
  let restored = 0;
  let duplicates = 0;
  for (const o of parsed.filter((x) => x.type === 'outlet')) {
    await restoreOutlet(db, { name: o.name, slug: o.slug, aliases: o.aliases, domain: o.domain, kind: o.kind });
  }
  const articles = parsed.filter((x) => x.type === 'article');
  for (const [i, a] of articles.entries()) {
    const extracted: ExtractedArticle = {
      title: a.title,
      text: a.text,
      outlet: a.outlet,
      outletBasis: null,
      credit: null,
      byline: a.byline,
      url: a.url,
      date: { date: a.publishedAt, raw: a.dateRaw, confidence: a.dateConfidence as ExtractedArticle['date']['confidence'], issues: a.dateIssues },
      format: a.format as ExtractedArticle['format'],
    };
    const outcome = await storeArticle(db, extracted, a.sourceName, {
      importedAt: new Date(a.importedAt),
      ...(a.editedAt && a.editedBy ? { editedAt: new Date(a.editedAt), editedBy: a.editedBy } : {}),
    });
    if (outcome.status === 'imported') restored++;
    else duplicates++;
    onProgress(i + 1, articles.length);
  }
  for (const e of parsed.filter((x) => x.type === 'editor')) {
    const editor = await upsertEditor(db, e.name, e.passwordHash);
    for (const t of e.tokens) await restoreApiToken(db, editor.id, t.tokenHash, t.label);
  }
  return { restored, duplicates };
}
