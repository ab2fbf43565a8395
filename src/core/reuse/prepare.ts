import { DATELINE } from '../extract/boilerplate';
import { splitSentences } from '../text/sentences';
import { type WordSpans, wordSpans } from '../text/tokens';
import { type TextHashes, textHashes } from './fingerprint';

export interface PreparedSentence {
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Content stems (as hashes), each once, in order of first use: for pairing rewritten sentences. */
  stems: number[];
}

/**
 * A text made ready for comparison: word spans, hashes and sentences are
 * computed on first use and kept. Most texts of a large corpus are never
 * compared with anything, so only what a comparison needs is made, and only
 * for the texts that pair.
 */
export interface PreparedText {
  readonly text: string;
  /** Where each word (token) is: offsets for the passages. */
  readonly spans: WordSpans;
  /** Word and content-stem hashes, one a token: what alignment and pairing compare. */
  readonly hashes: TextHashes;
  readonly sentences: PreparedSentence[];
}

function firstTokenAtOrAfter(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Prepares a text; add facts with `Object.assign(prepareText(t), { outlet })`,
 * not a spread, which would compute the lazy spans, hashes and sentences at once.
 */
export function prepareText(text: string): PreparedText {
  let spans: WordSpans | undefined;
  let hashes: TextHashes | undefined;
  let sentences: PreparedSentence[] | undefined;
  return {
    text,
    get spans() {
      return (spans ??= wordSpans(text));
    },
    get hashes() {
      return (hashes ??= textHashes(text));
    },
    get sentences() {
      return (sentences ??= prepareSentences(text, this.spans.starts, this.hashes.stems));
    },
  };
}

function prepareSentences(text: string, starts: Int32Array, stemOfToken: Int32Array): PreparedSentence[] {
  return splitSentences(text).map((s) => {
    // "WASHINGTON, March 3 (Reuters) - Tesla is recalling…": a copy drops the wire's dateline and keeps the sentence.
    const start = s.start + (DATELINE.exec(text.slice(s.start, s.end))?.[0].length ?? 0);
    const tokenStart = firstTokenAtOrAfter(starts, start);
    const tokenEnd = firstTokenAtOrAfter(starts, s.end);
    // A sentence has a few dozen words: a scan of the list costs less than a Set.
    const stems: number[] = [];
    for (let t = tokenStart; t < tokenEnd; t++) if (stemOfToken[t] !== 0 && !stems.includes(stemOfToken[t])) stems.push(stemOfToken[t]);
    return { start, end: s.end, tokenStart, tokenEnd, stems };
  });
}
