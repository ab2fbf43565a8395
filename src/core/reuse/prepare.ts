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
 * A text made ready for comparison: tokens at once (cheap, they make the
 * fingerprints), sentences on first use (wink-nlp costs more, and most texts
 * of a corpus are never compared with anything).
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
 * not a spread, which would compute the lazy sentences at once.
 */
export function prepareText(text: string): PreparedText {
  const tokens = tokenize(text);
  let sentences: PreparedSentence[] | undefined;
  return {
    text,
    tokens,
    get sentences() {
      return (sentences ??= prepareSentences(text, tokens));
    },
  };
}

function prepareSentences(text: string, tokens: Token[]): PreparedSentence[] {
  return splitSentences(text).map((s) => {
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
}
