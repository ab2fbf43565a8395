import type { Flag } from '../../core/classify/flags';

export const FLAG_LABELS: Record<string, string> = {
  attributed: 'Attributed',
  unsourced: 'Unsourced',
  opinion: 'Opinion',
  speculative: 'Speculative',
  prophetic: 'Prophetic',
  quote: 'Quote',
};

/** A piece of a sentence's text, marked when it is a cue word of some flag. */
export interface TextPiece {
  text: string;
  cue: string | null;
}

/** Splits a sentence into plain and cue pieces, so the view underlines cue words without building HTML. */
export function cuePieces(text: string, start: number, flags: Flag[]): TextPiece[] {
  const cues = flags
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
