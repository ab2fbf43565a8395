import { isUnanswered } from '../classify/flags';
import { type ClaimArticle, type ClaimCitation, type ClaimGraph, type ClaimSentence, isWritersVoice } from './claim-graph';
import type { ClaimVersion } from './trace';

/** A hop of the citation chain: an article naming the next step, ending at a terminal source. */
export interface ChainStep<Id> {
  articleId?: Id;
  label: string;
  cue: string | null;
  sourceText: string;
  sourceType: string;
  /** The cited source's id in the store, when it came from there. */
  sourceId?: number;
  /** The citation is in a sentence near the claim, not in the claim's own sentence. */
  nearby: boolean;
}

/** Where a chain ends: the first outside source, or an outlet the store has no version from. */
export interface Terminal {
  sourceText: string;
  sourceType: string;
  sourceId?: number;
  /** Cited in a sentence near the claim, not in the claim's own sentence. */
  nearby: boolean;
}

const OUTSIDE_SOURCE = new Set(['anonymous', 'person', 'organisation', 'document', 'weasel']);

/**
 * The citations that back a sentence: its own, else (for an outlet's own
 * reporting, "U.S. News has learned") those of the nearest sentence within
 * three that cites someone, marked `nearby` so that no page passes them off
 * as the sentence's own.
 */
function backing(article: ClaimArticle<unknown>, sentence: ClaimSentence): { cites: ClaimCitation[]; nearby: boolean } {
  // (The writer's own "we" is no source: a copy printing a quote's "We don't yet know…" as its own leads to what it copied.)
  const own = sentence.attributions.filter((a) => a.sourceType !== 'self' && !isWritersVoice(a));
  if (own.some((a) => OUTSIDE_SOURCE.has(String(a.sourceType)) || a.sourceType === 'outlet')) return { cites: own, nearby: false };
  const near = article.sentences
    .filter((s) => !s.boilerplate && s.index !== sentence.index && Math.abs(s.index - sentence.index) <= 3)
    .sort((a, b) => Math.abs(a.index - sentence.index) - Math.abs(b.index - sentence.index) || a.index - b.index);
  // (A source that said nothing, "Apple declined to comment", backs no claim near it.)
  for (const s of near.filter((x) => !isUnanswered(x.text))) {
    const cited = s.attributions.filter((a) => (OUTSIDE_SOURCE.has(String(a.sourceType)) && a.sourceType !== 'weasel' && !isWritersVoice(a)) || a.sourceType === 'outlet');
    if (cited.length) return { cites: cited, nearby: true };
  }
  return { cites: own, nearby: false };
}

/** A source as a reader knows it: its name in the store, else the words that cite it. */
const shown = (c: ClaimCitation) => c.name ?? c.sourceText;

/** A hop of the chain: the article, and the citation by which it names the next step. */
const step = <Id>(articleId: Id, label: string, c: ClaimCitation, sourceType: string, nearby: boolean): ChainStep<Id> => ({
  articleId,
  label,
  cue: c.cueText,
  sourceText: shown(c),
  sourceType,
  sourceId: c.sourceId,
  nearby,
});

/**
 * The citation chain from the traced version: outlet citations are followed
 * into the stored articles they name; a version that cites nobody leads to the
 * version it copied; the chain ends at the first outside source.
 */
export function followChain<Id>(graph: ClaimGraph<Id>, versions: ClaimVersion<Id>[], start: ClaimVersion<Id>) {
  const chain: ChainStep<Id>[] = [];
  const byOutlet = new Map(versions.filter((v) => v.outlet).map((v) => [v.outlet!, v]));
  const byArticle = new Map(versions.map((v) => [v.articleId, v]));
  let current: ClaimVersion<Id> | undefined = start;
  const visited = new Set<Id>();
  while (current && !visited.has(current.articleId)) {
    visited.add(current.articleId);
    const article = graph.articles.get(current.articleId)!;
    const parent: ClaimVersion<Id> | undefined = current.from ? byArticle.get(current.from.articleId) : undefined;
    const backed = backing(article, current.sentence);
    const { nearby } = backed;
    // A copy's sentence that cites no one came from the version it copied, not from its neighbours' sources,
    // unless a neighbour credits that very version ("…, U.S. News reported").
    const creditsParent = (c: ClaimCitation) => c.sourceType === 'outlet' && byOutlet.get(c.outlet ?? c.sourceText) === parent;
    const cites: ClaimCitation[] = nearby && parent && !backed.cites.some(creditsParent) ? [] : backed.cites;
    const outletCite = cites.find((c) => c.sourceType === 'outlet');
    const next = outletCite ? byOutlet.get(outletCite.outlet ?? outletCite.sourceText) : undefined;
    if (outletCite && next && next.articleId !== current.articleId) {
      chain.push(step(current.articleId, article.label, outletCite, 'outlet', nearby));
      current = next;
      continue;
    }
    // ("Scientists have found…, according to a new study": the study, not the vague "scientists", is what it rests on.)
    const outside = cites.find((c) => OUTSIDE_SOURCE.has(String(c.sourceType)) && c.sourceType !== 'weasel') ?? cites.find((c) => c.sourceType === 'weasel');
    if (outside) {
      chain.push(step(current.articleId, article.label, outside, String(outside.sourceType), nearby));
      return { chain, terminal: { sourceText: shown(outside), sourceType: String(outside.sourceType), sourceId: outside.sourceId, nearby } };
    }
    if (outletCite) {
      chain.push(step(current.articleId, article.label, outletCite, 'outlet', nearby));
      return { chain, terminal: { sourceText: shown(outletCite), sourceType: 'outlet', sourceId: outletCite.sourceId, nearby } };
    }
    // Citing nobody, a copy still leads to what it copied.
    if (!parent) break;
    chain.push({ articleId: current.articleId, label: article.label, cue: current.from!.credited ? 'credits' : 'copies without credit', sourceText: parent.label, sourceType: 'outlet', nearby: false });
    current = parent;
  }
  return { chain, terminal: null };
}
