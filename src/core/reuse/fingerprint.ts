import { contentStem, forEachWordSpan, hashWordSpan, normalWord } from '../text/tokens';

/** Word n-gram length of verbatim fingerprints. */
export const WORD_GRAM = 5;
/** Winnowing window: with it, every shared run of WORD_GRAM + WINDOW - 1 = 8 words or more is guaranteed to share a fingerprint. */
export const WINDOW = 4;
/** Content-stem n-gram length of rewrite fingerprints (stop words dropped, words stemmed). */
export const STEM_GRAM = 3;

export interface Fingerprint {
  /** 53-bit hash, safe as a JavaScript number and as a PostgreSQL bigint. */
  hash: number;
  /** Word index of the n-gram's first word (in the content-stem sequence for rewrite fingerprints). */
  pos: number;
}

/** A text's words as 32-bit hashes, in token order, and each word's content-stem hash (0 for a stop word). */
export interface TextHashes {
  words: Int32Array;
  stems: Int32Array;
}

/**
 * Word hash → its content stem's hash (0 for a stop word), filled as words are
 * first seen: an open-addressing table of typed arrays, since it is read once
 * for every word of a corpus and a Map of numbers costs several times more.
 */
const STEM_TABLE_BITS = 19;
const STEM_TABLE_MAX = 200_000;
const stemKeys = new Int32Array(1 << STEM_TABLE_BITS);
const stemValues = new Int32Array(1 << STEM_TABLE_BITS);
const stemFilled = new Uint8Array(1 << STEM_TABLE_BITS);
let stemCount = 0;

function stemHashOf(h: number, text: string, start: number, end: number, folds: boolean): number {
  const mask = (1 << STEM_TABLE_BITS) - 1;
  let slot = Math.imul(h, 0x9e3779b1) >>> (32 - STEM_TABLE_BITS);
  while (stemFilled[slot]) {
    if (stemKeys[slot] === h) return stemValues[slot];
    slot = (slot + 1) & mask;
  }
  const s = contentStem(normalWord(text, start, end, folds));
  const stem = s ? hashWordSpan(s, 0, s.length) || 1 : 0;
  // Past the bound the table stops growing (it stays sparse enough to probe fast); new words are stemmed each time.
  if (stemCount < STEM_TABLE_MAX) {
    stemFilled[slot] = 1;
    stemKeys[slot] = h;
    stemValues[slot] = stem;
    stemCount++;
  }
  return stem;
}

/**
 * Hashes a text's words and their content stems in one scan, making a string
 * only for a word not seen before (to stem it). Two words whose 32-bit hashes
 * collide (about one pair in a vocabulary of 100,000) count as one word: a
 * rare extra candidate, or a changed word read as kept, never a shared run missed.
 */
export function textHashes(text: string): TextHashes {
  // At most one word for every two characters.
  const words = new Int32Array((text.length >> 1) + 1);
  const stems = new Int32Array(words.length);
  let n = 0;
  forEachWordSpan(text, (start, end, folds) => {
    const h = hashWordSpan(text, start, end);
    stems[n] = stemHashOf(h, text, start, end, folds);
    words[n++] = h;
  });
  // Copies, not views: a corpus keeps these for every text, and arrays sized for the worst case are about three times too long.
  return { words: words.slice(0, n), stems: stems.slice(0, n) };
}

/** The content stems alone, in order: what rewrite fingerprints are made of. (A loop: a typed array's filter is several times slower.) */
export function contentOnly(stems: Int32Array): Int32Array {
  const out = new Int32Array(stems.length);
  let n = 0;
  for (const s of stems) if (s !== 0) out[n++] = s;
  return out.subarray(0, n);
}

/**
 * The hash of every n-gram of a sequence of word hashes, in order (index i
 * hashes words i … i+n-1): two 32-bit lanes of MurmurHash3's mixing, folded
 * into 53 bits.
 */
export function ngramHashes(words: ArrayLike<number>, n: number, salt = 0): Float64Array {
  const out = new Float64Array(Math.max(0, words.length - n + 1));
  for (let i = 0; i < out.length; i++) {
    let h1 = 0x811c9dc5 ^ salt;
    let h2 = 0x01000193 ^ Math.imul(salt, 31);
    for (let w = i; w < i + n; w++) {
      const k = Math.imul(words[w], 0xcc9e2d51);
      h1 ^= Math.imul((k << 15) | (k >>> 17), 0x1b873593);
      h1 = Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64;
      h2 ^= Math.imul(words[w] ^ (words[w] >>> 16), 0x5bd1e995);
      h2 = Math.imul(h2 ^ (h2 >>> 15), 0x85ebca6b);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 0x85ebca6b);
    h1 = Math.imul(h1 ^ (h1 >>> 13), 0xc2b2ae35);
    h1 ^= h1 >>> 16;
    h2 ^= h2 >>> 13;
    out[i] = (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
  }
  return out;
}

/**
 * Winnowing (Schleimer, Wilkerson and Aiken 2003): the minimum hash of every
 * window of `w` consecutive n-gram hashes, rightmost on ties, each kept once.
 * Returns the positions kept.
 */
function winnowPositions(hashes: ArrayLike<number>, w: number): number[] {
  const out: number[] = [];
  if (hashes.length === 0) return out;
  if (hashes.length <= w) {
    let min = 0;
    for (let i = 1; i < hashes.length; i++) if (hashes[i] <= hashes[min]) min = i;
    return [min];
  }
  let last = -1;
  for (let start = 0; start + w <= hashes.length; start++) {
    let min = start;
    for (let i = start + 1; i < start + w; i++) if (hashes[i] <= hashes[min]) min = i;
    if (min !== last) {
      out.push(min);
      last = min;
    }
  }
  return out;
}

/** The fingerprints winnowing keeps of a list of n-gram hashes. */
export function winnow(hashes: ArrayLike<number>, w: number): Fingerprint[] {
  return winnowPositions(hashes, w).map((pos) => ({ hash: hashes[pos], pos }));
}

/** The content stems of normalised words, in order (stop words and single characters dropped). */
export function contentStems(words: string[]): string[] {
  const stems: string[] = [];
  for (const w of words) {
    const s = contentStem(w);
    if (s) stems.push(s);
  }
  return stems;
}

const VERBATIM_SALT = 0;
const STEM_SALT = 0x5f3759df;

/** Hashes of a text's word 5-grams, which verbatim fingerprints are winnowed from; alignment matches the same 5-grams. */
export const verbatimHashes = (words: ArrayLike<number>) => ngramHashes(words, WORD_GRAM, VERBATIM_SALT);
/** Hashes of its content-stem 3-grams, which survive reworded function words and inflections: rewrite fingerprints. */
const rewriteHashes = (stems: Int32Array) => ngramHashes(contentOnly(stems), STEM_GRAM, STEM_SALT);

/** The two n-gram hash lists a text's fingerprints are winnowed from: verbatim, then rewrite. */
const ngramLists = ({ words, stems }: TextHashes) => [verbatimHashes(words), rewriteHashes(stems)];

/** Every fingerprint of a text for the index, verbatim and rewrite, deduplicated by hash. */
export function articleFingerprints(text: string): Fingerprint[] {
  const seen = new Set<number>();
  return ngramLists(textHashes(text)).flatMap((h) => winnow(h, WINDOW)).filter((f) => !seen.has(f.hash) && seen.add(f.hash));
}

/**
 * The hashes of the same fingerprints, repeats kept and no objects made: what
 * an in-memory index over a whole folder needs, since it sorts them anyway.
 */
export function fingerprintHashes(hashes: TextHashes): number[] {
  const out: number[] = [];
  for (const h of ngramLists(hashes)) for (const pos of winnowPositions(h, WINDOW)) out.push(h[pos]);
  return out;
}
