import { diffPassage } from '../../core/reuse/word-diff';
import type { ArticleRow } from '../../store/articles';
import type { reuseBetween } from '../../store/reuse';

type ReuseRow = NonNullable<Awaited<ReturnType<typeof reuseBetween>>>;

/** A run of one side's text: outside any passage, or inside passage `passage` with its word-level change. */
export interface Segment {
  text: string;
  passage: number | null;
  change: 'same' | 'added' | 'removed' | null;
}

interface Span {
  passage: number;
  start: number;
  end: number;
  pieces: { text: string; change: 'same' | 'added' | 'removed' }[];
}

/** One side's text cut into segments around its passages (a passage overlapping an earlier one is shown once). */
function segmentsOf(text: string, spans: Span[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    if (s.start < at) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start), passage: null, change: null });
    for (const p of s.pieces) out.push({ text: p.text, passage: s.passage, change: p.change });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), passage: null, change: null });
  return out;
}

/** What decided which article is the source, in words. */
const DIRECTION_BASIS: Record<string, string> = {
  dates: 'their publication dates',
  citation: 'the copy naming its source',
  agency: 'one being a news agency, whose copy outlets take',
  release: 'one being a press release, written to be reprinted',
  containment: 'how much of each text the shared part covers',
  attribution: 'the attributions each version keeps',
  corpus: 'the other texts that share with both, which share more with the source',
};

function directionText(basis: string, confidence: number): string {
  const by = DIRECTION_BASIS[basis];
  return by ? `The source is decided by ${by} (confidence ${confidence}).` : `Which one is the source is a guess: nothing decides it (confidence ${confidence}).`;
}

/**
 * The compare page: source on the left, copy on the right, passages numbered
 * in the copy's order, words only in the source marked removed and words only
 * in the copy marked added.
 */
export function presentCompare(source: ArticleRow, target: ArticleRow, reuse: ReuseRow, targetClaims: { id: number; start: number; end: number }[]) {
  // A passage's claim to trace: the copy's first sentence that it overlaps.
  const claimAt = (start: number, end: number) => targetClaims.find((c) => c.end > start && c.start < end)?.id ?? null;
  const sourceSpans: Span[] = [];
  const targetSpans: Span[] = [];
  reuse.passages.forEach((p, i) => {
    const from = source.text.slice(p.sourceStart, p.sourceEnd);
    const to = target.text.slice(p.targetStart, p.targetEnd);
    const diff = diffPassage(from, to) ?? [
      { op: 'removed' as const, text: from },
      { op: 'added' as const, text: to },
    ];
    sourceSpans.push({ passage: i + 1, start: p.sourceStart, end: p.sourceEnd, pieces: diff.filter((d) => d.op !== 'added').map((d) => ({ text: d.text, change: d.op })) });
    targetSpans.push({ passage: i + 1, start: p.targetStart, end: p.targetEnd, pieces: diff.filter((d) => d.op !== 'removed').map((d) => ({ text: d.text, change: d.op })) });
  });
  const side = (a: ArticleRow, spans: Span[]) => ({
    id: a.id,
    title: a.title,
    outlet: a.outlet ? { name: a.outlet.name, slug: a.outlet.slug } : null,
    date: a.publishedAt ? a.publishedAt.toISOString().slice(0, 10) : null,
    segments: segmentsOf(a.text, spans),
  });
  const sourceName = source.outlet?.name ?? `article ${source.id}`;
  const targetName = target.outlet?.name ?? `article ${target.id}`;
  return {
    summary: `${targetName} ${reuse.credited ? 'credits' : 'does not credit'} ${sourceName}: ${reuse.passages.length} shared passage${reuse.passages.length === 1 ? '' : 's'} (${reuse.kind}), ${Math.round(reuse.targetCoverage * 100)}% of the copy. ${directionText(reuse.directionBasis, reuse.confidence)}`,
    kind: reuse.kind,
    credited: reuse.credited,
    confidence: reuse.confidence,
    basis: reuse.directionBasis,
    passages: reuse.passages.map((p, i) => ({
      number: i + 1,
      kind: p.kind,
      similarity: p.similarity,
      sourceStart: p.sourceStart,
      sourceEnd: p.sourceEnd,
      targetStart: p.targetStart,
      targetEnd: p.targetEnd,
      traceSentenceId: claimAt(p.targetStart, p.targetEnd),
    })),
    source: side(source, sourceSpans),
    target: side(target, targetSpans),
  };
}
