import { compareArticles, reverseFinding, type ReuseFinding } from './compare';
import type { ArticleFacts } from './direction';
import { corpusFingerprints } from './fingerprint';
import type { PreparedText } from './prepare';

/** A finding between two documents of a corpus, oriented source → target. */
export interface CorpusPair<Id> {
  source: Id;
  target: Id;
  finding: ReuseFinding;
}

function inside(start: number, end: number, spans: [number, number][]): number {
  const overlap = spans.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, end) - Math.max(s, start)), 0);
  return end > start ? overlap / (end - start) : 0;
}

/** How much more alike a copy must be to one text than to another before it is read as that text's copy. */
const NEARER_SIMILARITY = 0.03;

/**
 * Whether a copy took its text from one source rather than another: the one it credits, when it credits one of the
 * two, else the one it is clearly more alike ("20 per cent" as the Daily Mail wrote it, not the Times's "20 percent").
 */
const isNearer = (a: ReuseFinding, b: ReuseFinding) => (a.credited !== b.credited ? a.credited : a.similarity > b.similarity + NEARER_SIMILARITY);
/** A direction the texts' dates or a credit settled: a chain's order is known only so (no two student answers make one). */
const isOrdered = (f: ReuseFinding) => f.basis === 'dates' || f.basis === 'citation';
/** Whether Z → X → Y is a chain, Y a copy of X rather than of Z, from the pairs Z–X, X–Y and Z–Y. */
const isChain = (zx: ReuseFinding, xy: ReuseFinding, zy: ReuseFinding) => isOrdered(zx) && isOrdered(xy) && isNearer(xy, zy);

/** The share of a pair's text in the copy that lies inside another pair's spans there. */
function sharedWithin(p: ReuseFinding, spans: [number, number][]): number {
  const length = p.passages.reduce((n, x) => n + (x.targetEnd - x.targetStart), 0) || 1;
  return p.passages.reduce((n, x) => n + (x.targetEnd - x.targetStart) * inside(x.targetStart, x.targetEnd, spans), 0) / length;
}

/**
 * Drops a pair X–Y whose shared text both took from a common source Z: two
 * copies of one original resemble each other, but neither copied the other.
 * A pair stays when most of what X and Y share lies outside what Z gave them,
 * or when Y is nearer X than Z (it credits X, or is clearly more alike): then
 * Y copied X, a copy of Z, and it is the pair Z–Y that goes, the chain
 * Z → X → Y shown link by link (the Times → the Daily Mail → a blog).
 */
export function pruneSiblingPairs<Id>(pairs: CorpusPair<Id>[]): CorpusPair<Id>[] {
  const fromSource = new Map<Id, Map<Id, CorpusPair<Id>>>();
  for (const p of pairs) {
    if (!fromSource.has(p.target)) fromSource.set(p.target, new Map());
    fromSource.get(p.target)!.set(p.source, p);
  }
  const targetSpans = (p: CorpusPair<Id>) => p.finding.passages.map((x) => [x.targetStart, x.targetEnd] as [number, number]);
  return pairs.filter((p) => {
    const sourcesOfTarget = fromSource.get(p.target)!;
    for (const [z, fromZ] of sourcesOfTarget) {
      if (z === p.source) continue;
      // Siblings: what p's two texts share, both took from z.
      const zToSource = fromSource.get(p.source)?.get(z);
      if (zToSource && !isChain(zToSource.finding, p.finding, fromZ.finding)) {
        const length = p.finding.passages.reduce((n, x) => n + (x.targetEnd - x.targetStart), 0) || 1;
        const explained = p.finding.passages.reduce(
          (n, x) => n + (x.targetEnd - x.targetStart) * Math.min(inside(x.targetStart, x.targetEnd, targetSpans(fromZ)), inside(x.sourceStart, x.sourceEnd, targetSpans(zToSource))),
          0,
        );
        if (explained / length >= 0.5) return false;
      }
      // A chain: p's source gave its text to z, whose copy the target took instead.
      const toZ = fromSource.get(z)?.get(p.source);
      if (toZ && isChain(toZ.finding, fromZ.finding, p.finding) && sharedWithin(p.finding, targetSpans(fromZ)) >= 0.5) return false;
    }
    return true;
  });
}

/** Directions a pair alone settles without a date or a credit: where a corpus may know better. */
const WEAK_BASES = new Set(['containment', 'attribution', 'unknown']);
/** How much more of the texts both share with one side must say (summed shares of those texts) before it turns a pair around. */
const NEARER_MARGIN = 0.02;

/**
 * Turns a pair around when the texts that share with both sides say the
 * other side is nearer the origin. Copies of one original each take part of
 * it, and a copy's own additions spread no further, so every third text
 * shares at least as much with the original as with a copy: a student's
 * answer that pastes a whole encyclopedia entry and adds a paragraph looks,
 * by its coverage alone, like the entry's source; the other answers that took
 * from the entry share more of the entry than of it. Pairs decided by dates
 * or a credit are kept as they are.
 */
export function orientByThirdTexts<Id>(pairs: CorpusPair<Id>[]): CorpusPair<Id>[] {
  // share.get(x).get(y): how much of x's text the passages it shares with y cover.
  const share = new Map<Id, Map<Id, number>>();
  const note = (x: Id, y: Id, covered: number) => (share.get(x) ?? share.set(x, new Map()).get(x)!).set(y, covered);
  for (const { source, target, finding } of pairs) {
    note(source, target, finding.sourceCoverage);
    note(target, source, finding.targetCoverage);
  }
  return pairs.map((p) => {
    if (!WEAK_BASES.has(p.finding.basis)) return p;
    const ofTarget = share.get(p.target)!;
    let lead = 0;
    for (const third of share.get(p.source)!.keys()) {
      if (third === p.target || !ofTarget.has(third)) continue;
      const ofThird = share.get(third)!;
      lead += ofThird.get(p.source)! - ofThird.get(p.target)!;
    }
    return lead < -NEARER_MARGIN ? { source: p.target, target: p.source, finding: reverseFinding(p.finding) } : p;
  });
}

/** One document of an in-memory corpus. */
export type CorpusDocument<Id> = PreparedText & ArticleFacts & { id: Id };

/** A fingerprint found in more documents than this is boilerplate ("Read more", a standard disclaimer), not evidence. */
const MAX_DOCS_PER_FINGERPRINT = 50;
/** Fingerprints two documents must share to be compared at all. */
const MIN_SHARED_FINGERPRINTS = 2;

/** Where a pass over a corpus stands, for a progress bar: texts fingerprinted, then candidate pairs compared. */
export type CorpusProgress = (phase: 'fingerprinting' | 'comparing', done: number, total: number) => void;

/** How often progress is told: a callback a text would cost more than the bar is worth. */
const PROGRESS_EVERY = 256;

/**
 * Finds reuse across a corpus held in memory: an inverted index of
 * fingerprints picks candidate pairs, so only documents that share text are
 * compared; then sibling copies of one source are pruned.
 */
export function findCorpusReuse<Id>(docs: CorpusDocument<Id>[], onProgress?: CorpusProgress): CorpusPair<Id>[] {
  // Word hashes are kept for the comparisons; word spans and sentences are made only for documents that pair (see prepareText).
  const fingerprints = docs.map((d, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress('fingerprinting', i, docs.length);
    return corpusFingerprints(d.hashes);
  });
  const candidates = candidatePairs(fingerprints);
  const pairs: CorpusPair<Id>[] = [];
  candidates.forEach(([x, y], i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress('comparing', i, candidates.length);
    const finding = compareArticles(docs[x], docs[y]);
    if (finding) pairs.push(finding.source === 'a' ? { source: docs[x].id, target: docs[y].id, finding } : { source: docs[y].id, target: docs[x].id, finding });
  });
  onProgress?.('comparing', candidates.length, candidates.length);
  return pruneSiblingPairs(orientByThirdTexts(pairs));
}

/** One pass of the radix sort below: entries of `from` into `to` by the 11 bits at `shift`, in order. */
function radixPass(fromKeys: Int32Array, fromValues: Int32Array, toKeys: Int32Array, toValues: Int32Array, shift: number): void {
  const counts = new Int32Array(0x801);
  for (let i = 0; i < fromKeys.length; i++) counts[((fromKeys[i] >>> shift) & 0x7ff) + 1]++;
  for (let b = 1; b < counts.length; b++) counts[b] += counts[b - 1];
  for (let i = 0; i < fromKeys.length; i++) {
    const at = counts[(fromKeys[i] >>> shift) & 0x7ff]++;
    toKeys[at] = fromKeys[i];
    toValues[at] = fromValues[i];
  }
}

/**
 * Sorts `keys` by their 32 bits, carrying `values` along, stably (LSD radix
 * sort in three passes of 11 bits, whose 2,048 buckets stay in the
 * processor's cache): linear time, where a comparison sort of millions of
 * fingerprints is the slowest step of a folder's pass.
 */
function radixSort(keys: Int32Array, values: Int32Array): [Int32Array, Int32Array] {
  const [keys2, values2] = [new Int32Array(keys.length), new Int32Array(keys.length)];
  radixPass(keys, values, keys2, values2, 0);
  radixPass(keys2, values2, keys, values, 11);
  radixPass(keys, values, keys2, values2, 22);
  return [keys2, values2];
}

/**
 * Pairs of documents (by index, lower first) whose fingerprint hashes share at
 * least MIN_SHARED_FINGERPRINTS values that are not boilerplate. The inverted
 * index is the (32 bits of hash, document) entries of the whole folder sorted
 * by hash rather than a map of lists: a folder of thousands of documents has
 * millions of fingerprints. The sort is stable and entries come in document
 * order, so each run of one hash lists its documents in order. A shortened
 * hash that collides only proposes a pair; the comparison decides.
 */
export function candidatePairs(fingerprints: ArrayLike<number>[]): [number, number][] {
  const total = fingerprints.reduce((n, f) => n + f.length, 0);
  const hashes = new Int32Array(total);
  const owners = new Int32Array(total);
  let k = 0;
  fingerprints.forEach((list, doc) => {
    hashes.set(list, k);
    owners.fill(doc, k, (k += list.length));
  });
  const [sorted, docs] = radixSort(hashes, owners);
  const shared = new Map<number, number>();
  const n = fingerprints.length;
  const run: number[] = [];
  for (let i = 0, end = 0; i < total; i = end) {
    for (end = i + 1; end < total && sorted[end] === sorted[i]; end++);
    // Most hashes occur once: only a run of two or more entries can pair documents.
    if (end - i < 2) continue;
    run.length = 0;
    for (let e = i; e < end; e++) if (run[run.length - 1] !== docs[e]) run.push(docs[e]);
    if (run.length < 2 || run.length > MAX_DOCS_PER_FINGERPRINT) continue;
    for (let x = 0; x < run.length; x++) {
      for (let y = x + 1; y < run.length; y++) {
        const key = run[x] * n + run[y];
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const out: [number, number][] = [];
  for (const [key, count] of shared) if (count >= MIN_SHARED_FINGERPRINTS) out.push([Math.floor(key / n), key % n]);
  return out;
}
