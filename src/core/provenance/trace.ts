import type { ClaimArticle, ClaimCitation, ClaimGraph, ClaimReuse, ClaimSentence } from './claim-graph';
import { contentStems } from '../reuse/fingerprint';
import { splitWords } from '../text/tokens';
import { findMutations, type Mutation } from './mutations';

/** One article's version of the claim. */
export interface ClaimVersion<Id> {
  articleId: Id;
  label: string;
  outlet: string | null;
  date: string | null;
  sentence: ClaimSentence;
  /** How this version relates to the one it came from (absent for the origin). */
  from?: { articleId: Id; kind: string; credited: boolean; confidence: number; mutations: Mutation[] };
}

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

export interface Trace<Id> {
  versions: ClaimVersion<Id>[];
  origin: ClaimVersion<Id>;
  chain: ChainStep<Id>[];
  terminal: { sourceText: string; sourceType: string; sourceId?: number; nearby: boolean } | null;
  verdict: string;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** The sentence of `article` that a span of the other side maps to, by its relative place inside the passage. */
function mapThroughPassage(from: ClaimSentence, span: [number, number], other: [number, number], article: ClaimArticle<unknown>): ClaimSentence | null {
  const mid = (Math.max(from.start, span[0]) + Math.min(from.end, span[1])) / 2;
  const share = (mid - span[0]) / Math.max(1, span[1] - span[0]);
  const at = other[0] + share * (other[1] - other[0]);
  const inside = article.sentences.filter((s) => !s.boilerplate && overlap(s.start, s.end, other[0], other[1]) > 0);
  return inside.find((s) => s.start <= at && s.end >= at) ?? inside.sort((a, b) => Math.abs((a.start + a.end) / 2 - at) - Math.abs((b.start + b.end) / 2 - at))[0] ?? null;
}

function stemsOf(text: string): string[] {
  return contentStems(splitWords(text));
}

/**
 * The sentence of a related article that retells this one: at least four
 * content stems shared, one adjacent pair of them shared in order, and a Dice
 * overlap of 0.25. Only used between articles already linked by reuse.
 */
function closestRetelling(sentence: ClaimSentence, article: ClaimArticle<unknown>): ClaimSentence | null {
  const mine = stemsOf(sentence.text);
  const mineSet = new Set(mine);
  const minePairs = new Set(mine.slice(1).map((s, i) => `${mine[i]} ${s}`));
  let best: { s: ClaimSentence; score: number } | null = null;
  for (const s of article.sentences) {
    if (s.boilerplate) continue;
    const theirs = stemsOf(s.text);
    const theirSet = new Set(theirs);
    const shared = [...mineSet].filter((x) => theirSet.has(x)).length;
    const pairs = theirs.slice(1).filter((x, i) => minePairs.has(`${theirs[i]} ${x}`)).length;
    const dice = (2 * shared) / (mineSet.size + theirSet.size || 1);
    if (shared >= 4 && pairs >= 1 && dice >= 0.25 && (!best || dice > best.score)) best = { s, score: dice };
  }
  return best?.s ?? null;
}

/** Versions of a sentence reachable through reuse passages, breadth first. */
function collectVersions<Id>(graph: ClaimGraph<Id>, startId: Id, start: ClaimSentence) {
  const found = new Map<Id, { sentence: ClaimSentence; via?: { from: Id; reuse: ClaimReuse<Id> } }>([[startId, { sentence: start }]]);
  const queue: Id[] = [startId];
  while (queue.length) {
    const id = queue.shift()!;
    const { sentence } = found.get(id)!;
    for (const r of graph.reuses) {
      const here = r.sourceId === id ? 'source' : r.targetId === id ? 'target' : null;
      if (!here) continue;
      const otherId = here === 'source' ? r.targetId : r.sourceId;
      const other = graph.articles.get(otherId);
      if (!other || found.has(otherId)) continue;
      let mapped: ClaimSentence | null = null;
      for (const p of r.passages) {
        const mine: [number, number] = here === 'source' ? [p.sourceStart, p.sourceEnd] : [p.targetStart, p.targetEnd];
        const theirs: [number, number] = here === 'source' ? [p.targetStart, p.targetEnd] : [p.sourceStart, p.sourceEnd];
        // The passage must carry a real part of the claim, not graze its edge.
        if (overlap(sentence.start, sentence.end, mine[0], mine[1]) < 0.4 * (sentence.end - sentence.start)) continue;
        mapped = mapThroughPassage(sentence, mine, theirs, other);
        if (mapped) break;
      }
      // The two articles are known to share text, so a retold sentence outside the passages counts on a lower bar.
      mapped ??= closestRetelling(sentence, other);
      if (mapped) {
        found.set(otherId, { sentence: mapped, via: { from: id, reuse: r } });
        queue.push(otherId);
      }
    }
  }
  return found;
}

/** Orders versions so every source comes before its copies (Kahn's algorithm), dates breaking ties. */
function orderVersions<Id>(ids: Id[], reuses: ClaimReuse<Id>[], articles: Map<Id, ClaimArticle<Id>>): Id[] {
  const set = new Set(ids);
  const edges = reuses.filter((r) => set.has(r.sourceId) && set.has(r.targetId));
  const indegree = new Map(ids.map((id) => [id, edges.filter((e) => e.targetId === id).length]));
  const byDate = (a: Id, b: Id) => (articles.get(a)?.date ?? '9999').localeCompare(articles.get(b)?.date ?? '9999');
  const ready = ids.filter((id) => indegree.get(id) === 0).sort(byDate);
  const out: Id[] = [];
  while (ready.length) {
    const id = ready.shift()!;
    out.push(id);
    for (const e of edges.filter((x) => x.sourceId === id)) {
      indegree.set(e.targetId, indegree.get(e.targetId)! - 1);
      if (indegree.get(e.targetId) === 0) ready.push(e.targetId);
    }
    ready.sort(byDate);
  }
  return [...out, ...ids.filter((id) => !out.includes(id))];
}

const OUTSIDE_SOURCE = new Set(['anonymous', 'person', 'organisation', 'document', 'weasel']);

/**
 * The citations that back a sentence: its own, else (for an outlet's own
 * reporting, "U.S. News has learned") those of the nearest sentence within
 * three that cites someone, marked `nearby` so that no page passes them off
 * as the sentence's own.
 */
function backing(article: ClaimArticle<unknown>, sentence: ClaimSentence): { cites: ClaimCitation[]; nearby: boolean } {
  const own = sentence.attributions.filter((a) => a.sourceType !== 'self');
  if (own.some((a) => OUTSIDE_SOURCE.has(String(a.sourceType)) || a.sourceType === 'outlet')) return { cites: own, nearby: false };
  const near = article.sentences
    .filter((s) => !s.boilerplate && s.index !== sentence.index && Math.abs(s.index - sentence.index) <= 3)
    .sort((a, b) => Math.abs(a.index - sentence.index) - Math.abs(b.index - sentence.index) || a.index - b.index);
  for (const s of near) {
    const cited = s.attributions.filter((a) => (OUTSIDE_SOURCE.has(String(a.sourceType)) && a.sourceType !== 'weasel') || a.sourceType === 'outlet');
    if (cited.length) return { cites: cited, nearby: true };
  }
  return { cites: own, nearby: false };
}

/**
 * Follows a claim from one sentence through every article that carries it,
 * to its origin and down the origin's citations to a terminal source, with
 * the mutations between consecutive versions and a verdict in plain words.
 */
export function traceClaim<Id>(graph: ClaimGraph<Id>, articleId: Id, sentenceIndex: number): Trace<Id> | null {
  const start = graph.articles.get(articleId)?.sentences.find((s) => s.index === sentenceIndex);
  if (!start) return null;
  const found = collectVersions(graph, articleId, start);
  const order = orderVersions([...found.keys()], graph.reuses, graph.articles);
  const versions: ClaimVersion<Id>[] = order.map((id) => {
    const a = graph.articles.get(id)!;
    return { articleId: id, label: a.label, outlet: a.outlet, date: a.date, sentence: found.get(id)!.sentence };
  });
  // Each later version is compared with the version of the article it copied, when that carries the claim too.
  for (const v of versions) {
    const incoming = graph.reuses.filter((r) => r.targetId === v.articleId && found.has(r.sourceId));
    const parent = incoming.sort((a, b) => order.indexOf(b.sourceId) - order.indexOf(a.sourceId))[0];
    if (!parent) continue;
    const before = found.get(parent.sourceId)!.sentence;
    v.from = { articleId: parent.sourceId, kind: parent.kind, credited: parent.credited, confidence: parent.confidence, mutations: findMutations(before, v.sentence) };
  }
  const origin = versions[0];
  const traced = versions.find((v) => v.articleId === articleId) ?? origin;
  const { chain, terminal } = followChain(graph, versions, traced);
  return { versions, origin, chain, terminal, verdict: verdictOf(versions, origin, terminal) };
}

/** A hop of the chain: the article, and the citation by which it names the next step. */
const step = <Id>(articleId: Id, label: string, c: ClaimCitation, sourceType: string, nearby: boolean): ChainStep<Id> => ({
  articleId,
  label,
  cue: c.cueText,
  sourceText: c.sourceText,
  sourceType,
  sourceId: c.sourceId,
  nearby,
});

/**
 * The citation chain from the traced version: outlet citations are followed
 * into the stored articles they name; a version that cites nobody leads to the
 * version it copied; the chain ends at the first outside source.
 */
function followChain<Id>(graph: ClaimGraph<Id>, versions: ClaimVersion<Id>[], start: ClaimVersion<Id>) {
  const chain: ChainStep<Id>[] = [];
  const byOutlet = new Map(versions.filter((v) => v.outlet).map((v) => [v.outlet!, v]));
  const byArticle = new Map(versions.map((v) => [v.articleId, v]));
  let current: ClaimVersion<Id> | undefined = start;
  const visited = new Set<Id>();
  while (current && !visited.has(current.articleId)) {
    visited.add(current.articleId);
    const article = graph.articles.get(current.articleId)!;
    const { cites, nearby } = backing(article, current.sentence);
    const outletCite = cites.find((c) => c.sourceType === 'outlet');
    const next = outletCite ? byOutlet.get(outletCite.outlet ?? outletCite.sourceText) : undefined;
    if (outletCite && next && next.articleId !== current.articleId) {
      chain.push(step(current.articleId, article.label, outletCite, 'outlet', nearby));
      current = next;
      continue;
    }
    const outside = cites.find((c) => OUTSIDE_SOURCE.has(String(c.sourceType)));
    if (outside) {
      chain.push(step(current.articleId, article.label, outside, String(outside.sourceType), nearby));
      return { chain, terminal: { sourceText: outside.sourceText, sourceType: String(outside.sourceType), sourceId: outside.sourceId, nearby } };
    }
    if (outletCite) {
      chain.push(step(current.articleId, article.label, outletCite, 'outlet', nearby));
      return { chain, terminal: { sourceText: outletCite.sourceText, sourceType: 'outlet', sourceId: outletCite.sourceId, nearby } };
    }
    // Citing nobody, a copy still leads to what it copied.
    const parent: ClaimVersion<Id> | undefined = current.from ? byArticle.get(current.from.articleId) : undefined;
    if (!parent) break;
    chain.push({ articleId: current.articleId, label: article.label, cue: current.from!.credited ? 'credits' : 'copies without credit', sourceText: parent.label, sourceType: 'outlet', nearby: false });
    current = parent;
  }
  return { chain, terminal: null };
}

/** What kind of source a claim rests on, as the verdict names it before the article's own words for it. */
const SOURCE_WORDS: Record<string, string> = {
  anonymous: 'an anonymous source',
  person: 'a named person',
  organisation: 'an organisation',
  document: 'a document',
  weasel: 'a vague attribution',
  outlet: 'an outlet',
};

function verdictOf<Id>(versions: ClaimVersion<Id>[], origin: ClaimVersion<Id>, terminal: Trace<Id>['terminal']): string {
  const who = origin.outlet ?? origin.label;
  const when = origin.date ? ` on ${origin.date}` : ' (date unknown)';
  const cited = terminal && `${SOURCE_WORDS[terminal.sourceType] ?? 'a source'}, “${terminal.sourceText.replace(/\s+/g, ' ')}”`;
  const resting = !terminal ? ', citing no source' : terminal.nearby ? `; that sentence names no outside source, and the reporting around it cites ${cited}` : `, citing ${cited}`;
  const later = versions.slice(1);
  if (!later.length) return `Reported by ${who}${when}${resting}; no other article in the store carries it.`;
  const outlets = new Set(later.map((v) => v.outlet ?? v.label));
  const credited = later.filter((v) => v.from?.credited).length;
  const credit = credited === later.length ? (later.length === 1 ? 'credited' : later.length === 2 ? 'credited by both' : 'credited by all') : credited === 0 ? 'credited by none' : `credited by ${credited} of ${later.length}`;
  return `First reported by ${who}${when}${resting}; repeated by ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}, ${credit}.`;
}
