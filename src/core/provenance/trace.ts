import type { ClaimArticle, ClaimGraph, ClaimReuse, ClaimSentence } from './claim-graph';
import { contentStems } from '../reuse/fingerprint';
import { sentenceRewriteKind } from '../reuse/pair-sentences';
import { splitWords } from '../text/tokens';
import { type ChainStep, followChain, type Terminal } from './citation-chain';
import { findMutations, type Mutation } from './mutations';

/** One article's version of the claim. */
export interface ClaimVersion<Id> {
  articleId: Id;
  label: string;
  outlet: string | null;
  date: string | null;
  sentence: ClaimSentence;
  /** How this version relates to the one it came from (absent for the origin): `kind` is how this sentence was retold (retoldAs). */
  from?: { articleId: Id; kind: string; credited: boolean; confidence: number; mutations: Mutation[] };
}

export interface Trace<Id> {
  versions: ClaimVersion<Id>[];
  origin: ClaimVersion<Id>;
  chain: ChainStep<Id>[];
  terminal: Terminal | null;
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

/**
 * How a copy retold the claim: as the passage that holds the copy's sentence
 * ("U.S. News: China is prepared…" inside a reprinted paragraph is verbatim),
 * else by the sentences' own words: a copy that reprints other paragraphs
 * whole may have rewritten this one.
 */
function retoldAs<Id>(reuse: ClaimReuse<Id>, before: ClaimSentence, after: ClaimSentence): string {
  const holding = reuse.passages.find((p) => overlap(after.start, after.end, p.targetStart, p.targetEnd) >= 0.9 * (after.end - after.start));
  // (A sentence kept word for word inside an edited passage is itself verbatim.)
  const own = sentenceRewriteKind(before.text, after.text);
  return own === 'verbatim' ? own : (holding?.kind ?? own);
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
    v.from = { articleId: parent.sourceId, kind: retoldAs(parent, before, v.sentence), credited: parent.credited, confidence: parent.confidence, mutations: findMutations(before, v.sentence) };
  }
  const origin = versions[0];
  const traced = versions.find((v) => v.articleId === articleId) ?? origin;
  const { chain, terminal } = followChain(graph, versions, traced);
  // A copy that names its own source ("scientists have found") stops its chain short of the origin, which may
  // cite another ("new research from the University of Leeds"): the verdict tells the origin's, then the copy's.
  const reachesOrigin = traced === origin || chain.some((c) => c.articleId === origin.articleId);
  const originTerminal = reachesOrigin ? terminal : followChain(graph, versions, origin).terminal;
  return { versions, origin, chain, terminal, verdict: verdictOf(versions, origin, originTerminal, reachesOrigin ? null : terminal) };
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

/** A source as the verdict names it: its kind, then the article's own words for it. */
const citedAs = (t: NonNullable<Trace<unknown>['terminal']>) => `${SOURCE_WORDS[t.sourceType] ?? 'a source'}, “${t.sourceText.replace(/\s+/g, ' ')}”`;

/** `copyTerminal`: what the traced copy cites instead, when its chain stops short of the origin. */
function verdictOf<Id>(versions: ClaimVersion<Id>[], origin: ClaimVersion<Id>, terminal: Trace<Id>['terminal'], copyTerminal: Trace<Id>['terminal'] = null): string {
  const who = origin.outlet ?? origin.label;
  const when = origin.date ? ` on ${origin.date}` : ' (date unknown)';
  const cited = terminal && citedAs(terminal);
  const instead = copyTerminal && copyTerminal.sourceText !== terminal?.sourceText ? ` (the version traced cites ${citedAs(copyTerminal)} instead)` : '';
  const resting = (!terminal ? ', citing no source' : terminal.nearby ? `; that sentence names no outside source, and the reporting around it cites ${cited}` : `, citing ${cited}`) + instead;
  const later = versions.slice(1);
  if (!later.length) return `Reported by ${who}${when}${resting}; no other article in the store carries it.`;
  const outlets = new Set(later.map((v) => v.outlet ?? v.label));
  const credited = later.filter((v) => v.from?.credited).length;
  const credit = credited === later.length ? (later.length === 1 ? 'credited' : later.length === 2 ? 'credited by both' : 'credited by all') : credited === 0 ? 'credited by none' : `credited by ${credited} of ${later.length}`;
  // A copy whose direction nothing decided (no dates, no credit, no difference in what each keeps) leaves the origin a guess.
  const first = later.some((v) => (v.from?.confidence ?? 1) <= 0.5) ? 'Possibly first reported (nothing shows which version came first) by' : 'First reported by';
  return `${first} ${who}${when}${resting}; repeated by ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}, ${credit}.`;
}
