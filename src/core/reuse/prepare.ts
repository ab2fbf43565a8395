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

/**
 * A text made ready for comparison: tokens and sentences are computed on
 * first use and kept. Most texts of a large corpus are never compared with
 * anything, and keeping millions of tokens alive for them costs more in
 * garbage collection than tokenizing the few that pair twice.
 */
export interface PreparedText {
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: PreparedSentence[];
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

/**
 * Prepares a text; add facts with `Object.assign(prepareText(t), { outlet })`,
 * not a spread, which would compute the lazy tokens and sentences at once.
 */
export function prepareText(text: string): PreparedText {
  let tokens: Token[] | undefined;
  let sentences: PreparedSentence[] | undefined;
  return {
    text,
    get tokens() {
      return (tokens ??= tokenize(text));
    },
    get sentences() {
      return (sentences ??= prepareSentences(text, this.tokens));
    },
  };
}

function prepareSentences(text: string, tokens: Token[]): PreparedSentence[] {
  return splitSentences(text).map((s) => {
    const tokenStart = firstTokenAtOrAfter(tokens, s.start);
    const tokenEnd = firstTokenAtOrAfter(tokens, s.end);
    const own = tokens.slice(tokenStart, tokenEnd);
    const stems = contentStems(own.map((t) => t.norm));
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
}
