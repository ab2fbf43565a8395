import type { Flag } from '../../core/classify/flags';
import type { listFlaggedSentences } from '../../store/claims';

export const FLAG_LABELS: Record<string, string> = {
  attributed: 'Attributed',
  unsourced: 'Unsourced',
  opinion: 'Opinion',
  speculative: 'Speculative',
  prophetic: 'Prophetic',
  quote: 'Quote',
};

/** A flag as pages show it: its label, score and each cue word once. */
export const presentFlag = (f: Flag) => ({ flag: f.flag, label: FLAG_LABELS[f.flag] ?? f.flag, score: f.score, cues: [...new Set(f.cues.map((c) => c.text))] });

/** A piece of a sentence's text, marked when it is a cue word of some flag. */
export interface TextPiece {
  text: string;
  cue: string | null;
}

/** Markdown's emphasis marks around words, which a pasted text keeps: "by **accepting** the credentials", "*Staff*". */
const EMPHASIS = /\*\*|__|(?<![\p{L}\p{N}*])\*(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.!?'’])\*(?![\p{L}\p{N}*])/gu;

/**
 * Cuts a sentence (starting at `start` in its article) into plain pieces and
 * pieces marked by the spans, so a view marks words without building HTML.
 * Spans are clipped to the sentence; one overlapping an earlier span is dropped.
 * Markdown's emphasis marks are left out of the pieces: the page shows the words.
 */
export function splitAtSpans<M>(text: string, start: number, spans: { start: number; end: number; mark: M }[]): { text: string; mark: M | null }[] {
  const end = start + text.length;
  const sorted = spans
    .map((x) => ({ ...x, start: Math.max(x.start, start), end: Math.min(x.end, end) }))
    .filter((x) => x.end > x.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: { text: string; mark: M | null }[] = [];
  let at = start;
  for (const x of sorted) {
    if (x.start < at) continue;
    if (x.start > at) pieces.push({ text: text.slice(at - start, x.start - start), mark: null });
    pieces.push({ text: text.slice(x.start - start, x.end - start), mark: x.mark });
    at = x.end;
  }
  if (at < end) pieces.push({ text: text.slice(at - start), mark: null });
  return pieces.map((p) => ({ ...p, text: p.text.replace(EMPHASIS, '') }));
}

/**
 * Splits a sentence into plain and cue pieces, so the view underlines cue
 * words without building HTML. A quote's "cue" is the quoted words themselves,
 * which the quote marks already show; it would hide the cues inside it ("sixth angel").
 */
export function cuePieces(text: string, start: number, flags: Flag[]): TextPiece[] {
  const cues = flags.filter((f) => f.flag !== 'quote').flatMap((f) => f.cues.map((c) => ({ start: c.start, end: c.end, mark: f.flag as string })));
  return splitAtSpans(text, start, cues).map((p) => ({ text: p.text, cue: p.mark }));
}

type FlaggedRow = Awaited<ReturnType<typeof listFlaggedSentences>>['rows'][number];

/** A flagged sentence out of its article: its flags with their cue words, the text cut at the cues, and where it stands. */
export function presentFlaggedSentence(row: FlaggedRow) {
  const flags = (row.flags as unknown as Flag[]) ?? [];
  return {
    id: row.id,
    index: row.index,
    article: { id: row.article.id, title: row.article.title, outlet: row.article.outlet },
    flags: flags.map(presentFlag),
    pieces: cuePieces(row.text, row.start, flags),
  };
}
