import { eng as ENGLISH_STOPWORDS } from 'stopword';
import { stemmer } from 'stemmer';

/** A word of a text with its offsets: `text.slice(start, end)` is the word as written. */
export interface Token {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+)*/gu;
const STOPWORDS = new Set(ENGLISH_STOPWORDS);

/** Words of a text, lower-cased with apostrophes and dots folded ("U.S." → "us", "Taliban’s" → "talibans"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ norm: m[0].toLowerCase().replace(/[’'.]/g, ''), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}

const stems = new Map<string, string>();
/** Porter stem of a normalised word, cached: the same words recur across a corpus. */
export function stem(norm: string): string {
  let s = stems.get(norm);
  if (s === undefined) {
    s = /\d/.test(norm) ? norm : stemmer(norm);
    if (stems.size < 200_000) stems.set(norm, s);
  }
  return s;
}
