import { contentStem } from '../text/tokens';

/** Word n-gram length of verbatim fingerprints. */
export const WORD_GRAM = 5;
/** Winnowing window: with it, every shared run of WORD_GRAM + WINDOW - 1 = 8 words or more is guaranteed to share a fingerprint. */
export const WINDOW = 4;
/** Content-stem n-gram length of rewrite fingerprints (stop words dropped, words stemmed). */
export const STEM_GRAM = 3;

export interface Fingerprint {
  /** 53-bit hash, safe as a JavaScript number and as a PostgreSQL bigint. */
  hash: number;
  /** Token index of the n-gram's first word (in the stem sequence for rewrite fingerprints). */
  pos: number;
}

/** FNV-1a over a string, two 32-bit lanes folded into 53 bits: fast, and collisions are rare at 20M rows. */
export function hashString(s: string, salt = 0): number {
  return ngramHashes([s], 1, salt)[0];
}

/**
 * The hash of every n-gram of `words`, in order (index i hashes words i … i+n-1):
 * FNV-1a over the words joined by spaces, computed without building the
 * strings, since this runs on every word of every article.
 */
export function ngramHashes(words: string[], n: number, salt = 0): number[] {
  const out: number[] = [];
  for (let i = 0; i + n <= words.length; i++) {
    let h1 = 0x811c9dc5 ^ salt;
    let h2 = 0x01000193 ^ (salt * 31);
    for (let w = i; w < i + n; w++) {
      if (w > i) {
        h1 = Math.imul(h1 ^ 0x20, 0x01000193);
        h2 = Math.imul(h2 ^ 0x20, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
      const word = words[w];
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
    }
    out.push((h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff));
  }
  return out;
}

/**
 * Winnowing (Schleimer, Wilkerson and Aiken 2003): the minimum hash of every
 * window of `w` consecutive n-gram hashes, rightmost on ties, each kept once.
 * Returns the positions kept.
 */
function winnowPositions(hashes: number[], w: number): number[] {
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
export function winnow(hashes: number[], w: number): Fingerprint[] {
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

/** Verbatim fingerprints use no salt, so alignment can hash the same 5-grams with `ngramHashes(words, WORD_GRAM)`. */
const VERBATIM_SALT = 0;
const STEM_SALT = 0x5f3759df;

/** Hashes of a text's word 5-grams (its normalised words, as `splitWords` gives them), which verbatim fingerprints are winnowed from. */
const verbatimHashes = (words: string[]) => ngramHashes(words, WORD_GRAM, VERBATIM_SALT);
/** Hashes of its content-stem 3-grams, which survive reworded function words and inflections: rewrite fingerprints. */
const rewriteHashes = (words: string[]) => ngramHashes(contentStems(words), STEM_GRAM, STEM_SALT);

/** Verbatim fingerprints: winnowed word 5-grams of a text's normalised words. */
export function verbatimFingerprints(words: string[]): Fingerprint[] {
  return winnow(verbatimHashes(words), WINDOW);
}

/** Every fingerprint of a text for the index, from its normalised words: verbatim and rewrite, deduplicated by hash. */
export function articleFingerprints(words: string[]): Fingerprint[] {
  const seen = new Set<number>();
  return [verbatimHashes(words), rewriteHashes(words)].flatMap((h) => winnow(h, WINDOW)).filter((f) => !seen.has(f.hash) && seen.add(f.hash));
}

/**
 * The hashes of the same fingerprints, repeats kept and no objects made: what
 * an in-memory index over a whole folder needs, since it sorts them anyway.
 */
export function fingerprintHashes(words: string[]): number[] {
  return [verbatimHashes(words), rewriteHashes(words)].flatMap((h) => winnowPositions(h, WINDOW).map((pos) => h[pos]));
}
