import { isPressRelease } from '../extract/boilerplate';
import { outletKey, resolveKnownOutlet } from '../provenance/outlets';
import { escapeRegExp } from '../text/patterns';

/** What direction-finding knows of each article. */
export interface ArticleFacts {
  text: string;
  outlet: string | null;
  /** YYYY-MM-DD when stated. */
  date: string | null;
  url?: string | null;
}

export interface Direction {
  /** True when A is the source and B the copy. */
  aIsSource: boolean;
  confidence: number;
  basis: 'dates' | 'citation' | 'agency' | 'release' | 'containment' | 'attribution' | 'corpus' | 'unknown';
}

/** Words of reporting: "said", "according to". */
const REPORTING = /\b(?:said|says|told|tells|according to|reported|reports|stated|announced)\b/gi;

/**
 * How many words of reporting stand in a text's sentences that hold the
 * shared passages. A copy drops more attributions than it adds ("the
 * shipping companies may face delays, according to the canal's
 * administrator" becomes "shipping companies face delays"), so the version
 * that keeps more of them is likely the source.
 */
export function reportingInShared(text: string, sentences: { start: number; end: number }[], spans: [number, number][]): number {
  return sentencesHolding(text, sentences, spans).reduce((count, s) => count + (s.match(REPORTING)?.length ?? 0), 0);
}

/** The sentences of a text that hold any of the spans, as written. */
export const sentencesHolding = (text: string, sentences: { start: number; end: number }[], spans: [number, number][]): string[] =>
  sentences.filter((s) => spans.some(([start, end]) => start < s.end && s.start < end)).map((s) => text.slice(s.start, s.end));

/**
 * True when `text` names the outlet (or any alias of it) or links its domain.
 * A name must keep its capitals, since so many are words ("the sun was
 * shining", "an independent review", "the mirror"), though its "The" may be
 * "the" and a byline may set it all in capitals ("REUTERS"); a domain is
 * matched in any case.
 */
export function namesOutlet(text: string, outlet: string | null): boolean {
  if (!outlet) return false;
  const known = resolveKnownOutlet(outlet);
  const spellings = new Set([outlet, ...(known ? [known.name, ...known.aliases] : [])]);
  for (const s of spellings) {
    if (s.length < 2) continue;
    const domain = /^[\w-]+(?:\.[\w-]+)+$/.test(s) && s === s.toLowerCase();
    const name = escapeRegExp(s).replace(/^The /, '[Tt]he ');
    const pattern = s === s.toUpperCase() || domain ? name : `${name}|${escapeRegExp(s.toUpperCase())}`;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, domain ? 'iu' : 'u');
    if (re.test(text)) return true;
  }
  return false;
}

const isAgency = (outlet: string | null) => !!outlet && resolveKnownOutlet(outlet)?.kind === 'agency';


/**
 * Which of two articles sharing passages is the source: the earlier stated
 * date; else the one the other names (a credit is a citation); else a news
 * agency's over an outlet that is none, then a press release over a text that
 * is none; else the one whose text the shared part covers less of, since
 * copies are mostly copy; else the one that keeps more of the attributions
 * around the shared part.
 */
export function decideDirection(a: ArticleFacts, b: ArticleFacts, coverageA: number, coverageB: number, reporting: () => [number, number] = () => [0, 0]): Direction {
  if (a.date && b.date && a.date !== b.date) return { aIsSource: a.date < b.date, confidence: 0.9, basis: 'dates' };
  const bNamesA = a.outlet !== null && outletKey(a.outlet) !== outletKey(b.outlet ?? '') && namesOutlet(b.text, a.outlet);
  const aNamesB = b.outlet !== null && outletKey(b.outlet) !== outletKey(a.outlet ?? '') && namesOutlet(a.text, b.outlet);
  if (bNamesA !== aNamesB) return { aIsSource: bNamesA, confidence: 0.8, basis: 'citation' };
  // A news agency's copy is what outlets take, credited or not ("Press Association" rewritten by a tabloid).
  const [agencyA, agencyB] = [isAgency(a.outlet), isAgency(b.outlet)];
  if (agencyA !== agencyB) return { aIsSource: agencyA, confidence: 0.7, basis: 'agency' };
  // So is a press release: it is written to be reprinted ("Northwick Council launches £2m fund", told again by the local paper).
  const [releaseA, releaseB] = [isPressRelease(a.text), isPressRelease(b.text)];
  if (releaseA !== releaseB) return { aIsSource: releaseA, confidence: 0.7, basis: 'release' };
  if (Math.abs(coverageA - coverageB) > 0.1) return { aIsSource: coverageA < coverageB, confidence: 0.6, basis: 'containment' };
  // Counted only now: most pairs are decided above.
  const [reportingA, reportingB] = reporting();
  if (reportingA !== reportingB) return { aIsSource: reportingA > reportingB, confidence: 0.55, basis: 'attribution' };
  return { aIsSource: true, confidence: 0.5, basis: 'unknown' };
}

/** True when the copy credits the source: names its outlet or links its URL. */
export function isCredited(copy: ArticleFacts, source: ArticleFacts): boolean {
  if (source.url && copy.text.includes(source.url)) return true;
  return namesOutlet(copy.text, source.outlet);
}
