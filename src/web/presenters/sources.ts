import type { getSource, SourceListRow } from '../../store/sources';
import { formatDay } from './article';

export const SOURCE_KIND_LABELS: Record<string, string> = {
  person: 'Person',
  organisation: 'Organisation',
  outlet: 'Outlet',
  document: 'Document',
  anonymous: 'Anonymous',
  weasel: 'Weasel words',
  unknown: 'Unknown',
};
export const SOURCE_KINDS = Object.keys(SOURCE_KIND_LABELS) as [string, ...string[]];

const day = (d: Date | null) => (d ? formatDay(d) : null);

export const presentSourceRow = (r: SourceListRow) => ({ ...r, kindLabel: SOURCE_KIND_LABELS[r.kind] ?? r.kind, latest: day(r.latest) });

type SourceWithCitations = NonNullable<Awaited<ReturnType<typeof getSource>>>;
type CitationRow = SourceWithCitations['citations'][number];

/** A citing sentence in pieces, its source and cue words marked, so the view marks them without building HTML. */
function citationPieces(c: CitationRow): { text: string; mark: 'source' | 'cue' | null }[] {
  const s = c.sentence!;
  const spans = [
    { start: c.sourceStart, end: c.sourceEnd, mark: 'source' as const },
    ...(c.cueStart !== null && c.cueEnd !== null ? [{ start: c.cueStart, end: c.cueEnd, mark: 'cue' as const }] : []),
  ]
    .map((x) => ({ ...x, start: Math.max(x.start, s.start) - s.start, end: Math.min(x.end, s.start + s.text.length) - s.start }))
    .filter((x) => x.end > x.start)
    .sort((a, b) => a.start - b.start);
  const pieces: { text: string; mark: 'source' | 'cue' | null }[] = [];
  let at = 0;
  for (const x of spans) {
    if (x.start < at) continue;
    if (x.start > at) pieces.push({ text: s.text.slice(at, x.start), mark: null });
    pieces.push({ text: s.text.slice(x.start, x.end), mark: x.mark });
    at = x.end;
  }
  if (at < s.text.length) pieces.push({ text: s.text.slice(at), mark: null });
  return pieces;
}

/** A source's page: who it is, and every citing sentence grouped by article, newest article first. */
export function presentSource({ source, citations }: SourceWithCitations, limit: number) {
  const articles = new Map<number, { id: number; title: string; date: string | null; outlet: { name: string; slug: string } | null; sentences: { id: number; index: number; cue: string | null; pieces: ReturnType<typeof citationPieces> }[] }>();
  for (const c of citations) {
    if (!c.sentence) continue;
    const a = articles.get(c.article.id) ?? { id: c.article.id, title: c.article.title, date: day(c.article.publishedAt), outlet: c.article.outlet, sentences: [] };
    a.sentences.push({ id: c.sentence.id, index: c.sentence.index, cue: c.cueText, pieces: citationPieces(c) });
    articles.set(c.article.id, a);
  }
  return {
    id: source.id,
    kind: source.kind,
    kindLabel: SOURCE_KIND_LABELS[source.kind] ?? source.kind,
    name: source.name,
    role: source.role,
    organisation: source.organisation,
    outlet: source.outlet,
    // How the articles wrote it: "Mr. Clarke", "Clarke" and "a man named Tom Clarke" are one source, and the page says so.
    writtenAs: [...new Set(citations.map((c) => c.sourceText.replace(/\s+/g, ' ').trim()))].filter((t) => t !== source.name).slice(0, 12),
    citedArticles: [...new Map(citations.flatMap((c) => (c.citedArticle ? [[c.citedArticle.id, c.citedArticle]] : []))).values()],
    articles: [...articles.values()],
    truncated: citations.length >= limit,
  };
}
