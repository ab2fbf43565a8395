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
 * first seen: an open-addressing table in one typed array, key and value side
 * by side, since it is read for every word of a corpus (a Map of numbers costs
 * several times more). It starts small and doubles at half full: a table far
 * larger than the vocabulary misses the processor's cache on every word.
 * Key 0 marks an empty slot, so a word whose hash is 0 is stemmed each time.
 */
const STEM_TABLE_MAX_BITS = 19;
let stemBits = 14;
let stemTable = new Int32Array(2 << stemBits);
let stemCount = 0;
/** Reused between texts: words, then stems, of the text being hashed. */
let scratch = new Int32Array(1 << 16);

/**
 * Typed arrays kept per text are cut from shared slabs: each typed array with
 * memory of its own is an allocation outside the heap (about 10 µs here, so
 * 30 ms over a folder of 3,000 texts). A slab lives while any array cut from
 * it does: at most a megabyte held by a text.
 */
const SLAB_BYTES = 1 << 20;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

function slabInts(length: number): Int32Array {
  const bytes = length * 4;
  if (bytes > SLAB_BYTES / 8) return new Int32Array(length);
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const out = new Int32Array(slab, slabUsed, length);
  slabUsed += bytes;
  return out;
}

function stemSlot(table: Int32Array, bits: number, h: number): number {
  const mask = (1 << bits) - 1;
  let slot = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
  while (table[2 * slot] !== 0 && table[2 * slot] !== h) slot = (slot + 1) & mask;
  return slot;
}

function growStemTable(): void {
  const old = stemTable;
  stemBits++;
  stemTable = new Int32Array(2 << stemBits);
  for (let i = 0; i < old.length; i += 2) {
    if (old[i] === 0) continue;
    const slot = stemSlot(stemTable, stemBits, old[i]);
    stemTable[2 * slot] = old[i];
    stemTable[2 * slot + 1] = old[i + 1];
  }
}

function stemHashOf(h: number, text: string, start: number, end: number, folds: boolean): number {
  const slot = stemSlot(stemTable, stemBits, h);
  if (stemTable[2 * slot] === h && h !== 0) return stemTable[2 * slot + 1];
  const s = contentStem(normalWord(text, start, end, folds));
  const stem = s ? hashWordSpan(s, 0, s.length) || 1 : 0;
  if (h === 0) return stem;
  // Past its largest size the table stops growing (it stays sparse enough to probe fast); new words are stemmed each time.
  if (stemCount >= 1 << (stemBits - 1)) {
    if (stemBits === STEM_TABLE_MAX_BITS) return stem;
    growStemTable();
    return stemHashOf(h, text, start, end, folds);
  }
  stemTable[2 * slot] = h;
  stemTable[2 * slot + 1] = stem;
  stemCount++;
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
  const room = (text.length >> 1) + 1;
  if (scratch.length < 2 * room) scratch = new Int32Array(Math.max(2 * room, 2 * scratch.length));
  const buffer = scratch;
  let n = 0;
  forEachWordSpan(text, (start, end, folds) => {
    const h = hashWordSpan(text, start, end);
    buffer[room + n] = stemHashOf(h, text, start, end, folds);
    buffer[n++] = h;
  });
  // One exact-size copy for both: a corpus keeps these for every text.
  const both = slabInts(2 * n);
  both.set(buffer.subarray(0, n));
  both.set(buffer.subarray(room, room + n), n);
  return { words: both.subarray(0, n), stems: both.subarray(n) };
}

/** The content stems alone, in order, into `out` (at least as long): what rewrite fingerprints are made of. (A loop: a typed array's filter is several times slower.) */
export function contentOnly(stems: Int32Array, out = new Int32Array(stems.length)): Int32Array {
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
 * Winnowing (Schleimer, Wilkerson and Aiken 2003): the minimum of every window
 * of `w` consecutive n-gram hashes (the first `count`), rightmost on ties,
 * each visited once, by position.
 */
function forEachWinnowed(hashes: ArrayLike<number>, count: number, w: number, keep: (pos: number) => void): void {
  if (count === 0) return;
  const span = Math.min(w, count);
  let last = -1;
  for (let start = 0; start + span <= count; start++) {
    let min = start;
    for (let i = start + 1; i < start + span; i++) if (hashes[i] <= hashes[min]) min = i;
    if (min !== last) keep((last = min));
  }
}

function winnowPositions(hashes: ArrayLike<number>, w: number): number[] {
  const out: number[] = [];
  forEachWinnowed(hashes, hashes.length, w, (pos) => out.push(pos));
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
 * 32-bit hashes of the n-grams of `seq` into `out` (one lane of MurmurHash3's
 * mixing); returns how many.
 */
function ngramHashes32(seq: ArrayLike<number>, n: number, salt: number, out: Int32Array): number {
  const grams = Math.max(0, seq.length - n + 1);
  for (let i = 0; i < grams; i++) {
    let h = salt;
    for (let w = i; w < i + n; w++) {
      const k = Math.imul(seq[w], 0xcc9e2d51);
      h ^= Math.imul((k << 15) | (k >>> 17), 0x1b873593);
      h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
    }
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    out[i] = h ^ (h >>> 16);
  }
  return grams;
}

/** Reused between texts by corpusFingerprints: content stems, n-gram hashes, fingerprints kept. */
let contentScratch = new Int32Array(1 << 14);
let gramScratch = new Int32Array(1 << 14);
let keptScratch = new Int32Array(1 << 15);

/**
 * Fingerprints for an in-memory index over a whole folder: the same n-grams
 * and winnowing as articleFingerprints, with the same guarantee, but 32-bit
 * hashes, repeats kept, and no object or intermediate array per text. A
 * folder holds millions of fingerprints, and a shared one only proposes a
 * pair of texts, which the comparison then checks.
 */
export function corpusFingerprints({ words, stems }: TextHashes): Int32Array {
  if (contentScratch.length < stems.length) contentScratch = new Int32Array(2 * stems.length);
  if (gramScratch.length < words.length) gramScratch = new Int32Array(2 * words.length);
  if (keptScratch.length < 2 * words.length) keptScratch = new Int32Array(4 * words.length);
  const [content, grams, kept] = [contentScratch, gramScratch, keptScratch];
  let k = 0;
  const keep = (pos: number) => void (kept[k++] = grams[pos]);
  forEachWinnowed(grams, ngramHashes32(words, WORD_GRAM, VERBATIM_SALT, grams), WINDOW, keep);
  forEachWinnowed(grams, ngramHashes32(contentOnly(stems, content), STEM_GRAM, STEM_SALT, grams), WINDOW, keep);
  const out = slabInts(k);
  out.set(kept.subarray(0, k));
  return out;
}
