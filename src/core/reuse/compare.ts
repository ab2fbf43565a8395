import { findQuotes, type QuoteSpan } from '../attribution/quotes';
import { alignPassages, type Passage, type PassageKind, round } from './align';
import { type ArticleFacts, decideDirection, isCredited, namesOutlet, reportingInShared, sentencesHolding } from './direction';
import { pairSentences } from './pair-sentences';
import type { PreparedText } from './prepare';

export interface ReuseFinding {
  /** Which input is the source: 'a' or 'b'. */
  source: 'a' | 'b';
  kind: PassageKind;
  similarity: number;
  confidence: number;
  basis: string;
  credited: boolean;
  /** Share of the copy's / the source's characters inside the passages. */
  targetCoverage: number;
  sourceCoverage: number;
  /** Offsets: source* into the source's text, target* into the copy's. */
  passages: Passage[];
}

/** Paired sentences needed for a finding when no run of words is shared. */
const MIN_PAIRED_SENTENCES = 2;

const KIND_RANK: Record<PassageKind, number> = { verbatim: 3, edited: 2, paraphrase: 1 };

/**
 * The kind of reuse most of the copy's shared text is (ties to the closer
 * kind): a tabloid retelling that keeps one phrase word for word is a
 * paraphrase, a reprint with its lead rewritten a verbatim copy.
 */
function mainKind(passages: Passage[]): PassageKind {
  const length = new Map<PassageKind, number>();
  for (const p of passages) length.set(p.kind, (length.get(p.kind) ?? 0) + p.targetEnd - p.targetStart);
  return [...length].reduce((best, next) => (next[1] > best[1] || (next[1] === best[1] && KIND_RANK[next[0]] > KIND_RANK[best[0]]) ? next : best))[0];
}

function coverage(spans: [number, number][], length: number): number {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reach = 0;
  for (const [s, e] of sorted) {
    const from = Math.max(s, reach);
    if (e > from) total += e - from;
    reach = Math.max(reach, e);
  }
  return length ? total / length : 0;
}

/** Fewer words than this, and less of each text than STOCK_PHRASE_SHARE, make a run of words two texts share alone a stock phrase. */
const STOCK_PHRASE_WORDS = 12;
const STOCK_PHRASE_SHARE = 0.15;

/**
 * "the people said, speaking on the condition of anonymity", "did not immediately respond to a request for comment":
 * one short run of words, all two texts share and a small part of each, is how news is written, not a copy.
 */
function isStockPhrase(a: PreparedText, b: PreparedText, p: Passage): boolean {
  const words = a.text.slice(p.sourceStart, p.sourceEnd).split(/\s+/).length;
  return words < STOCK_PHRASE_WORDS && (p.sourceEnd - p.sourceStart) / a.text.length < STOCK_PHRASE_SHARE && (p.targetEnd - p.targetStart) / b.text.length < STOCK_PHRASE_SHARE;
}

/** Words of a passage that may stand outside its quote and leave it a quote: the speaker and the verb, '…," Biden said'. */
const MAX_WORDS_OUTSIDE_QUOTE = 3;

/** Whether the text in [start, end) is a quote, but for a few words of its speech tag. */
function isQuoteOnly(text: string, quotes: QuoteSpan[], start: number, end: number): boolean {
  let outside = '';
  let at = start;
  for (const q of quotes) {
    if (q.end <= at || q.start >= end) continue;
    outside += ` ${text.slice(at, Math.max(at, q.start))}`;
    at = Math.max(at, q.end);
  }
  outside += ` ${text.slice(at, Math.max(at, end))}`;
  return at > start && (outside.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= MAX_WORDS_OUTSIDE_QUOTE;
}

/** Each text's quotes, found once however many texts it is compared with. */
const QUOTES = new WeakMap<PreparedText, QuoteSpan[]>();
const quotesOf = (x: PreparedText): QuoteSpan[] => {
  let quotes = QUOTES.get(x);
  if (!quotes) QUOTES.set(x, (quotes = findQuotes(x.text)));
  return quotes;
};

/**
 * Whether all two texts share is quotes both carry inside their marks ('"I will not pardon him," Biden told ABC
 * News'): the speaker's words, heard by both writers or taken from a third outlet's interview, are no sign that one
 * copied the other. Unless one credits the other's outlet, or the words were told to one of them ("…, Biden told
 * CNN"): then the other took them.
 */
function sharesQuotesOnly(a: PreparedText & ArticleFacts, b: PreparedText & ArticleFacts, passages: Passage[]): boolean {
  // (A passage running over a paragraph break is no one quote: most copies are told so without reading quotes.)
  if (passages.some((p) => a.text.slice(p.sourceStart, p.sourceEnd).includes('\n'))) return false;
  const [quotesA, quotesB] = [quotesOf(a), quotesOf(b)];
  if (!passages.every((p) => isQuoteOnly(a.text, quotesA, p.sourceStart, p.sourceEnd) && isQuoteOnly(b.text, quotesB, p.targetStart, p.targetEnd))) return false;
  const credited = namesOutlet(b.text, a.outlet) || namesOutlet(a.text, b.outlet);
  const toldTo = (x: PreparedText & ArticleFacts, spans: [number, number][]) => namesOutlet(sentencesHolding(x.text, x.sentences, spans).join(' '), x.outlet);
  const toldToA = toldTo(a, passages.map((p) => [p.sourceStart, p.sourceEnd]));
  const toldToB = toldTo(b, passages.map((p) => [p.targetStart, p.targetEnd]));
  return !credited && !toldToA && !toldToB;
}

function flip(p: Passage): Passage {
  return { ...p, sourceStart: p.targetStart, sourceEnd: p.targetEnd, targetStart: p.sourceStart, targetEnd: p.sourceEnd };
}

/**
 * Compares two articles: verbatim and edited passages from aligned word runs,
 * then rewritten sentences paired by content; decides which is the source and
 * whether the copy credits it. Returns null when they share nothing.
 */
export function compareArticles(a: PreparedText & ArticleFacts, b: PreparedText & ArticleFacts): ReuseFinding | null {
  const aligned = alignPassages(a, b);
  const paired = pairSentences(a, b, aligned);
  // One retold sentence alone is topic, not reuse: a rewrite retells several, or shares a run of words.
  if (aligned.length === 0 && paired.length < MIN_PAIRED_SENTENCES) return null;
  if (!paired.length && aligned.length === 1 && isStockPhrase(a, b, aligned[0])) return null;
  // A run of words inside a sentence paired whole is part of that sentence's rewrite, not a second passage over it.
  const within = (p: Passage) => paired.some((q) => q.sourceStart <= p.sourceStart && p.sourceEnd <= q.sourceEnd && q.targetStart <= p.targetStart && p.targetEnd <= q.targetEnd);
  const outside = aligned.filter((p) => !within(p));
  // (Nor is it when the only run of words shared lies inside that sentence: "Revelation 16:12 tells us that the great
  // river Euphrates will be dried up…" and "Revelation 16:12 says … on the great river Euphrates" quote one verse.)
  if (outside.length === 0 && paired.length < MIN_PAIRED_SENTENCES) return null;
  const passages = [...outside, ...paired].sort((x, y) => x.targetStart - y.targetStart);
  if (sharesQuotesOnly(a, b, passages)) return null;
  const spansA = passages.map((p) => [p.sourceStart, p.sourceEnd] as [number, number]);
  const spansB = passages.map((p) => [p.targetStart, p.targetEnd] as [number, number]);
  const coverA = coverage(spansA, a.text.length);
  const coverB = coverage(spansB, b.text.length);
  const direction = decideDirection(a, b, coverA, coverB, () => [reportingInShared(a.text, a.sentences, spansA), reportingInShared(b.text, b.sentences, spansB)]);
  const [source, copy] = direction.aIsSource ? [a, b] : [b, a];
  const oriented = direction.aIsSource ? passages : passages.map(flip).sort((x, y) => x.targetStart - y.targetStart);
  const weight = oriented.reduce((n, p) => n + (p.targetEnd - p.targetStart), 0) || 1;
  return {
    source: direction.aIsSource ? 'a' : 'b',
    kind: mainKind(oriented),
    similarity: round(oriented.reduce((n, p) => n + p.similarity * (p.targetEnd - p.targetStart), 0) / weight),
    confidence: direction.confidence,
    basis: direction.basis,
    credited: isCredited(copy, source),
    targetCoverage: round(direction.aIsSource ? coverB : coverA),
    sourceCoverage: round(direction.aIsSource ? coverA : coverB),
    passages: oriented,
  };
}

/** How sure a direction is that the texts sharing with both sides turned around (see orientByThirdTexts). */
const CORPUS_CONFIDENCE = 0.65;

/**
 * The same finding read the other way, the copy taken for the source on the
 * corpus's evidence. The credit stands: a direction no credit decided means
 * neither names the other's outlet, or both do.
 */
export function reverseFinding(f: ReuseFinding): ReuseFinding {
  return {
    ...f,
    source: f.source === 'a' ? 'b' : 'a',
    confidence: CORPUS_CONFIDENCE,
    basis: 'corpus',
    targetCoverage: f.sourceCoverage,
    sourceCoverage: f.targetCoverage,
    passages: f.passages.map(flip).sort((x, y) => x.targetStart - y.targetStart),
  };
}

export type ReuseGrade = PassageKind | 'none';

/** Copies covering less of the copy than this are incidental overlap, not a derived text. */
const MIN_DERIVED_COVERAGE = 0.08;
/** Below this share, what is shared is fragments of a text otherwise rewritten: a heavy revision, however exact the fragments. */
const HEAVY_REVISION_COVERAGE = 0.2;

/**
 * How a whole text was derived from another, from its finding: a near copy
 * (verbatim), a light revision (edited), a heavy one (paraphrase), or not
 * derived (none). Uses the length-weighted passage similarity and coverage.
 */
export function gradeReuse(finding: ReuseFinding | null): ReuseGrade {
  if (!finding || finding.targetCoverage < MIN_DERIVED_COVERAGE) return 'none';
  if (finding.targetCoverage < HEAVY_REVISION_COVERAGE) return 'paraphrase';
  if (finding.similarity >= 0.95 && finding.targetCoverage >= 0.25) return 'verbatim';
  if (finding.similarity >= 0.82) return 'edited';
  return 'paraphrase';
}
