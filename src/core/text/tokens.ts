import { eng as ENGLISH_STOPWORDS } from 'stopword';
import { stemmer } from 'stemmer';

/** The offsets of a text's words, in order: word i is `text.slice(starts[i], ends[i])`. */
export interface WordSpans {
  starts: Int32Array;
  ends: Int32Array;
}

/** English stop words (the `stopword` package): words that carry no content of their own. */
export const STOPWORDS: ReadonlySet<string> = new Set(ENGLISH_STOPWORDS);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 neither. */
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP_CLASS[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Length (1, or 2 for a surrogate pair) of the letter or digit at `i`, else 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return BMP_CLASS[c] & 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let cls = BMP_CLASS[c];
  if (cls === 0) cls = BMP_CLASS[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return cls === 1 ? 1 : 0;
}

const APOSTROPHE = 0x2019;
const isJoiner = (c: number) => c === APOSTROPHE || c === 39 || c === 46 || c === 45; // ’ ' . -

/**
 * Visits the span of every word of a text: runs of letters and digits, joined
 * by single ’ ' . or - between them, exactly as
 * /[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+)*\/gu would match, scanned by hand
 * because this runs over every text of a corpus. `folds` says whether the
 * word holds an apostrophe or a dot, which its normal form drops.
 */
export function forEachWordSpan(text: string, visit: (start: number, end: number, folds: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = wordCharAt(text, i);
    if (!first) {
      i++;
      continue;
    }
    const start = i;
    let folds = false;
    i += first;
    for (;;) {
      let w: number;
      while (i < n && (w = wordCharAt(text, i))) i += w;
      const c = text.charCodeAt(i);
      if (i + 1 < n && isJoiner(c) && wordCharAt(text, i + 1)) {
        folds ||= c !== 45;
        i++;
        continue;
      }
      break;
    }
    visit(start, i, folds);
  }
}

/** The normal form of the word at [start, end): lower-cased with apostrophes and dots folded ("U.S." → "us", "Taliban’s" → "talibans"). */
export function normalWord(text: string, start: number, end: number, folds: boolean): string {
  const word = text.slice(start, end).toLowerCase();
  return folds ? word.replace(/[’'.]/g, '') : word;
}

/** Lower case of a BMP code unit, filled on first sight (0: not yet known); a letter whose lower case is longer keeps its own. */
const LOWER = new Uint16Array(0x10000);
for (let c = 0; c < 128; c++) LOWER[c] = c >= 65 && c <= 90 ? c | 0x20 : c;

function lowerCodeUnit(c: number): number {
  let lower = LOWER[c];
  if (lower === 0 && c !== 0) {
    const l = String.fromCharCode(c).toLowerCase();
    lower = LOWER[c] = l.length === 1 ? l.charCodeAt(0) : c;
  }
  return lower;
}

/**
 * 32-bit FNV-1a of the normal form of the word at [start, end) (lower case,
 * apostrophes and dots dropped), read off the text without making a string:
 * what fingerprinting needs of every word of a corpus. A few letters whose
 * lower case depends on context (a final Σ) hash as their single-letter lower case.
 */
export function hashWordSpan(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === APOSTROPHE || c === 39 || c === 46) continue;
    h = Math.imul(h ^ (c < 128 ? LOWER[c] : lowerCodeUnit(c)), 0x01000193);
  }
  return h;
}

/** Where the words of a text are (see forEachWordSpan for what a word is), without a string a word. */
export function wordSpans(text: string): WordSpans {
  const starts = new Int32Array((text.length >> 1) + 1);
  const ends = new Int32Array(starts.length);
  let n = 0;
  forEachWordSpan(text, (start, end) => {
    starts[n] = start;
    ends[n++] = end;
  });
  return { starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

/** The normalised words of a text, in order. */
export function splitWords(text: string): string[] {
  const out: string[] = [];
  forEachWordSpan(text, (start, end, folds) => out.push(normalWord(text, start, end, folds)));
  return out;
}

/** A share's unit, written out or not ("80%", "80 per cent", "80 percent"): the figure carries the content. */
const SHARE_UNITS = new Set(['per', 'cent', 'percent', 'pc']);

const stemCache = new Map<string, string>();
/**
 * The Porter stem of a normalised word that carries content, or '' for a stop
 * word, a share's unit or a single character. Cached (one look-up per word of a corpus): the
 * same words recur across a corpus.
 */
export function contentStem(norm: string): string {
  let s = stemCache.get(norm);
  if (s === undefined) {
    s = norm.length <= 1 || STOPWORDS.has(norm) || SHARE_UNITS.has(norm) ? '' : /\d/.test(norm) ? norm : stemmer(norm);
    if (stemCache.size < 200_000) stemCache.set(norm, s);
  }
  return s;
}
