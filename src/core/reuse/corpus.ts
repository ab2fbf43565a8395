import { compareArticles, type ReuseFinding } from './compare';
import type { ArticleFacts } from './direction';
import { articleFingerprints } from './fingerprint';
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

/**
 * Drops a pair X–Y whose shared text both took from a common source Z: two
 * copies of one original resemble each other, but neither copied the other.
 * A pair stays when most of what X and Y share lies outside what Z gave them.
 */
export function pruneSiblingPairs<Id>(pairs: CorpusPair<Id>[]): CorpusPair<Id>[] {
  const fromSource = new Map<Id, Map<Id, [number, number][]>>();
  for (const p of pairs) {
    const spans = p.finding.passages.map((x) => [x.targetStart, x.targetEnd] as [number, number]);
    if (!fromSource.has(p.target)) fromSource.set(p.target, new Map());
    fromSource.get(p.target)!.set(p.source, spans);
  }
  return pairs.filter((p) => {
    const sourcesOfTarget = fromSource.get(p.target);
    const sourcesOfSource = fromSource.get(p.source);
    if (!sourcesOfTarget || !sourcesOfSource) return true;
    for (const [z, targetSpans] of sourcesOfTarget) {
      if (z === p.source) continue;
      const sourceSpans = sourcesOfSource.get(z);
      if (!sourceSpans) continue;
      const length = p.finding.passages.reduce((n, x) => n + (x.targetEnd - x.targetStart), 0) || 1;
      const explained = p.finding.passages.reduce(
        (n, x) =>
          n +
          (x.targetEnd - x.targetStart) *
            Math.min(inside(x.targetStart, x.targetEnd, targetSpans), inside(x.sourceStart, x.sourceEnd, sourceSpans)),
        0,
      );
      if (explained / length >= 0.5) return false;
    }
    return true;
  });
}

/** One document of an in-memory corpus. */
export type CorpusDocument<Id> = PreparedText & ArticleFacts & { id: Id };

/** A fingerprint found in more documents than this is boilerplate ("Read more", a standard disclaimer), not evidence. */
const MAX_DOCS_PER_FINGERPRINT = 50;
/** Fingerprints two documents must share to be compared at all. */
const MIN_SHARED_FINGERPRINTS = 2;

/**
 * Finds reuse across a corpus held in memory: an inverted index of
 * fingerprints picks candidate pairs, so only documents that share text are
 * compared; then sibling copies of one source are pruned.
 */
export function findCorpusReuse<Id>(docs: CorpusDocument<Id>[]): CorpusPair<Id>[] {
  const postings = new Map<number, number[]>();
  docs.forEach((d, k) => {
    for (const f of articleFingerprints(d.tokens)) {
      const list = postings.get(f.hash);
      if (!list) postings.set(f.hash, [k]);
      else if (list[list.length - 1] !== k) list.push(k);
    }
  });
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_DOCS_PER_FINGERPRINT) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x] * docs.length + list[y];
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: CorpusPair<Id>[] = [];
  for (const [key, count] of shared) {
    if (count < MIN_SHARED_FINGERPRINTS) continue;
    const a = docs[Math.floor(key / docs.length)];
    const b = docs[key % docs.length];
    const finding = compareArticles(a, b);
    if (finding) pairs.push(finding.source === 'a' ? { source: a.id, target: b.id, finding } : { source: b.id, target: a.id, finding });
  }
  return pruneSiblingPairs(pairs);
}
