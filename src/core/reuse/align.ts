import { diffArrays } from 'diff';
import { verbatimHashes, WORD_GRAM } from './fingerprint';
import type { PreparedText } from './prepare';

export type PassageKind = 'verbatim' | 'edited' | 'paraphrase';

/** A passage two texts share; offsets are string indices into each text. */
export interface Passage {
  kind: PassageKind;
  similarity: number;
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
}

/** Words a run may skip and still be one passage ("reportedly" inserted, a number changed). */
const MAX_GAP = 6;
/** How far the two sides may drift apart inside one passage (words inserted on one side). */
const MAX_DRIFT = 4;
/** Shortest passage reported, in words: the winnowing guarantee. */
export const MIN_PASSAGE_WORDS = 8;

interface Run {
  firstA: number;
  lastA: number;
  firstB: number;
  lastB: number;
}

/** The words of tokens [start, end) of a text, as hashes: what comparing them in order needs. */
export const wordsOf = (t: PreparedText, start: number, end: number): number[] => Array.from(t.hashes.words.subarray(start, end));

/** Share of words two token spans have in common, in order (jsdiff's array diff, bounded). */
export function spanSimilarity(a: number[], b: number[]): number {
  if (!a.length || !b.length) return 0;
  // Most runs are word for word: no diff needed to say so.
  if (a.length === b.length && a.every((w, i) => w === b[i])) return 1;
  const changes = diffArrays(a, b, { maxEditLength: 2000 });
  if (!changes) return 0;
  const same = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.count!, 0);
  return same / Math.max(a.length, b.length);
}

/** Words a gap between lines may hold on each side and still be an edit, not a new line: "Why the" for "The". */
const LINE_GAP_WORDS = 3;

/**
 * Whether the words between a run and its next match cross a line break in both texts and hold more than a word or two
 * on each side: other lines, as a republished story's own headline, outlet and date ("The Conversation⏎March 10, 2026"
 * against "Salon⏎March 12, 2026"), not an edit inside the passage.
 */
function isLineBreakGap(a: PreparedText, b: PreparedText, r: Run, i: number, j: number): boolean {
  const [gapA, gapB] = [i - (r.lastA + WORD_GRAM), j - (r.lastB + WORD_GRAM)];
  if (gapA < LINE_GAP_WORDS || gapB < LINE_GAP_WORDS) return false;
  const crosses = (t: PreparedText, last: number, next: number) => t.text.slice(t.spans.ends[last], t.spans.starts[next]).includes('\n');
  return crosses(a, r.lastA + WORD_GRAM - 1, i) && crosses(b, r.lastB + WORD_GRAM - 1, j);
}

/**
 * Finds shared passages between a source text A and a target text B: exact
 * word 5-gram matches chained along their diagonal, across gaps of up to six
 * words, so moved paragraphs are found where they are and small edits do not
 * split a passage. Cost: linear in the two texts plus the number of matches.
 */
export function alignPassages(a: PreparedText, b: PreparedText): Passage[] {
  const n = WORD_GRAM;
  const positionsA = new Map<number, number[]>();
  // Word hashes come in token order, so an n-gram's index is its first token's.
  verbatimHashes(a.hashes.words).forEach((h, i) => {
    const list = positionsA.get(h);
    if (list) list.push(i);
    else positionsA.set(h, [i]);
  });
  const hashesB = verbatimHashes(b.hashes.words);
  const runs: Run[] = [];
  let open: Run[] = [];
  for (let j = 0; j < hashesB.length; j++) {
    const hits = positionsA.get(hashesB[j]);
    if (!hits) continue;
    open = open.filter((r) => j - r.lastB <= MAX_GAP + n);
    for (const i of hits) {
      const run = open.find((r) => i > r.lastA - n && i - r.lastA <= MAX_GAP + n && Math.abs(i - j - (r.lastA - r.lastB)) <= MAX_DRIFT && !isLineBreakGap(a, b, r, i, j));
      if (run) {
        run.lastA = Math.max(run.lastA, i);
        run.lastB = j;
      } else {
        const created = { firstA: i, lastA: i, firstB: j, lastB: j };
        runs.push(created);
        open.push(created);
      }
    }
  }
  const passages: Passage[] = [];
  for (const r of runs) {
    const endA = r.lastA + n;
    const endB = r.lastB + n;
    if (endA - r.firstA < MIN_PASSAGE_WORDS || endB - r.firstB < MIN_PASSAGE_WORDS) continue;
    const similarity = spanSimilarity(wordsOf(a, r.firstA, endA), wordsOf(b, r.firstB, endB));
    passages.push({
      kind: similarity === 1 ? 'verbatim' : 'edited',
      similarity: round(similarity),
      sourceStart: a.spans.starts[r.firstA],
      sourceEnd: a.spans.ends[endA - 1],
      targetStart: b.spans.starts[r.firstB],
      targetEnd: b.spans.ends[endB - 1],
    });
  }
  return passages.sort((x, y) => x.targetStart - y.targetStart);
}

export const round = (x: number) => Math.round(x * 1000) / 1000;
