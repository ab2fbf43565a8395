import { splitSentences } from '../text/sentences';
import { type Token, tokenize } from '../text/tokens';
import { contentStems } from './fingerprint';

export interface PreparedSentence {
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Content stems, for pairing rewritten sentences. */
  stems: Set<string>;
  /** Adjacent content-stem pairs, for "shared in order". */
  stemPairs: Set<string>;
  /** Numbers written in the sentence ("10", "34", "2021"). */
  numbers: string[];
}

/** A text made ready for comparison: tokens and sentences, computed once per article. */
export interface PreparedText {
  text: string;
  tokens: Token[];
  sentences: PreparedSentence[];
}

function firstTokenAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function prepareText(text: string): PreparedText {
  const tokens = tokenize(text);
  const sentences = splitSentences(text).map((s) => {
    const tokenStart = firstTokenAtOrAfter(tokens, s.start);
    const tokenEnd = firstTokenAtOrAfter(tokens, s.end);
    const own = tokens.slice(tokenStart, tokenEnd);
    const stems = contentStems(own).stems;
    return {
      start: s.start,
      end: s.end,
      tokenStart,
      tokenEnd,
      stems: new Set(stems),
      stemPairs: new Set(stems.slice(1).map((st, k) => `${stems[k]} ${st}`)),
      numbers: own.filter((t) => /^\d/.test(t.norm)).map((t) => t.norm),
    };
  });
  return { text, tokens, sentences };
}
