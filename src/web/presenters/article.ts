import { format } from 'date-fns';
import type { ArticleRow, ArticleSummaryRow } from '../../store/articles';

export interface DateView {
  /** YYYY-MM-DD, or null when unknown or impossible. */
  iso: string | null;
  label: string;
  raw: string | null;
  confidence: string;
  issues: string[];
}

/** A stored date (midnight UTC) as a day: "13 August 2021", whatever the server's time zone. */
export const formatDay = (d: Date) => format(new Date(`${d.toISOString().slice(0, 10)}T12:00:00`), 'd MMMM yyyy');

/** How a date not stated in the text was known, beside it. */
const CONFIDENCE_NOTE: Record<string, string> = { editor: ' (set by an editor)', url: " (from the page's address)" };

function presentDate(a: { publishedAt: Date | null; dateRaw: string | null; dateConfidence: string; dateIssues: string[] }): DateView {
  const iso = a.publishedAt ? a.publishedAt.toISOString().slice(0, 10) : null;
  return {
    iso,
    label: a.publishedAt ? formatDay(a.publishedAt) + (CONFIDENCE_NOTE[a.dateConfidence] ?? '') : a.dateConfidence === 'invalid' ? `invalid ("${a.dateRaw}")` : 'unknown',
    raw: a.dateRaw,
    confidence: a.dateConfidence,
    issues: a.dateIssues,
  };
}

function presentOutlet(o: { id: number; name: string; slug: string } | null) {
  return o ? { id: o.id, name: o.name, slug: o.slug } : null;
}

export function presentArticleSummary(a: ArticleSummaryRow) {
  return {
    id: a.id,
    title: a.title,
    outlet: presentOutlet(a.outlet),
    byline: a.byline,
    // Only web addresses become links: a "javascript:" URL from an imported page must never be clickable.
    url: a.url && /^https?:\/\//i.test(a.url) ? a.url : null,
    date: presentDate(a),
    wordCount: a.wordCount,
  };
}

export function presentArticle(a: ArticleRow) {
  return {
    ...presentArticleSummary(a),
    text: a.text,
    format: a.format,
    sourceName: a.sourceName,
    importedAt: a.importedAt.toISOString(),
    analysedAt: a.analysedAt?.toISOString() ?? null,
    editedAt: a.editedAt?.toISOString() ?? null,
    editedBy: a.editedBy,
  };
}

/** The correction form's fields: the stored values, or what the editor sent when it needs fixing. */
export function presentCorrectionForm(a: ArticleRow, sent: Record<string, unknown> = {}) {
  const field = (name: string, stored: string | null) => (typeof sent[name] === 'string' ? (sent[name] as string) : (stored ?? ''));
  return {
    id: a.id,
    title: field('title', a.title),
    outlet: field('outlet', a.outlet?.name ?? null),
    byline: field('byline', a.byline),
    url: field('url', a.url),
    publishedAt: field('publishedAt', a.publishedAt?.toISOString().slice(0, 10) ?? null),
    dateRaw: a.dateRaw,
    dateIssues: a.dateIssues,
  };
}
