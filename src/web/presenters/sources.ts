import type { getSource, SourceListRow } from '../../store/sources';
import { formatDay } from './article';
import { splitAtSpans } from './sentences';

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

/** A role worth printing beside a name: not one the name already says ("her son", "son"). */
export const roleBeside = (name: string, role: string | null): string | null =>
  // "Wes Streeting, the health secretary": a role opening a sentence kept its capital there, not after a name.
  role && !name.toLowerCase().includes(role.toLowerCase()) ? role.replace(/^(?:The|A|An)\s/, (d) => d.toLowerCase()) : null;

/** A cue as a reader names it: a transcript's ":" is its label, a dash under a quote or a post its signature. */
export const shownCue = (cue: string): string => (cue === ':' ? 'label' : /^[―—–-]$/.test(cue) ? 'signature' : cue);

export const presentSourceRow = (r: SourceListRow) => ({ ...r, role: roleBeside(r.name, r.role), kindLabel: SOURCE_KIND_LABELS[r.kind] ?? r.kind, latest: day(r.latest) });

type SourceWithCitations = NonNullable<Awaited<ReturnType<typeof getSource>>>;
type CitationRow = SourceWithCitations['citations'][number];

/** A citing sentence in pieces, its source and cue words marked. */
function citationPieces(c: CitationRow) {
  const spans: { start: number; end: number; mark: 'source' | 'cue' }[] = [{ start: c.sourceStart, end: c.sourceEnd, mark: 'source' }];
  if (c.cueStart !== null && c.cueEnd !== null) spans.push({ start: c.cueStart, end: c.cueEnd, mark: 'cue' });
  return splitAtSpans(c.sentence!.text, c.sentence!.start, spans);
}

/** A source's page: who it is, and every citing sentence grouped by article, newest article first. */
export function presentSource({ source, citations }: SourceWithCitations, sameSurname: { surname: string; people: { id: number; name: string; articles: number }[] } | null, limit: number) {
  type CitingArticle = { id: number; title: string; date: string | null; outlet: { name: string; slug: string } | null; ownReporting: boolean };
  const articles = new Map<number, CitingArticle & { sentences: { id: number; index: number; cue: string | null; pieces: ReturnType<typeof citationPieces> }[] }>();
  for (const c of citations) {
    if (!c.sentence) continue;
    const a = articles.get(c.article.id) ?? {
      id: c.article.id,
      title: c.article.title,
      date: day(c.article.publishedAt),
      outlet: c.article.outlet,
      // "U.S. News has learned" in U.S. News's own article: the outlet vouching for itself, not citing anyone.
      ownReporting: !!source.outlet && c.article.outlet?.slug === source.outlet.slug,
      sentences: [],
    };
    a.sentences.push({ id: c.sentence.id, index: c.sentence.index, cue: c.cueText && shownCue(c.cueText), pieces: citationPieces(c) });
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
    // Kept apart unless an article gives the full name: the page shows the others so a reader can judge.
    sameSurname: sameSurname?.people.length ? sameSurname : null,
    truncated: citations.length >= limit,
  };
}
