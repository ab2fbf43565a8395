import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A sentence of a text: `text.slice(start, end)` is the sentence as written. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

let nlp: ReturnType<typeof winkNLP> | undefined;
/** wink-nlp's English model with sentence boundaries only (three times faster than the full pipe), loaded on first use. */
function getNlp() {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

/**
 * Splits a text into sentences with character offsets. Lines are split first
 * (a headline or a dateline has no full stop), then wink-nlp splits each line,
 * which keeps "U.S.", "Dr." and "Jan. 5" whole. Cost: about 300k words a second.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      let cursor = 0;
      const doc = getNlp().readDoc(line);
      doc.sentences().each((s: { out(): string }) => {
        const piece = s.out().trim();
        if (!piece) return;
        let at = line.indexOf(piece, cursor);
        if (at < 0) at = line.indexOf(piece.slice(0, 20), cursor);
        if (at < 0) return;
        const end = Math.min(line.length, at + piece.length);
        out.push({ start: lineStart + at, end: lineStart + end, text: line.slice(at, end) });
        cursor = end;
      });
    }
    lineStart += line.length + 1;
  }
  return out;
}
