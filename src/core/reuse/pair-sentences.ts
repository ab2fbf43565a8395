import { type Passage, type PassageKind, round, spanSimilarity, wordsOf } from './align';
import { textHashes } from './fingerprint';
import type { PreparedSentence, PreparedText } from './prepare';

/**
 * What two sentences must share to count as one claim retold: content stems (numbers and names included), their
 * Dice overlap, and adjacent stem pairs (the same words in the same order, not just the same topic). A sentence
 * with fewer stems than SUPPORTED.minStems is never compared.
 */
const ALONE = { minStems: 5, minDice: 0.45, minPairs: 2 };
/**
 * The lower bar of a rewrite that shares no run of words, once one of its sentences is retold by ALONE's: a
 * retelling with fewer words in common counts ("Tesla shares fell 2.8%" → "Tesla shares fell nearly 3 per cent").
 */
const SUPPORTED = { minStems: 3, minDice: 0.5, minPairs: 1 };

/** One number for an ordered pair of stem hashes: all 32 bits of the first, 21 of the second. */
const stemPair = (first: number, second: number) => (first >>> 0) * 0x200000 + (second >>> 11);

/** A sentence's adjacent content-stem pairs: its words in order, made only for sentences that share enough words to pair. */
function stemPairsOf(t: PreparedText, s: PreparedSentence): Set<number> {
  const pairs = new Set<number>();
  const stems = t.hashes.stems;
  let previous = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (stems[k] === 0) continue;
    if (previous !== 0) pairs.add(stemPair(previous, stems[k]));
    previous = stems[k];
  }
  return pairs;
}

function covered(s: PreparedSentence, spans: [number, number][]): boolean {
  const length = s.end - s.start;
  const overlap = spans.reduce((n, [start, end]) => n + Math.max(0, Math.min(end, s.end) - Math.max(start, s.start)), 0);
  return overlap >= length * 0.5;
}

/**
 * Pairs sentences of a target with the source sentences they retell: shared
 * content stems (numbers and names included), one source sentence per target
 * sentence, best first. Sentences already inside verbatim passages are left
 * out, and the Dice overlap of content stems ranks the pairs. Cost: through an
 * index of B's stems, one look-up a stem of A, plus the sentence pairs that share words.
 */
export function pairSentences(a: PreparedText, b: PreparedText, known: Passage[]): Passage[] {
  const doneA = known.map((p) => [p.sourceStart, p.sourceEnd] as [number, number]);
  const doneB = known.map((p) => [p.targetStart, p.targetEnd] as [number, number]);
  // Which sentences can pair at all, decided once rather than for every pair.
  const open = (t: PreparedText, done: [number, number][]) => t.sentences.map((s) => s.stems.length >= SUPPORTED.minStems && !covered(s, done));
  const openA = open(a, doneA);
  const openB = open(b, doneB);
  // Which open sentences of B hold each stem: a sentence of A is then compared only with those sharing its words.
  const holders = new Map<number, number[]>();
  b.sentences.forEach((sb, j) => {
    if (openB[j]) for (const stem of sb.stems) holders.get(stem)?.push(j) ?? holders.set(stem, [j]);
  });
  const shared = new Map<number, number>();
  const candidates: { i: number; j: number; score: number; alone: boolean }[] = [];
  const pairsOf = new Map<PreparedSentence, Set<number>>();
  const orderedPairs = (t: PreparedText, s: PreparedSentence) => pairsOf.get(s) ?? pairsOf.set(s, stemPairsOf(t, s)).get(s)!;
  a.sentences.forEach((sa, i) => {
    if (!openA[i]) return;
    shared.clear();
    for (const stem of sa.stems) for (const j of holders.get(stem) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, count] of shared) {
      const sb = b.sentences[j];
      const score = (2 * count) / (sa.stems.length + sb.stems.length);
      if (count < SUPPORTED.minStems || score < Math.min(SUPPORTED.minDice, ALONE.minDice)) continue;
      let pairs = 0;
      const pairsB = orderedPairs(b, sb);
      for (const p of orderedPairs(a, sa)) if (pairsB.has(p)) pairs++;
      const alone = count >= ALONE.minStems && score >= ALONE.minDice && pairs >= ALONE.minPairs;
      if (alone || (score >= SUPPORTED.minDice && pairs >= SUPPORTED.minPairs)) candidates.push({ i, j, score, alone });
    }
  });
  // The shorter retellings count only beside a sentence retold by the bar of a text on its own, in a rewrite
  // that shares no run of words (where runs are shared, what is left around them is edited, not retold).
  const supported = known.length === 0 && candidates.some((c) => c.alone);
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: Passage[] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j) || !(c.alone || supported)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    const sa = a.sentences[c.i];
    const sb = b.sentences[c.j];
    const ordered = spanSimilarity(wordsOf(a, sa.tokenStart, sa.tokenEnd), wordsOf(b, sb.tokenStart, sb.tokenEnd));
    const similarity = round(Math.max(c.score, ordered));
    out.push({
      kind: kindOfRewrite(ordered),
      similarity,
      sourceStart: sa.start,
      sourceEnd: sa.end,
      targetStart: sb.start,
      targetEnd: sb.end,
    });
  }
  return out;
}

/** A retold sentence's kind by the share of its words kept in order: all (verbatim), most (edited), fewer (paraphrase). */
export const kindOfRewrite = (ordered: number): PassageKind => (ordered === 1 ? 'verbatim' : ordered >= 0.6 ? 'edited' : 'paraphrase');

/** How one sentence was retold as another, word by word. */
export const sentenceRewriteKind = (before: string, after: string): PassageKind =>
  kindOfRewrite(spanSimilarity(Array.from(textHashes(before).words), Array.from(textHashes(after).words)));
