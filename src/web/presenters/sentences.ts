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

/**
 * Splits a sentence into plain and cue pieces, so the view underlines cue
 * words without building HTML. A quote's "cue" is the quoted words themselves,
 * which the quote marks already show; it would hide the cues inside it ("sixth angel").
 */
export function cuePieces(text: string, start: number, flags: Flag[]): TextPiece[] {
  const cues = flags
    .filter((f) => f.flag !== 'quote')
    .flatMap((f) => f.cues.map((c) => ({ ...c, flag: f.flag })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TextPiece[] = [];
  let at = start;
  for (const c of cues) {
    if (c.start < at || c.end <= c.start) continue;
    if (c.start > at) pieces.push({ text: text.slice(at - start, c.start - start), cue: null });
    pieces.push({ text: text.slice(c.start - start, c.end - start), cue: c.flag });
    at = c.end;
  }
  if (at < start + text.length) pieces.push({ text: text.slice(at - start), cue: null });
  return pieces;
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
