import { personNoun } from '../attribution/person-nouns';
import { otherNamesOfState } from '../attribution/source-type';
import { FIGURE_SIZERS } from '../attribution/words';
import { HEDGES, HEDGING_ADVERBS, MODALS } from '../classify/lexicon';
import { diffWords } from '../reuse/word-diff';
import { isStopWord } from '../text/parse';
import { contentStem } from '../text/tokens';
import { wordTable } from '../text/patterns';
import { type ClaimCitation, type ClaimSentence, isWritersVoice } from './claim-graph';

export type MutationKind =
  | 'hedge-added'
  | 'hedge-removed'
  | 'certainty-changed'
  | 'number-changed'
  | 'entity-changed'
  | 'attribution-added'
  | 'attribution-dropped'
  | 'source-unnamed'
  | 'quote-altered'
  | 'opinion-added'
  | 'exaggerated'
  | 'direction-reversed'
  | 'wording-changed';

export interface Mutation {
  kind: MutationKind;
  /** The words as the earlier version had them, and as the later one has them. */
  before: string;
  after: string;
}

const HEDGE_WORDS = new Set([...HEDGES.filter((h) => !h.includes(' ')), ...HEDGING_ADVERBS]);
/** What others are said to hold, the writer not vouching for it: "is believed to have leaked", "is alleged to". */
const HEDGED_BY_OTHERS = /\b(?:believed|thought|said|understood|alleged|suspected|rumou?red|reported|reputed|presumed) to\b/i;
/** A likelihood told as one: "an 80% chance that", "a one-in-three probability of", "a high risk that". */
const LIKELIHOOD = /\b(?:an?|\d+(?:\.\d+)?%|\d+(?:\.\d+)? per ?cent|(?:one|\d+)[- ]in[- ](?:\w+)|some|good|high|low|small|slim|real|strong|fair)\s+(?:chance|probability|likelihood|risk|possibility|odds)\s+(?:that|of)\b/i;
/** "as quickly as possible", "as soon as possible": a manner, no possibility. */
const AS_FAST_AS_POSSIBLE = /\bas\s+[\p{L}-]+\s+as\s+possible\b/iu;
/** What the police suspect, short of a charge: "arrested on suspicion of murder", "the suspected gunman". */
const SUSPICION = /\b(?:on suspicion of|suspected)\b/i;
/** Where a finding holds, dropped when a study is retold as a cure: "in mice", "in cells", "in a small trial". */
const LIMITED_FINDING = /\bin (?:mice|rats|animals|monkeys|cells|human cells|test tubes?|the lab|a lab|laboratory tests?|a small (?:study|trial|group)|some patients)\b/i;
/** What studies of association find, short of a cause: "is linked to", "was associated with"; or a part of one, "contributed to". */
const ASSOCIATION = /\b(?:linked|associated|tied|correlated|connected) (?:to|with)\b|\b(?:association|correlation|link) (?:with|between)\b|\bcontribut(?:ed|es|e|ing) to\b|\b(?:played|plays|play) a (?:\w+ )?role in\b/i;
/** Modals of possibility: one dropped or added alone hedges the claim less or more. */
const HEDGE_MODALS = new Set(['may', 'might', 'could']);
/** Numbers written as words, with their values. */
const NUMBER_WORDS = wordTable<number>({
  ...Object.fromEntries(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map((w, i) => [w, i + 1])),
  ...{ thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12 },
  // Counts told by their order only ("Thousands of people"), valued at the least they can mean.
  ...{ dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6 },
});
/** The number words, as one alternation. */
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
/** The figure in a number's phrase: digits or a number word. */
const FIGURE_IN_PHRASE = new RegExp(String.raw`\d[\d,.]*|\b(?:${NUMBER_WORD})\b`, 'iu');
/** Hours in the units a duration is counted in: a "72-hour truce" is a "three-day truce". */
const HOURS_IN = wordTable({ hour: 1, hours: 1, day: 24, days: 24, week: 168, weeks: 168 });
const SCALE = wordTable<number>({ thousand: 1e3, million: 1e6, billion: 1e9 });
const UNITS = new Set(['percent', 'cent']);
/** The words that bound or round a figure: "up to £2bn", "about 300", "as many as 40". */
const QUALIFIERS = [...FIGURE_SIZERS, 'as (?:many|much|few|little) as'].join('|');
/**
 * A figure with the words that qualify it and the words it counts: "half of
 * the 34 provincial capitals", "a 72-hour truce", "three soldiers" (not the
 * pronoun of "no one was hurt").
 */
const NUMBER_PHRASE = new RegExp(
  String.raw`(?:\b(?:half|a third|a quarter|two-thirds|most|all|${QUALIFIERS})\s+(?:of\s+)?(?:the\s+)?)?\$?\b(?:\d[\d,.]*%?|(?<!\b(?:no|any|every|each|some|the|this|that)\s)(?:${NUMBER_WORD})\b)(?:\s+(?:million|billion|thousand|percent|per cent))?(?:\s+|-)[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}`,
  'giu',
);

/** A share or a sum closing its clause, with no word after it to count: "…raises the risk by 25%,", "…cost £4m." */
const CLOSING_FIGURE = new RegExp(String.raw`(?:\b(?:${QUALIFIERS})\s+)?(?:[$£€]\d[\d,.]*(?:\s*(?:million|billion|bn|m)\b)?|\b\d[\d,.]*(?:%|\s?(?:per cent|percent)\b))(?=\s*(?:[.,;:!?)]|$))`, 'giu');

/** A share in words, as a percentage: "more than half of the total" is a figure against "54% of the total", "nearly every placenta" against "about 80% of placentas". */
const SHARE_IN_WORDS = wordTable<number>({ every: 100, all: 100, half: 50, 'a third': 33, 'one third': 33, 'a quarter': 25, 'one quarter': 25, 'two-thirds': 67, 'two thirds': 67, 'three-quarters': 75, 'three quarters': 75, 'a fifth': 20, 'one in five': 20, 'one in four': 25, 'one in three': 33 });
const SHARE_WORDS = Object.keys(SHARE_IN_WORDS).join('|');
const SHARE_WORD = new RegExp(String.raw`\b(?:${SHARE_WORDS})\b`, 'i');
const SHARE_PHRASE = new RegExp(
  String.raw`(?:\b(?:${QUALIFIERS}|just)\s+)?\b(?:${SHARE_WORDS})\s+(?:of\s+)?(?!(?:the\s+)?(?:\d|(?:${NUMBER_WORD})\b))(?:(?:the|its|their|all)\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,2}`,
  'giu',
);

/** The words a figure counts, in the singular: "placentas" and "placenta" count the same thing. */
const countedWords = (after: string[]) => after.filter((w) => w.length > 3).map((w) => w.replace(/(?<=[^s])s$/, ''));

interface NumberPhrase {
  phrase: string;
  figure: string;
  value: number;
  /** The words after the figure that say what it counts: "provincial capitals". */
  counted: string[];
  /** For a figure closing its clause, the words before it that say what it measures: "heart failure". */
  measured: string[];
}

function numberPhrases(text: string): NumberPhrase[] {
  const closing = [...text.matchAll(CLOSING_FIGURE)].map((m) => {
    const figure = /\d[\d,.]*/.exec(m[0])![0].replace(/[.,]$/, '');
    // (It counts nothing after it; the words before say what it measures: "the risk of heart failure by 12 per cent".)
    const measured = words(text.slice(0, m.index)).slice(-4).filter((w) => w.length > 3);
    return { phrase: m[0], figure, value: Number(figure.replace(/,/g, '')), counted: [], measured };
  });
  const shares = [...text.matchAll(SHARE_PHRASE)].map((m) => {
    const figure = SHARE_WORD.exec(m[0])![0];
    const after = words(m[0].slice(m[0].indexOf(figure) + figure.length));
    return { phrase: m[0].trim(), figure, value: SHARE_IN_WORDS[figure.toLowerCase()]!, counted: countedWords(after), measured: [] };
  });
  return [...closing, ...shares, ...[...text.matchAll(NUMBER_PHRASE)].map((m) => {
    const figure = FIGURE_IN_PHRASE.exec(m[0])![0];
    const after = words(m[0].slice(m[0].indexOf(figure) + figure.length));
    const unit = after.find((w) => HOURS_IN[w] || SCALE[w]);
    const value = (NUMBER_WORDS[figure.toLowerCase()] ?? Number(figure.replace(/,/g, ''))) * ((unit && (HOURS_IN[unit] ?? SCALE[unit])) || 1);
    // (The unit is no thing counted: "5 per cent in 2021" and "20 per cent of iPhone production" count different things.)
    return { phrase: m[0].trim(), figure, value, counted: countedWords(after.filter((w) => !HOURS_IN[w] && !SCALE[w] && !UNITS.has(w))), measured: [] };
  })];
}

/**
 * Figures that count the same thing but changed: "10 major provincial
 * capitals" → "half of the 34 provincial capitals". The same number written
 * another way ("three" for "3", "1200" for "1,200", "three-day" for "72-hour")
 * is no change.
 */
function numberChanges(before: string, after: string): Mutation[] {
  const out: Mutation[] = [];
  const earlier = numberPhrases(before);
  const later = numberPhrases(after);
  for (const b of earlier) {
    const match =
      later.find((a) => a.phrase === b.phrase) ?? later.find((a) => a.counted.some((w) => b.counted.includes(w))) ?? later.find((a) => a.measured.some((w) => b.measured.includes(w)));
    if (!match) continue;
    // "by up to 12 per cent" → "by 12 per cent": a closing figure, measuring the same thing, with its bound or value changed.
    if (b.measured.length && match.measured.length) {
      if (b.value !== match.value || qualifierOf(b) !== qualifierOf(match)) out.push({ kind: 'number-changed', before: b.phrase.trim(), after: match.phrase.trim() });
      continue;
    }
    const shared = b.counted.filter((w) => match.counted.includes(w));
    const trim = (phrase: string) => {
      const lower = phrase.toLowerCase();
      let end = Math.max(...shared.map((w) => lower.lastIndexOf(w) + w.length));
      // (To the end of the word: the shared form is the singular of "placentas".)
      while (/\p{L}/u.test(phrase[end] ?? '')) end++;
      return phrase.slice(0, end);
    };
    const [from, to] = [trim(b.phrase), trim(match.phrase)];
    const sameFigure = b.value === match.value && boundOf(from.slice(0, from.indexOf(b.figure))) === boundOf(to.slice(0, to.indexOf(match.figure)));
    if (from.toLowerCase() !== to.toLowerCase() && !sameFigure) out.push({ kind: 'number-changed', before: from, after: to });
  }
  // "about 120,000 vehicles" → "150,000 cars": the one figure of each version, counting the same thing in other words.
  // ("could cost up to £2bn" → "will cost £2bn": the one figure, its bound dropped.)
  const [e, l] = [earlier[0], later[0]];
  const changed = e && l && (e.value !== l.value || qualifierOf(e) !== qualifierOf(l));
  if (!out.length && earlier.length === 1 && later.length === 1 && changed && !isYear(e.figure) && !isYear(l.figure)) {
    out.push({ kind: 'number-changed', before: figureAndNoun(earlier[0]), after: figureAndNoun(later[0]) });
  }
  return out;
}
const isYear = (figure: string) => /^(?:19|20)\d\d$/.test(figure);
/** The words before a phrase's figure: "up to " of "up to £2bn". */
const qualifierOf = (p: { phrase: string; figure: string }) => boundOf(p.phrase.slice(0, p.phrase.indexOf(p.figure)).replace(/[$£€]$/, ''));
/** Bounds that say the same in other words: "over 2 million" is "more than 2 million", "around 300" is "about 300". */
const SAME_BOUND = wordTable({ around: 'about', roughly: 'about', approximately: 'about', some: 'about', almost: 'nearly', over: 'more than', under: 'less than', 'fewer than': 'less than' });
const boundOf = (words: string) => {
  const bound = words.trim().toLowerCase();
  return SAME_BOUND[bound] ?? bound;
};
/** A figure's phrase up to the word it counts: "about 120,000 vehicles" of "about 120,000 vehicles in the". */
const figureAndNoun = (p: { phrase: string; figure: string }) => {
  const figureEnd = p.phrase.indexOf(p.figure) + p.figure.length;
  // (With its unit written on: "12%", "£2bn", "£4m".)
  const end = figureEnd + (/^(?:%|bn\b|m\b|k\b)/.exec(p.phrase.slice(figureEnd))?.[0].length ?? 0);
  // (Not a preposition after a share: "about 20%" of "about 20% in a small trial".)
  const counted = /^(?:\s+(?:million|billion|thousand|percent|per cent))?(?:\s+|-)(?!(?:in|of|on|at|to|for|by|from|with|and|or|than)\b)[\p{L}’'-]+/iu.exec(p.phrase.slice(end));
  return p.phrase.slice(0, end + (counted?.[0].length ?? 0));
};
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];

/**
 * How a claim changed from one version to the next: hedges added or removed,
 * certainty changed, numbers or names changed, attribution added or dropped,
 * quotes altered, opinion added. Each mutation names the words involved.
 */
export function findMutations(before: ClaimSentence, after: ClaimSentence): Mutation[] {
  const out: Mutation[] = [];
  const changes = diffWords(before.text, after.text) ?? [];
  // "was "extremely serious"" → "as 'extremely serious'": new marks or words around a quote alter no quote.
  // ("“The dose makes the poison,” said Campen" → "The dose makes the poison, and…": nor do marks dropped from words
  // kept; the attribution dropped tells what changed.)
  // ('Storm Darragh left…' → 'According to Reuters, "Storm Darragh left…"': nor do marks put round words kept.)
  const quotesKept = sameQuotes(before.text, after.text) || quotesUnmarked(before.text, after.text) || quotesUnmarked(after.text, before.text);
  // Pair each removal with the addition that follows it: a replacement.
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    if (!c.added && !c.removed) continue;
    let removed = '';
    let added = '';
    while (i < changes.length && (changes[i].added || changes[i].removed || (!changes[i].value.trim() && (changes[i + 1]?.added || changes[i + 1]?.removed)))) {
      if (changes[i].removed) removed += changes[i].value;
      else if (changes[i].added) added += changes[i].value;
      else {
        removed += changes[i].value;
        added += changes[i].value;
      }
      i++;
    }
    i--;
    out.push(...classifyChange(removed.trim(), added.trim(), before, after, quotesKept));
  }
  out.push(...numberChanges(before.text, after.text));
  // (A copy printing a quote's "We don't yet know…" as its own speaks for no one: the speaker dropped is told.)
  const ownBefore = before.attributions.filter((a) => !a.inherited && !isWritersVoice(a));
  const ownAfter = after.attributions.filter((a) => !a.inherited && !isWritersVoice(a));
  // Each source on its own: a copy that adds "cited by U.S. News" to the original's anonymous sources adds an attribution.
  // ('"This investment is a vote of confidence," said Claire Dunn… ⏎ "This investment is…"' → "This investment is a vote
  // of confidence…", citing no one: a quote's words printed as the writer's own drop the speaker an earlier sentence named.)
  const unmarked = quotesUnmarked(before.text, after.text) && !after.attributions.length ? before.attributions.filter((a) => a.inherited) : [];
  const dropped = [...ownBefore.filter((b) => !ownAfter.some((a) => sameSource(a, b))), ...unmarked];
  const added = ownAfter.filter((a) => !ownBefore.some((b) => sameSource(a, b)));
  if (dropped.length) out.push({ kind: 'attribution-dropped', before: dropped.map((a) => citedAs(a, before.text)).join('; '), after: '' });
  if (added.length) out.push({ kind: 'attribution-added', before: '', after: added.map((a) => citedAs(a, after.text)).join('; ') });
  // "Sheriff Keith Pearson said" → "the local sheriff said": the same source, its name gone, so the reader can no longer check it.
  const unnamed = ownBefore.flatMap((b) => ownAfter.filter((a) => sameSource(a, b) && nameLost(b, a, after.text)).map((a) => [b, a]));
  if (unnamed.length) out.push({ kind: 'source-unnamed', before: unnamed.map(([b]) => b.sourceText).join('; '), after: unnamed.map(([, a]) => a.sourceText).join('; ') });
  // Opinion the later writer brought in: judging words the earlier version lacks, by stem ("succeeds" is
  // "succeed"); words both share were not added, whichever side of the flag's threshold each version fell.
  const stemsBefore = new Set(words(before.text).map(contentStem));
  const newOpinion = after.flags
    .filter((f) => f.flag === 'opinion')
    .flatMap((f) => f.cues.map((c) => c.text))
    .filter((t) => words(t).some((w) => !stemsBefore.has(contentStem(w))));
  if (newOpinion.length) out.push({ kind: 'opinion-added', before: '', after: [...new Set(newOpinion)].join(', ') });
  // A replacement that is only a citation swapped ("according to three people…" → "Politico reported") says no more
  // than the attribution changes; nor does a citation's clause dropped whole (", according to the UN, though aid
  // workers say the toll is likely higher"), whatever hedge its sources spoke.
  const citations = [...dropped, ...added].map((a) => a.sourceText);
  const toldByAttribution = (m: Mutation) => TOLD_BY_ATTRIBUTION.has(m.kind) && citations.some((c) => m.before.includes(c) || m.after.includes(c));
  // "Police said the suspect…" → "…, according to police": the same source cited in other words changes no wording of the claim.
  const citationWords = new Set([...ownBefore, ...ownAfter].flatMap((c) => words(`${c.sourceText} ${c.cueText ?? ''}`)));
  // ("The company said it had no plans to cut jobs" → "The company plans to cut jobs": not when a negation went with it.)
  const recitedOnly = (m: Mutation) => {
    const changed = [...words(m.before), ...words(m.after)];
    const content = changed.filter((w) => !isStopWord(w));
    return m.kind === 'wording-changed' && content.length > 0 && content.every((w) => citationWords.has(w)) && !changed.some(isNegation);
  };
  return dedupe(out.filter((m) => !toldByAttribution(m) && !recitedOnly(m)));
}

const FIGURE = /\d[\d.,]*/g;
/** Words as either side of the Atlantic spells them the same: "per cent" is "percent". */
const spelled = (s: string) => s.toLowerCase().replace(/\bper cent\b/g, 'percent');
/** A figure, a number word or a figure's qualifier, alone: "72-hour", "three-day", "At least", "More than 500", "Thousands of". */
const QUANTITY = new RegExp(
  String.raw`^(?:(?:${QUALIFIERS})(?:\s+|$))?(?:(?:\d[\d.,]*%?|${NUMBER_WORD}|${SHARE_WORDS})(?:[-\s](?:hours?|days?|weeks?|months?|years?|minutes?)|\s+of(?:\s+the)?(?:\s+\d[\d.,]*)?)?)?$|^(?:thousand|million|billion|trillion)$`,
  'i',
);

/** Words that deny what they go with: a change that drops or adds one turns the claim round. */
const NEGATIONS = new Set(['no', 'not', 'never', 'none', 'nothing', 'neither', 'nor']);
const isNegation = (w: string) => NEGATIONS.has(w) || /n['’]t$/.test(w);

/** Changes an attribution added or dropped already tells when the changed words hold the citation. */
const TOLD_BY_ATTRIBUTION = new Set<MutationKind>(['wording-changed', 'hedge-added', 'hedge-removed']);

/** A citation as the sentence words it, cue and source in their order: "according to three people", "Politico reported". */
function citedAs(a: ClaimCitation, text: string): string {
  if (!a.cueText) return a.sourceText;
  const [source, cue] = [text.indexOf(a.sourceText), text.indexOf(a.cueText)];
  return cue >= 0 && source >= 0 && cue < source ? `${a.cueText} ${a.sourceText}` : `${a.sourceText} ${a.cueText}`;
}

const contentStems = (text: string) => new Set(words(text).map(contentStem).filter(Boolean));

/**
 * Whether two citations name the same source: most content words of the
 * shorter name are in the longer ("U.S. and foreign intelligence sources" and
 * "multiple U.S. and foreign intelligence sources familiar with…"). A pronoun
 * ("he said") may stand for anyone, so it matches any source.
 */
function sameSource(a: ClaimCitation, b: ClaimCitation): boolean {
  const [x, y] = [contentStems(a.sourceText), contentStems(b.sourceText)];
  if (!x.size || !y.size) return true;
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared * 2 >= Math.min(x.size, y.size);
}

/**
 * Whether a named person cited in one version is cited in the next by a
 * description with no name ("the local sheriff", "a senior official"); a
 * pronoun stands for anyone and unnames no one.
 */
function nameLost(before: ClaimCitation, after: ClaimCitation, afterText: string): boolean {
  const text = afterText.toLowerCase();
  const lost = properNames(before.sourceText).some((n) => !text.includes(n.toLowerCase()));
  return before.sourceType === 'person' && lost && !properNames(after.sourceText).length && contentStems(after.sourceText).size > 0;
}
const properNames = (source: string) => (source.match(/(?<!\p{L})\p{Lu}[\p{L}’'.-]*/gu) ?? []).filter((w) => !COMMON_CAPITALISED.has(w));

/** Capitalised only because they start a sentence: not names. */
const COMMON_CAPITALISED = new Set([
  ...['The', 'It', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'They', 'We', 'I', 'In', 'On', 'As', 'At', 'But', 'And', 'Meanwhile', 'However'],
  // (A day or a month dropped is when, not who: "…, the WMO said on Wednesday" → "…in the Paris Agreement".)
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
]);

/** A word in lower case that is a stop word or a plural noun for people: "people", "researchers" ("Smith" is a name). */
const isCommonWord = (word: string) => isStopWord(word) || personNoun(word) === 'plural' || word === 'people';

/** Quote marks of any style, as one: '"…,"' and "'…,'" quote alike. */
const QUOTE_MARKS = /[“”"‘’']/g;

/** The words of a version's own attributions, source and cue: "said Matthew Campen, the study's lead author". */
const tagWords = (v: ClaimSentence) => new Set(v.attributions.filter((c) => !c.inherited).flatMap((c) => words(`${c.sourceText} ${c.cueText}`)));

/**
 * What one replacement changed. A name counts as changed only when the earlier
 * version's name is gone from the later one and the later one's is new, and
 * neither names a source (a source added or dropped is an attribution change).
 */
function classifyChange(removed: string, added: string, before: ClaimSentence, after: ClaimSentence, quotesKept: boolean): Mutation[] {
  // ('"…," said' → "'…,' said": a quote's marks set in another style change nothing.)
  if (removed.replace(QUOTE_MARKS, '"') === added.replace(QUOTE_MARKS, '"')) return [];
  const out: Mutation[] = [];
  const r = words(removed);
  const a = words(added);
  // ("said Matthew Campen, the study's lead author" → "lead author Matthew Campen said": the same source credited in other
  // words; what changed in the credit is told by the attributions compared.)
  // ("scientists have found" → "scientists have confirmed": a finding told as settled, whoever tells it.)
  if (r.some(isTentativeFinding) && a.some(isSettledFinding) && !r.some(isSettledFinding)) out.push({ kind: 'certainty-changed', before: removed, after: added });
  // ("is considering closing" → "has decided to close": a plan weighed told as decided.)
  if (r.some(isWeighing) && a.some(isDecision) && !r.some(isDecision)) out.push({ kind: 'certainty-changed', before: removed, after: added });
  // ("Some residents said" → "All residents said", "One doctor said" → "Doctors say": a few told as many, or all, before
  // the check below, for the words may be the citation's.)
  if (sharedMore(r, a)) out.push({ kind: 'exaggerated', before: removed, after: added });
  // "Unemployment fell to 4.1%" → "Unemployment rose to 4.1%", "The minister denied…" → "The minister admitted…": the
  // claim told the other way (before the check below, for a reporting verb may be what turned).
  if (OPPOSITES.some(([x, y]) => (r.some(x) && a.some(y)) || (r.some(y) && a.some(x)))) out.push({ kind: 'direction-reversed', before: removed, after: added });
  const [tagBefore, tagAfter] = [tagWords(before), tagWords(after)];
  const [rBare, aBare] = [r, a].map((ws) => unquoted(ws).split(' ').filter(Boolean));
  if ((rBare.length || aBare.length) && rBare.every((w) => tagBefore.has(w)) && aBare.every((w) => tagAfter.has(w)) && before.attributions.some((b) => !b.inherited && after.attributions.some((c) => !c.inherited && sameSource(b, c)))) return out;
  const isModal = (w: string) => MODALS.has(w) || w === 'will';
  // "may have entered" → "entered": a modal of possibility dropped with none put in its place is a hedge dropped.
  const modalHedge = (from: string[], to: string[]) => from.some((w) => HEDGE_MODALS.has(w)) && !to.some(isModal);
  // A phrase one side has and the other lacks.
  const gained = (re: RegExp) => re.test(added) && !re.test(removed);
  const lost = (re: RegExp) => re.test(removed) && !re.test(added);
  // ("arrested on suspicion of murder" → "arrested for murder": a suspicion told as the offence.)
  // ("as quickly as possible": no hedge.)
  const hedgeWords = (ws: string[], v: ClaimSentence) => ws.filter((w) => HEDGE_WORDS.has(w) && !(w === 'possible' && AS_FAST_AS_POSSIBLE.test(v.text)));
  const [rHedges, aHedges] = [hedgeWords(r, before), hedgeWords(a, after)];
  const hedgesAdded = aHedges.some((w) => !rHedges.includes(w)) || modalHedge(a, r) || [HEDGED_BY_OTHERS, SUSPICION, LIKELIHOOD].some(gained);
  const hedgesRemoved = rHedges.some((w) => !aHedges.includes(w)) || modalHedge(r, a) || [HEDGED_BY_OTHERS, LIMITED_FINDING, SUSPICION, LIKELIHOOD].some(lost);
  if (hedgesAdded) out.push({ kind: 'hedge-added', before: removed, after: added });
  if (hedgesRemoved) out.push({ kind: 'hedge-removed', before: removed, after: added });
  const modalsBefore = r.filter((w) => isModal(w) || w === 'is' || w === 'are');
  const modalsAfter = a.filter(isModal);
  const modalChanged = modalsAfter.some((m) => !modalsBefore.includes(m)) && (modalsBefore.length || MODALS.has(modalsAfter[0]));
  // "is linked to a lower risk" → "cuts the risk", "contributed to 12,000 deaths" → "killed": an association, or a
  // part in a cause, told as the cause.
  const causeClaimed = lost(ASSOCIATION) && !!added;
  if ((modalChanged && !modalHedge(a, r)) || causeClaimed) out.push({ kind: 'certainty-changed', before: removed, after: added });
  // ("People who drink…" → "Drinking…": a common word capitalised to open the sentence is no name.)
  const opening = (n: string) => !n.includes(' ') && (before.text.startsWith(n) || after.text.startsWith(n)) && isCommonWord(n.toLowerCase());
  const names = (s: string) =>
    (s.match(/\b[A-Z][\p{L}’'.-]+(?:\s+[A-Z][\p{L}’'.-]+)*/gu) ?? []).filter((n) => !COMMON_CAPITALISED.has(n) && !NUMBER_WORDS[n.toLowerCase()] && !SHARE_IN_WORDS[n.toLowerCase()] && !opening(n));
  // A name only set in capitals ("Sudan's" → "SUDAN'S") is the same name; so is a state's other name, its capital
  // ("China said" → "Beijing said", "The European Commission is considering" → "Brussels will slap").
  const newIn = (version: ClaimSentence, other: ClaimSentence) => (n: string) =>
    ![n, ...otherNamesOfState(n)].some((name) => other.text.toLowerCase().includes(name.toLowerCase())) && !version.attributions.some((c) => c.sourceText.includes(n));
  if (names(removed).some(newIn(before, after)) && names(added).some(newIn(after, before))) out.push({ kind: 'entity-changed', before: removed, after: added });
  if (!quotesKept && (/[“”"]|(?<!\p{L})['‘]|['’](?!\p{L})/u.test(removed + added) || insideChangedQuote(r, a, before.text, after.text)) && unquoted(r) !== unquoted(a)) out.push({ kind: 'quote-altered', before: removed, after: added });
  // "1,200" → "1,500", "72-hour" → "three-day", "At least" → "More than": a figure or its qualifier alone replaced is told by numberChanges.
  // "rose" → "soared", "fell slightly" → "plunged": a change told as more dramatic than the earlier version had it.
  // ("slows ageing" → "reverses ageing", "reduces the risk" → "prevents": a partial effect told as a complete one.)
  if ((a.some(isDramaticMove) && !r.some(isDramaticMove) && r.some(isPlainMove)) || (a.some(isCompleteEffect) && !r.some(isCompleteEffect) && r.some(isPartialEffect))) out.push({ kind: 'exaggerated', before: removed, after: added });
  // (A qualifier alone dropped or added, "About 300" → "300", is the figure's change too.)
  const figuresOnly = spelled(removed).replace(FIGURE, '#') === spelled(added).replace(FIGURE, '#') || ((!!removed || !!added) && QUANTITY.test(removed) && QUANTITY.test(added));
  // "slowed" → "slows": the same words in another tense or number.
  const sameStems = r.length === a.length && r.every((w, i) => w === a[i] || (!!contentStem(w) && contentStem(w) === contentStem(a[i])));
  // ("had lost power" → "lost power": only the perfect's auxiliary dropped or added.)
  const perfectOnly = [...r, ...a].every((w) => PERFECT.has(w));
  if (!out.length && (removed || added) && !figuresOnly && !sameStems && !perfectOnly) out.push({ kind: 'wording-changed', before: removed, after: added });
  return out;
}

/** The auxiliaries of the perfect: "had lost" tells what "lost" does. */
const PERFECT = new Set(['had', 'has', 'have']);

/** Verbs of a rise, and of a fall, whatever their force. */
const isRise = (w: string) => /^(?:rose|ris(?:e|es|ing|en)|climb|increas|grew|grow|gain|jump|soar|surg|skyrocket|rocket|balloon)/.test(w);
const isFall = (w: string) => /^(?:fell|fall|drop|declin|decreas|dipp?|slipp?|shr[ai]nk|shrunk|plung|plummet|tumbl|slump|crash|collaps|sank|sink)/.test(w);
/** Words that tell the same event the other way, in pairs: rise and fall, denial and admission, acquittal and conviction, win and loss. */
const OPPOSITES: [(w: string) => boolean, (w: string) => boolean][] = [
  [isRise, isFall],
  [(w) => /^(?:den(?:y|ies|ied|ying)|refut|reject)/.test(w), (w) => /^(?:admit|confirm|acknowledg|conced)/.test(w)],
  [(w) => /^acquit/.test(w), (w) => /^convict/.test(w)],
  [(w) => /^(?:won|wins?|winning)$/.test(w), (w) => /^(?:lost|lose|loses|losing)$/.test(w)],
];
/** Verbs that tell a rise or a fall as dramatic: "soared", "plunged", "skyrocketing", "collapsed". */
const isDramaticMove = (w: string) => /^(?:soar|surg|skyrocket|rocket|balloon|explod|spiral|plung|plummet|crash|collaps|nosediv|tumbl|slump|crater|slash|decimat|tank(?:s|ed|ing)$|ax(?:e|es|ed|ing)$|gut(?:s|ted|ting)?$)/.test(w);
/** Verbs that tell a rise or a fall plainly, and the words that make it small: "rose", "fell", "edged", "slightly". */
const isPlainMove = (w: string) => /^(?:rose|rise|rising|climb|increas|grew|grow|edg|fell|fall|drop|declin|dipp?|slipp?|eas|decreas|reduc|lower|cut(?:s|ting)?$|slight|modest|marginal)/.test(w);

/** Effects in part, and complete: "slows", "reduces", "helps" against "reverses", "cures", "prevents", "eliminates". */
const isPartialEffect = (w: string) => /^(?:slow|reduc|lower|eas(?:e|es|ed|ing)$|help|improv|delay|limit|curb|lessen|alleviat|mitigat)/.test(w);
const isCompleteEffect = (w: string) => /^(?:revers|cur(?:e|es|ed|ing)$|eliminat|eradicat|halt|stop|prevent|banish|wip(?:e|es|ed|ing)$|defeat)/.test(w);
/** A plan weighed, and one decided: "is considering", "weighs" against "decided", "agreed", "approved". */
const isWeighing = (w: string) => /^(?:consider|weigh|explor|mull|contemplat)/.test(w);
const isDecision = (w: string) => /^(?:decid|decision|agreed|approv|ordered)/.test(w);

/** How many a quantifier tells of, in rank: one, a few, many, most, all. */
const SHARE_RANK: Record<string, number> = { one: 1, single: 1, few: 2, some: 2, several: 2, many: 3, most: 4, all: 5, every: 5, everyone: 5, everybody: 5 };
const shareRank = (ws: string[]) => Math.max(0, ...ws.map((w) => SHARE_RANK[w] ?? 0));
/**
 * Whether the later words tell of more people or things than the earlier: a larger quantifier ("some" → "all"), or one
 * told as its bare plural ("One doctor" → "Doctors").
 */
function sharedMore(before: string[], after: string[]): boolean {
  const [was, is] = [shareRank(before), shareRank(after)];
  if (was > 0 && is > was) return true;
  return was === 1 && is === 0 && before.some((w) => after.includes(`${w}s`));
}

/** Findings as found, and as settled: "found", "suggests" against "confirmed", "proved". */
const isTentativeFinding = (w: string) => /^(?:found|find(?:s|ing)?$|suggest|indicat|report)/.test(w);
const isSettledFinding = (w: string) => /^(?:confirm|prov(?:e|es|ed|en|ing)$|establish|demonstrat)/.test(w);

/** Words without the straight or curly single marks around them: "'" alone is no word. */
const unquoted = (ws: string[]) => ws.map((w) => w.replace(/^['’]+|['’]+$/g, '')).filter(Boolean).join(' ');

/** Quoted words, in any marks ("…", “…”, ‘…’, '…'), each as its lower-case words (an apostrophe inside a word, "don't", closes no quote). */
const QUOTED = /[“"]([^”"]+)[”"]|(?<!\p{L})['‘]((?:[^'‘’\n]|(?<=\p{L})['’](?=\p{L}))+?)['’](?!\p{L})/gu;
const quotedWords = (text: string) => [...text.matchAll(QUOTED)].map((m) => words(m[1] ?? m[2]).join(' ')).sort();

/**
 * Whether words changed inside a quote, its marks untouched ("a disgrace" → "a total disgrace"): each added word is in
 * a quote only the later version has, or each removed word in one only the earlier has.
 */
function insideChangedQuote(removed: string[], added: string[], before: string, after: string): boolean {
  const [was, is] = [quotedWords(before), quotedWords(after)];
  const within = (ws: string[], quotes: string[]) => ws.length > 0 && ws.every((w) => quotes.some((q) => q.split(' ').includes(w)));
  return within(added, is.filter((q) => !was.includes(q))) || within(removed, was.filter((q) => !is.includes(q)));
}

/** Whether two versions quote the same words, whatever marks and words stand around them. */
function sameQuotes(before: string, after: string): boolean {
  const [b, a] = [quotedWords(before), quotedWords(after)];
  return b.length === a.length && b.every((q, i) => q === a[i]);
}

/** Whether a later version prints every quote of the earlier as words of its own, without their marks. */
function quotesUnmarked(before: string, after: string): boolean {
  const was = quotedWords(before);
  const text = ` ${words(after).join(' ')} `;
  return was.length > 0 && !quotedWords(after).length && was.every((q) => text.includes(` ${q} `));
}

function dedupe(ms: Mutation[]): Mutation[] {
  const seen = new Set<string>();
  return ms.filter((m) => !seen.has(`${m.kind}|${m.before}|${m.after}`) && seen.add(`${m.kind}|${m.before}|${m.after}`));
}
