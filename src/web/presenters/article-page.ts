import type { Flag } from '../../core/classify/flags';
import type { sentencesOfArticle } from '../../store/claims';
import type { reuseOfArticle } from '../../store/reuse';
import { hidesSpeaker, NOT_NAMED } from '../../core/attribution/speakers';
import { cuePieces, presentFlag } from './sentences';
import { roleBeside, shownCue } from './sources';

type SentenceRows = Awaited<ReturnType<typeof sentencesOfArticle>>;
type ReuseRows = Awaited<ReturnType<typeof reuseOfArticle>>;

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** What a citation's source is called on the page: a passive that hides its speaker ("was accused of") names no one. */
const shownSource = (name: string, c: SentenceRows[number]['citations'][number]) => (hidesSpeaker({ ...c, sourceType: c.source.kind }) ? NOT_NAMED : name);

/** Sentences grouped into paragraphs, each with its flag labels, cue pieces and attributions. */
export function presentSentences(text: string, rows: SentenceRows) {
  const paragraphs: ReturnType<typeof presentSentence>[][] = [];
  let previousEnd = 0;
  for (const row of rows) {
    if (!paragraphs.length || text.slice(previousEnd, row.start).includes('\n')) paragraphs.push([]);
    paragraphs[paragraphs.length - 1].push(presentSentence(row));
    previousEnd = row.end;
  }
  return paragraphs;
}

function presentSentence(row: SentenceRows[number]) {
  const flags = (row.flags as unknown as Flag[]) ?? [];
  return {
    id: row.id,
    index: row.index,
    boilerplate: row.boilerplate,
    flags: flags.map(presentFlag),
    pieces: cuePieces(row.text, row.start, flags),
    attributions: row.citations.map((c) => ({
      sourceText: shownSource(c.sourceText, c),
      sourceType: c.source.kind,
      cueText: c.cueText,
      inherited: c.inherited,
      citedArticle: c.citedArticle,
    })),
  };
}

/** The sources panel: each source once, how often and how it is cited, with the cited article when stored. */
export function presentSources(rows: SentenceRows) {
  const bySource = new Map<number, { id: number | null; name: string; kind: string; role: string | null; organisation: string | null; cues: Set<string>; count: number; citedArticle: { id: number; title: string } | null }>();
  for (const c of rows.flatMap((r) => r.citations)) {
    if (c.inherited) continue;
    const name = shownSource(c.source.name, c);
    // A passive that hides its speaker has no source page: its "source" is only its verb group.
    const id = name === NOT_NAMED ? null : c.sourceId;
    const entry = bySource.get(c.sourceId) ?? { id, name, kind: c.source.kind, role: roleBeside(name, c.source.role), organisation: c.source.organisation, cues: new Set<string>(), count: 0, citedArticle: null };
    entry.count++;
    if (c.cueText) entry.cues.add(shownCue(c.cueText));
    entry.citedArticle ??= c.citedArticle;
    bySource.set(c.sourceId, entry);
  }
  return [...bySource.values()].map((s) => ({ ...s, cues: [...s.cues] })).sort((a, b) => b.count - a.count);
}

/** "Copied from" and "copied by" lists with coverage, kind and credit. */
export function presentReuse(articleId: number, reuse: ReuseRows) {
  const item = (r: ReuseRows['from'][number], other: ReuseRows['from'][number]['source']) => ({
    other: { id: other.id, title: other.title, outlet: other.outlet?.name ?? null, outletSlug: other.outlet?.slug ?? null },
    compare: `/compare/${r.sourceId}/${r.targetId}`,
    kind: r.kind,
    credited: r.credited,
    coverage: pct(r.targetCoverage),
    confidence: r.confidence,
    basis: r.directionBasis,
    passages: r._count.passages,
  });
  return {
    from: reuse.from.map((r) => item(r, r.source)),
    by: reuse.by.map((r) => item(r, r.target)),
    articleId,
  };
}
