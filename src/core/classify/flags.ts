import { isQuoted, type QuoteSpan } from '../attribution/quotes';
import type { Attribution } from '../attribution/types';
import { isJoiningHyphen, type ParsedSentence, type ParsedToken } from '../text/parse';
import { asksForComment } from '../attribution/other-senses';
import { isWriterOrReader, POSSESSIVE, qualifiesNoun, SUBORDINATORS } from '../attribution/words';
import { namesCountry } from '../attribution/source-type';
import { personNoun } from '../attribution/person-nouns';
import { OPINION_THRESHOLD, opinionEvidence } from './opinion-model';
import { creditsSomeoneElse, reportedSpeech } from './reported-speech';
import { adverbValence, CERTAIN_DOOM, CERTAIN_WAR, END_TIMES, FUTURE_WAR, WAR_FORETOLD, WAR_TO_COME, HEDGES, HEDGING_ADVERBS, INTENSIFIERS, isFigurativeEndTimes, isIdleIntensifier, isJudgingOpener, isJudgingWord, isMildManner, isOutcome, isReportedDegree, judgesNothingAt, MODALS, OPINION_PHRASES, SCRIPTURE_REFERENCE, SPECULATION_PHRASES, valence } from './lexicon';
import { alternation } from '../text/patterns';
import { DAY_OF_MONTH } from '../extract/dates';

/** A sentence's closing question mark, before any closing quote mark: "…will it?", "…will it?”". */
export const CLOSING_QUESTION = /\?["”’]?\s*$/;

export const FLAG_NAMES = ['attributed', 'unsourced', 'opinion', 'speculative', 'prophetic', 'quote'] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

/** A span of the article text that triggered a flag. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

export interface Flag {
  flag: FlagName;
  /** 0..1: how strongly the cues support the flag. */
  score: number;
  cues: Cue[];
}

export interface SentenceContext {
  /** The sentence's own attributions and the ones it inherits. */
  attributions: Attribution[];
  /** Quoted spans (offsets in the article) overlapping the sentence. */
  quotes: { start: number; end: number }[];
}

const cueOf = (s: ParsedSentence, start: number, end: number): Cue => ({ start, end, text: s.text.slice(start - s.start, end - s.start) });
const squash = (x: number) => Math.round((1 - Math.exp(-x)) * 1000) / 1000;

/** Global copies of the patterns, made once: compiling a pattern per sentence cost more than the parse. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

function regexCues(s: ParsedSentence, re: RegExp): Cue[] {
  let global = GLOBAL.get(re);
  if (!global) {
    global = re.flags.includes('g') ? re : new RegExp(re.source, `${re.flags}g`);
    GLOBAL.set(re, global);
  }
  // exec on the one global copy: matchAll clones the pattern on every call, and most sentences match nothing.
  const cues: Cue[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(s.text); m; m = global.exec(s.text)) {
    cues.push(cueOf(s, s.start + m.index, s.start + m.index + m[0].length));
    if (m[0].length === 0) global.lastIndex++;
  }
  return cues;
}

/**
 * Every hedge of the list in one alternation, longest first so "at least" wins over "least"; not a poll's "likely
 * voters", the people it sampled, nor a likelihood measured: "were 25 per cent less likely to develop", "twice as likely",
 * nor the law's "probable cause".
 */
const HEDGE_PATTERN = new RegExp(
  `(?<!(?:%|per ?cent|percent|twice|times|half)\\s+(?:more|less|as)\\s+)\\b(?:${alternation([...HEDGES].sort((a, b) => b.length - a.length))})\\b(?!\\s+(?:(?:Democratic|Republican|GOP|Labour|Conservative)\\s+)?(?:voters|caucusgoers|primary voters)\\b|(?<=probable)\\s+cause\\b)`,
  'gi',
);

/** Comment adverbs with no valence of their own that still judge what follows: "Predictably, …", "Tellingly, …". */
const COMMENT_ADVERBS = new Set(['frankly', 'candidly', 'regrettably', 'laughably', 'predictably', 'unsurprisingly', 'tellingly', 'remarkably', 'astonishingly', 'inexplicably', 'mercifully', 'alarmingly', 'disgracefully', 'ironically', 'conveniently', 'curiously', 'bizarrely', 'absurdly', 'staggeringly', 'incredibly', 'unbelievably', 'surprisingly', 'unfortunately', 'hopefully', 'disturbingly', 'embarrassingly', 'outrageously']);

/**
 * Adjectives that grade a figure as big or small without judging elsewhere: "a colossal 906,000", "a mere 2p"
 * ("a mammoth task" judges nothing). Those that always judge ("paltry", "measly", "staggering", "whopping") have their
 * valence in the lexicon.
 */
const FIGURE_GRADES = new Set(['mere', 'hefty', 'colossal', 'astronomical', 'eye-watering', 'jaw-dropping', 'mammoth']);

/**
 * An evaluative "-ly" adverb opening the sentence (past "But" or "And") before a comma, or set between commas
 * ("The evidence is, frankly, overwhelming"): the writer's comment.
 */
function isCommentAdverb(tokens: ParsedToken[], k: number, v: number): boolean {
  const t = tokens[k];
  const opens = k === 0 || (k === 1 && /^(?:but|and|yet|so)$/.test(tokens[0].lower)) || tokens[k - 1].text === ',';
  // (The tagger may read an unknown one as a name for its capital: "Unsurprisingly".)
  return opens && (t.pos === 'ADV' || t.pos === 'PROPN') && /ly$/.test(t.lower) && tokens[k + 1]?.text === ',' && (v !== 0 || COMMENT_ADVERBS.has(t.lower));
}

/** An adverb in "-ingly" closing a hyphenated word: "eye-wateringly", "mind-bogglingly", "jaw-droppingly". */
const isCoinedIntensifier = (tokens: ParsedSentence['tokens'], k: number) =>
  /^\p{L}+ingly$/u.test(tokens[k].lower) && isJoiningHyphen(tokens, k - 1);

/**
 * Evaluative and loaded words, intensifiers, judgements, certainty phrases:
 * the writer's own view. Words in `othersWords` (quotes, reported speech) are someone else's.
 */
export function opinionCues(s: ParsedSentence, othersWords: QuoteSpan[]): { cues: Cue[]; weight: number; phrased: boolean } {
  const cues: Cue[] = [];
  let weight = 0;
  let phrased = false;
  for (const [k, t] of s.tokens.entries()) {
    // "free-kick", "long-running": the first part of a hyphenated word judges nothing alone.
    if (isQuoted(othersWords, t.start) || isJoiningHyphen(s.tokens, k + 1)) continue;
    // ("a colossal 906,000", "a hefty £3bn", "a mere 2%": words with no valence that grade the figure they size.)
    const v = t.pos === 'ADV' ? adverbValence(t.lower) : FIGURE_GRADES.has(t.lower) && gradesFigure(s.tokens, k) ? -2 : valence(t.lower);
    // "Shockingly, the report was buried.", "Unsurprisingly, …": the writer's comment on all that follows.
    if (isCommentAdverb(s.tokens, k, v)) {
      cues.push(cueOf(s, t.start, t.end));
      weight += 1;
      phrased = true;
      continue;
    }
    // Asked only of a word about to be a cue: most words are none.
    if ((v !== 0 || INTENSIFIERS.has(t.lower)) && judgesNothingAt(s.tokens, k)) continue;
    // Participles used as adjectives ("flawed pullout") judge as much as adjectives do.
    const adjectival = t.pos === 'ADJ' || (t.pos === 'ADV' && !isReportedDegree(t.lower, s.tokens[k + 1]) && !isMildManner(s.tokens, k)) || (t.pos === 'VERB' && /ed$/.test(t.lower) && s.tokens[k + 1]?.pos === 'NOUN');
    if (adjectival && v !== 0 && !isOutcome(t.lower)) {
      cues.push(cueOf(s, t.start, t.end));
      // "It was a disastrous afternoon for the Blues": the writer's verdict on the thing just told; so is a figure
      // graded as it is told ("soared to a shocking 4.2%", "an impressive £3bn").
      phrased ||= isJudgingWord(t.lower) || (t.pos === 'ADJ' && ((Math.abs(v) >= 2 && isVerdict(s.tokens, k)) || gradesFigure(s.tokens, k) || isIntensified(s.tokens, k, v)));
      // ("A greedy financial adviser", "the corrupt official": a person's faults told in passing weigh as much; "wealthy
      // foreigners" sorts people, praise of them is weighed as usual.)
      const strong = Math.abs(v) >= 3 || (t.pos === 'ADV' && t.lower.endsWith('ly')) || (t.pos === 'ADJ' && v <= -2 && qualifiesPerson(s.tokens, k));
      weight += strong ? 1 : Math.abs(v) >= 2 ? 0.6 : 0.35;
    } else if (isCoinedIntensifier(s.tokens, k)) {
      // "eye-wateringly expensive", "jaw-droppingly bad": an intensifier coined for effect is the writer's voice.
      cues.push(cueOf(s, s.tokens[k - 2].start, t.end));
      weight += 1;
      phrased = true;
    } else if (t.pos === 'ADV' && INTENSIFIERS.has(t.lower) && !isIdleIntensifier(t.lower, s.tokens[k + 1])) {
      cues.push(cueOf(s, t.start, t.end));
      weight += 0.35;
    } else if (isMoreThanVerdict(s.tokens, k)) {
      cues.push(cueOf(s, t.start, s.tokens[k + 3].end));
      weight += 0.6;
    } else if (t.pos === 'ADV' && isDegreeAdverb(t, s.tokens[k + 1])) {
      cues.push(cueOf(s, t.start, t.end));
      weight += 0.5;
    } else if (t.pos === 'NOUN' && Math.abs(v) >= 2 && !isOutcome(t.lower) && isVerdict(s.tokens, k)) {
      // "This is a national scandal", "It was a disaster": a judging noun said of "it" or "this" by "be" is the writer's verdict too.
      cues.push(cueOf(s, t.start, t.end));
      weight += 0.6;
      phrased = true;
    } else if (t.pos === 'NOUN' && isJudgingWord(t.lower)) {
      // ("China's tyrant Xi Jinping has vowed…", "Kremlin mouthpiece RT": a name that only ever damns, wherever it stands.)
      cues.push(cueOf(s, t.start, t.end));
      weight += 0.6;
      phrased = true;
    } else if (Math.abs(v) >= 3 && (t.pos === 'NOUN' || t.pos === 'VERB') && !isOutcome(t.lower)) {
      cues.push(cueOf(s, t.start, t.end));
      weight += 0.3;
    } else if ((t.lower === 'should' || t.lower === 'must') && !isExpectation(s.tokens, k) && !asksWhatOught(s, k)) {
      cues.push(cueOf(s, t.start, t.end));
      // "He should think again", "The government should scrap the cap": the writer's prescription, a view whatever its
      // words ("if it should continue" supposes; what "they said … should" is theirs, attributed).
      weight += isPrescription(s.tokens, k) ? 1 : 0.3;
    }
  }
  for (const re of OPINION_PHRASES) {
    const found = regexCues(s, re).filter((c) => !isQuoted(othersWords, c.start));
    cues.push(...found);
    weight += found.length * 1.2;
    phrased ||= found.length > 0;
  }
  if (/!\s*$/.test(s.text)) weight += 0.4;
  return { cues, weight, phrased };
}

/** Times a count is compared with, not a thing's nature: "more money than ever", "more time than expected". */
const COMPARED_WITH = /^(?:ever|before|usual|expected|planned|anticipated|forecast|predicted|last|previously|needed|necessary|required|anyone|anything|anywhere|any|most|average|others?)$/;

/**
 * "more slogan than strategy", "more style than substance": a thing weighed as one kind more than another, the
 * writer's verdict on what it is (two singular nouns; "more women than men", "more money than ever" count).
 */
function isMoreThanVerdict(tokens: ParsedSentence['tokens'], k: number): boolean {
  if (tokens[k].lower !== 'more' || tokens[k + 2]?.lower !== 'than') return false;
  const [what, other] = [tokens[k + 1], tokens[k + 3]];
  const singularNoun = (t: ParsedToken | undefined) => !!t && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && !/s$/.test(t.lower);
  return singularNoun(what) && singularNoun(other) && !COMPARED_WITH.test(other.lower);
}

/** Whether the adjective at `k` qualifies a noun for a person, past other modifiers: "greedy financial adviser". */
function qualifiesPerson(tokens: ParsedSentence['tokens'], k: number): boolean {
  // ("The move enraged critics": a verb in -ed the tagger read as an adjective, after its subject.)
  if (/ed$/.test(tokens[k].lower) && tokens[k - 1]?.pos === 'NOUN') return false;
  let head = k + 1;
  while (head < k + 4 && ['ADJ', 'NOUN'].includes(tokens[head]?.pos) && ['ADJ', 'NOUN'].includes(tokens[head + 1]?.pos)) head++;
  return tokens[head]?.pos === 'NOUN' && !!personNoun(tokens[head].lower);
}

/**
 * Whether the judging adjective at `k` is strengthened by the word before it: "extremely disappointing",
 * "remarkably successful", "hugely popular" grade as only a writer does (not a participle: "seriously injured").
 */
function isIntensified(tokens: ParsedSentence['tokens'], k: number, v: number): boolean {
  const before = tokens[k - 1];
  return Math.abs(v) >= 2 && !/(?:ed|ing)$/.test(tokens[k].lower) && before?.pos === 'ADV' && INTENSIFIERS.has(before.lower) && !/^(?:so|too|such)$/.test(before.lower);
}

/** Whether the adjective at `k` stands between "a" and a figure: "a shocking 4.2%", "an impressive $3bn". */
function gradesFigure(tokens: ParsedSentence['tokens'], k: number): boolean {
  const next = tokens[k + 1];
  const figure = next?.pos === 'NUM' || /^[£$€]?\d/.test(next?.text ?? '') || (/^[£$€]$/.test(next?.text ?? '') && /^\d/.test(tokens[k + 2]?.text ?? ''));
  return figure && /^an?$/.test(tokens[k - 1]?.lower ?? '');
}

/** Whether the adjective (or noun) at `k` is said of "it", "this" or "that" by "be": "It was a disastrous afternoon", "This is truly shameful", "This is a national scandal". */
function isVerdict(tokens: ParsedSentence['tokens'], k: number): boolean {
  let i = k - 1;
  while (tokens[i]?.pos === 'ADV' || (tokens[k].pos === 'NOUN' && tokens[i]?.pos === 'ADJ')) i--;
  if (tokens[i]?.lower === 'a' || tokens[i]?.lower === 'an') i--;
  if (tokens[i]?.lower === 'been' && /^(?:has|had)$/.test(tokens[i - 1]?.lower ?? '')) i--;
  else if (tokens[i]?.lower === 'be' && /^(?:will|would)$/.test(tokens[i - 1]?.lower ?? '')) i--;
  else if (!/^(?:is|was|are|were|'s|’s|has|had|will|would)$/.test(tokens[i]?.lower ?? '')) return false;
  // (Past an adverb between commas: "The software, however, is a mess.")
  const aside = tokens[i - 1]?.text === ',' && tokens[i - 2]?.pos === 'ADV' && tokens[i - 3]?.text === ',' ? 3 : 0;
  const subject = tokens[i - 1 - aside];
  const opens = !tokens[i - 2 - aside] || tokens[i - 2 - aside].pos === 'PUNCT' || tokens[i - 2 - aside].pos === 'CCONJ';
  if (!!subject && /^(?:it|this|that)$/.test(subject.lower) && opens) return true;
  // ("The software is a mess.", "the redesigned Photos app is confusing.": a thing's verdict closing its clause; not
  // one told as someone's, after "that": "a concern was that much of the Bill is vague"; nor a comparison: "Republican
  // support was more solid".)
  // (Nor only the adjective: "The contestants are a glorious bunch." closes on the noun it grades.)
  const last = tokens[k].pos === 'ADJ' && tokens[k + 1]?.pos === 'NOUN' && /^an?$/.test(tokens[k - 1]?.lower ?? '') ? k + 1 : k;
  const closes = (!tokens[last + 1] || /^[.!;,]$/.test(tokens[last + 1].text) || tokens[last + 1].pos === 'CCONJ') && !/^(?:more|less)$/.test(tokens[k - 1]?.lower ?? '');
  const told = tokens.slice(0, i).some((t) => t.lower === 'that' && t.pos === 'SCONJ');
  return closes && !told && /^(?:is|are|was|were)$/.test(tokens[i]?.lower ?? '') && (subject?.pos === 'NOUN' || (subject?.pos === 'PROPN' && tokens[i - 2 - aside]?.pos === 'DET'));
}

/** What a thing is expected to bring about: "should allow aid to reach…", "should mean lower bills". */
// (Not "increase", "cut", "raise": "Europe should increase spending" prescribes.)
const CONSEQUENCE = new Set(['allow', 'enable', 'mean', 'lead', 'result', 'take', 'arrive', 'begin', 'start', 'end', 'finish', 'open', 'reopen', 'resume', 'last']);

/** "should" or "must" with its verb in the main clause, after its subject: what someone ought to do, or have done. */
function isPrescription(tokens: ParsedToken[], k: number): boolean {
  let verb = k + 1;
  while (tokens[verb] && (tokens[verb].pos === 'ADV' || tokens[verb].lower === 'not')) verb++;
  const subject = tokens[k - 1];
  const clauseStart = tokens.slice(0, k).findLastIndex((t) => t.text === ',' || SUBORDINATORS.has(t.lower) || t.lower === 'that');
  // ("Scott should have stopped at one film": what someone ought to have done, as plain a view; "Ministers should be
  // bolder": what someone ought to be, where "Temperatures should be higher" expects.)
  const ought = tokens[verb]?.lower === 'be' && tokens[verb + 1]?.pos === 'ADJ' && !!subject && (subject.pos !== 'NOUN' || !!personNoun(subject.lower));
  const base = tokens[verb]?.pos === 'VERB' ? tokens[verb].lower === tokens[verb].lemma : tokens[verb]?.lower === 'have' || ought;
  // (Not in a clause that supposes, reports or asks: "if it should continue", "agreement that Europe should…", "who should pay".)
  return base && !!subject && ['NOUN', 'PROPN', 'PRON'].includes(subject.pos) && !/^(?:who|what|which)$/.test(subject.lower) && !/^(?:if|unless|whether|that)$/.test(tokens[clauseStart]?.lower ?? '');
}

/**
 * "So should you ditch your morning oats?": the writer asking what ought to be done, the question's own flag, no
 * prescription ("Why should taxpayers foot the bill?" answers itself).
 */
const asksWhatOught = (s: ParsedSentence, k: number) =>
  ['PRON', 'NOUN', 'PROPN', 'DET'].includes(s.tokens[k + 1]?.pos ?? '') && s.tokens[k - 1]?.lower !== 'why' && /\?["”’]?$/.test(s.text.trim());

/** "The truce should allow convoys through": "should" of expectation, a forecast rather than a judgement. */
const isExpectation = (tokens: ParsedToken[], k: number) => tokens[k].lower === 'should' && CONSEQUENCE.has(tokens[k + 1]?.lemma ?? '');

/** "spectacularly wrong", "woefully inadequate": an adverb in -ly strengthening a judging adjective judges too ("publicly pressured" is a manner of acting). */
const isDegreeAdverb = (t: ParsedToken, next: ParsedToken | undefined) => /ly$/.test(t.lower) && next?.pos === 'ADJ' && !/(?:ed|ing)$/.test(next.lower) && valence(next.lower) !== 0;

const HEDGING_ADVERB_PATTERN = new RegExp(`\\b(?:${alternation(HEDGING_ADVERBS)})\\b`, 'i');

/** "could not be reached", "couldn't attend": a past inability, not a guess. */
const isPastInability = (s: ParsedSentence, k: number) => s.tokens[k].lower === 'could' && /^(?:not|n't|n’t)$/.test(s.tokens[k + 1]?.lower ?? '');

/**
 * "bulldozers pushed the cars aside so fire trucks could pass", "so that they would be safe": what an act was for, told
 * with it; no guess.
 */
const isPurpose = (s: ParsedSentence, k: number) => {
  if (!/^(?:could|would|might)$/.test(s.tokens[k].lower)) return false;
  // (Not a sentence's opening "So …", nor a result after a comma, ", so profits could rise", nor "so" of degree: "so
  // complex it could collapse", "so much could go wrong".)
  const so = s.tokens.findLastIndex((t, i) => i > 0 && i >= k - 5 && i < k - 1 && t.lower === 'so');
  return so > 0 && s.tokens[so - 1].text !== ',' && !['ADJ', 'ADV'].includes(s.tokens[so + 1].pos);
};

/** A time told as past: "As a child", "Back then", "in those days" ("every day" alone may be any time: "Every day we wait, more could die"). */
const HABITUAL_PAST = /\b(?:as a (?:child|boy|girl|teenager|student|young (?:man|woman))|back then|in those days|in (?:his|her|their|my|our) (?:youth|childhood))\b/i;

/**
 * "He would later become prime minister", "she would go on to win", "a role she would return to twice": a life told in
 * order, no guess; nor is a habit or an ability of the past, "As a child, he would walk five miles to school every day",
 * "Back then, you could buy a house for £20,000".
 */
const isFutureInPast = (s: ParsedSentence, k: number) =>
  (/^(?:would|could)$/.test(s.tokens[k].lower) && HABITUAL_PAST.test(s.text)) ||
  (s.tokens[k].lower === 'would' && (/^(?:later|subsequently)$/.test(s.tokens[k + 1]?.lower ?? '') || (s.tokens[k + 1]?.lower === 'go' && s.tokens[k + 2]?.lower === 'on') || s.tokens.slice(k + 2, k + 6).some((t) => /^(?:twice|thrice)$/.test(t.lower))));

/** "Under the plans, 30% of the homes would be affordable": what a plan, a deal or a law provides, its modals its terms. */
const UNDER_TERMS = /^under (?:the|a|an|this|that|these|its|their|his|her) (?:[\w-]+ ){0,3}?(?:plans?|proposals?|deal|agreement|bill|law|rules|scheme|terms|program|programme|legislation|changes|reforms?|arrangements?|settlement|policy|contract|treaty|rule|system),/i;

/** "in May 2023", "Theresa May": a capital "May" inside a sentence, or before a number, is no modal. */
const isMonthOrName = (s: ParsedSentence, k: number) => s.tokens[k].text === 'May' && (k > 0 || /^\d/.test(s.tokens[k + 1]?.text ?? ''));

/** Whether the sentence is the interviewer's, after a label of the article's own ("Q:"). */
const isInterviewing = (ctx: SentenceContext) => ctx.attributions.some((a) => a.sourceType === 'self' && a.cueText === ':');

/**
 * The writer's own speculation: modals (not "should" and "must", which
 * judge), hedges, forecasts, questions and conditionals, outside quotes. In a
 * sentence that credits a source ("Trump says he would pay for it"), what the
 * source may or would do is the source's; only the writer's hedging adverbs
 * ("reportedly", "allegedly") are still the writer's.
 */
function speculativeCues(s: ParsedSentence, ctx: SentenceContext): Cue[] {
  const outsideQuotes = (c: Cue) => !isQuoted(ctx.quotes, c.start);
  const cues = regexCues(s, HEDGING_ADVERB_PATTERN);
  // (An interviewer's question, "Q: … Is the NHS broken?", asks; it guesses at nothing. The writer's does, whoever it
  // asks about: "Why has the government never warned us?"; one a source puts after a colon is theirs: "…suggested
  // asking yourself this: Would I rather…?".)
  const sourcesQuestion = ctx.attributions.some((a) => a.cueStart >= s.start && s.text.includes(':', a.cueEnd - s.start));
  const question = isInterviewing(ctx) || sourcesQuestion ? null : CLOSING_QUESTION.exec(s.text);
  if (question) cues.push(cueOf(s, s.start + question.index, s.start + question.index + 1));
  if (ctx.attributions.some(creditsSomeoneElse)) return dedupe(cues.filter(outsideQuotes));
  // (What a plan provides is told by its modals: they are its terms.)
  if (!UNDER_TERMS.test(s.text)) s.tokens.forEach((t, k) => {
    // ("could at least admit it" reproaches; it guesses at nothing.)
    const reproach = s.tokens[k + 1]?.lower === 'at' && s.tokens[k + 2]?.lower === 'least';
    if (MODALS.has(t.lower) && ((t.lower !== 'should' && t.lower !== 'must') || isExpectation(s.tokens, k)) && !isPastInability(s, k) && !isFutureInPast(s, k) && !isMonthOrName(s, k) && !reproach && !isPurpose(s, k)) cues.push(cueOf(s, t.start, t.end));
  });
  for (const re of [...SPECULATION_PHRASES, HEDGE_PATTERN]) cues.push(...regexCues(s, re));
  // ("If anything, …", "…, if anything, even more unhinged": "rather", no condition.)
  if (/^(?:if|unless|should)\b(?! anything\b)/i.test(s.text)) cues.push(cueOf(s, s.start, s.start + s.text.split(/\s/)[0].length));
  // A condition later in the sentence: "…is heading for catastrophe unless emissions are cut", "…, if talks fail".
  for (const m of s.text.matchAll(/(?<=\S\s)unless\b|(?<=,\s)if\b(?! anything\b)/gi)) cues.push(cueOf(s, s.start + m.index, s.start + m.index + m[0].length));
  return dedupe(cues.filter(outsideQuotes));
}

const WAR_WORD = /war|invasion|invade|confrontation|showdown|battle|conflict|attack|blockade|seize|(?:move|march) on|destroyed|obliterated|wiped out|conquered|annihilated/i;
/** A move "on" a place is an advance on it ("will move on Taiwan", "will march on Kyiv"), not "will move on from…" or "on Friday". */
const movesOnPlace = (s: ParsedSentence, c: Cue) => !/on$/.test(c.text) || /^\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}/u.test(s.text.slice(c.end - s.start));
/** Who wages a war foretold: a country, its capital or its forces ("Russia will invade", "Chinese troops will attack"; not "The club will attack"). */
const isBelligerent = (subject: string) => namesCountry(subject) || /\b(?:army|armies|troops|forces|military|regime|NATO|Kremlin|Pentagon|Moscow|Beijing|Tehran|Pyongyang|Hamas|Hezbollah)\b/.test(subject);
/** A condition or a question: what it says will happen is not declared certain. */
const UNCERTAIN = /\b(?:if|unless|whether)\b|\?/i;
/** A modal or a hedge before a doom: guessed at, not declared. */
const HEDGED_DOOM = /\b(?:could|may|might|perhaps|possibly|maybe)\b/i;

function propheticCues(s: ParsedSentence, scripture: Cue[], ownVoice: boolean): Cue[] {
  // (The war patterns are tried only where a word of war stands: they run on every sentence.)
  const war = WAR_WORD.test(s.text);
  const certainWar = ownVoice && war ? [...regexCues(s, CERTAIN_WAR), ...(UNCERTAIN.test(s.text) ? [] : [...regexCues(s, WAR_FORETOLD).filter((c) => isBelligerent(s.text.slice(0, c.start - s.start)) && movesOnPlace(s, c)), ...regexCues(s, WAR_TO_COME)])] : [];
  // (Doom declared certain, not guessed at: "This could be the beginning of the end for the regime" is speculation.)
  const hedgedBefore = (c: Cue) => UNCERTAIN.test(s.text) || HEDGED_DOOM.test(s.text.slice(0, c.start - s.start));
  const endTimes = regexCues(s, END_TIMES).filter((c) => !isFigurativeEndTimes(c.text, s.text.slice(c.end - s.start), s.text.slice(0, c.start - s.start)));
  const cues = [...scripture, ...endTimes, ...certainWar, ...(ownVoice ? regexCues(s, CERTAIN_DOOM).filter((c) => !hedgedBefore(c)) : [])];
  if (cues.length && war && FUTURE_WAR.test(s.text)) cues.push(...regexCues(s, FUTURE_WAR));
  return dedupe(cues);
}

function dedupe(cues: Cue[]): Cue[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((c, i) => !sorted.slice(0, i).some((o) => o.start <= c.start && o.end >= c.end));
}

/** A statement of fact someone could check: numbers, money, dates, or named things doing something. */
function factualCues(s: ParsedSentence, scripture: Cue[]): Cue[] {
  const header = /^\s*date\s+\S+/i.exec(s.text)?.[0].length ?? 0;
  // A day of the month is a time, no figure: "on 14 January", "Nov. 8".
  // So are a time of day ("at 6am", "11.20pm", "14:32") and a telephone number ("Crimestoppers on 0800 555 111").
  const dates = /\d/.test(s.text) ? [...s.text.matchAll(DAY_OF_MONTH), ...s.text.matchAll(TIME_OF_DAY), ...s.text.matchAll(PHONE_NUMBER)].map((m) => [s.start + m.index, s.start + m.index + m[0].length]) : [];
  const inDate = (t: ParsedToken) => dates.some(([from, to]) => from <= t.start && t.end <= to);
  const cues: Cue[] = [];
  /** The last token of the last figure cue (past it, the second word of a unit taken into it is skipped). */
  let figureEnd = -2;
  for (const [k, t] of s.tokens.entries()) {
    // "Ezekiel 38", "Revelation 16:12": a scripture's chapter and verse are no figures to source.
    // ("net zero", "zero tolerance": names, no figures.)
    // ("[1]": a reference mark, no figure.)
    const referenceMark = s.tokens[k - 1]?.text === '[' && s.tokens[k + 1]?.text === ']';
    if (t.start - s.start < header || t.lower === 'one' || inDate(t) || referenceMark || (t.lower === 'zero' && (s.tokens[k - 1]?.lower === 'net' || s.tokens[k + 1]?.lower === 'tolerance')) || scripture.some((c) => c.start <= t.start && t.end <= c.end)) continue;
    // One figure the tagger cut in pieces ("11.40pm", "2%", "$4.5bn") is one cue.
    const last = cues.at(-1);
    // (A full stop the tagger left on the last piece, as in "0pm.", is no part of it.)
    const end = t.end - (/\w[.,;:]$/.test(t.text) ? 1 : 0);
    // ("two-thirds": a hyphen between two attached pieces joins them.)
    const joins = /^[\p{L}\p{N}%]/u.test(t.text) || (t.text === '-' && s.tokens[k + 1]?.start === t.end);
    // ("$5 million", "10 per cent", "0.1 percentage points": a figure's scale and unit are part of it.)
    const unit = figureUnitAt(s.tokens, k);
    if (last && unit && figureEnd === k - 1) {
      const to = s.tokens[k + unit - 1];
      cues[cues.length - 1] = cueOf(s, last.start, to.end - (/\w[.,;:]$/.test(to.text) ? 1 : 0));
      figureEnd = k + unit - 1;
      continue;
    }
    if (k <= figureEnd) continue;
    if (last && last.end === t.start && joins) {
      cues[cues.length - 1] = cueOf(s, last.start, end);
      figureEnd = k;
    }
    // (A number in a name, asked only of what would be a figure: "Senate Bill 4", "F-35".)
    else if ((t.pos === 'NUM' || /^[$£€¥]|\d/.test(t.text) || t.text === '%') && !isNamingNumber(s.tokens, k) && !isAge(s.tokens, k)) {
      // ("one in five children": a share told as a ratio is one figure.)
      const ratio = s.tokens[k - 1]?.lower === 'in' && /^(?:one|\d+)$/.test(s.tokens[k - 2]?.lower ?? '');
      if (ratio && last?.start === s.tokens[k - 2].start) cues.pop();
      cues.push(cueOf(s, ratio ? s.tokens[k - 2].start : t.start, end));
      figureEnd = k;
    }
    // A count in words: "killed thousands", "displaced millions", "tens of thousands of people".
    else if (COUNT_WORD.test(t.lower) && !/^(?:tens|of)$/.test(s.tokens[k - 1]?.lower ?? '')) {
      const tens = t.lower === 'tens' && s.tokens[k + 1]?.lower === 'of' && COUNT_WORD.test(s.tokens[k + 2]?.lower ?? '');
      if (t.lower !== 'tens' || tens) cues.push(cueOf(s, t.start, tens ? s.tokens[k + 2].end : t.end));
    }
  }
  return cues;
}

/** A time of day: "6am", "11.20pm", "9:30 a.m.", "14:32". */
const TIME_OF_DAY = /\b\d{1,2}(?:[:.][0-5]\d)?\s?[ap]\.?m\b\.?|\b(?:[01]?\d|2[0-3]):[0-5]\d\b/gi;

/**
 * A telephone number: a national or international one in groups ("0800 555 111", "+44 20 7946 0000", "(212) 555-0100",
 * "1-800-273-8255"), or a short one after a word for calling ("call 999", "via 101", "dial 911", "on 111").
 */
const PHONE_NUMBER = /(?<![\d,.])(?:(?:\+\d{1,3}[\s-]?)?\(?0\d{2,4}\)?(?:[\s-]\d{3,4}){2}|\+\d{1,3}(?:[\s-]\d{2,4}){2,4}|\(\d{3}\)\s?\d{3}-\d{4}|1-\d{3}-\d{3}-\d{4}|\d{3}-\d{3}-\d{4})(?![\d,.]\d)|(?<=\b(?:call|calling|dial|dialling|dialing|ring|ringing|text|via|on)\s)(?:999|911|112|111|101|988)\b/gi;

/** How many tokens at `k` are a figure's scale ("million") or unit ("percent", "per cent", "percentage points"), or 0. */
export function figureUnitAt(tokens: ParsedToken[], k: number): number {
  const word = tokens[k].lower;
  if (/^(?:million|billion|trillion|thousand|hundred|percent)$/.test(word)) return 1;
  const next = tokens[k + 1]?.lower ?? '';
  return (word === 'per' && next === 'cent') || (word === 'percentage' && /^points?$/.test(next)) ? 2 : 0;
}

/** A person's age, which reporters give without a source: "Reed, 61, showed…", "The champion, 37, underwent…", "a man aged 34", "a man in his 50s". */
const isAge = (tokens: ParsedToken[], k: number) =>
  /^\d{1,3}-year-old$/.test(tokens[k].lower) ||
  (/^[1-9]0s$/.test(tokens[k].lower) && /^(?:his|her|their)$/.test((/^(?:early|mid|late)$/.test(tokens[k - 1]?.lower ?? '') ? tokens[k - 2] : tokens[k - 1])?.lower ?? '')) ||
  (/^\d{1,3}$/.test(tokens[k].text) &&
    ((tokens[k - 1]?.text === ',' && (tokens[k - 2]?.pos === 'PROPN' || personNoun(tokens[k - 2]?.lower ?? '') === 'singular') && tokens[k + 1]?.text === ',') || tokens[k - 1]?.lower === 'aged' || (tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'year')));

/** Counts in words: "thousands", "millions", and the "tens" of "tens of thousands". */
const COUNT_WORD = /^(?:tens|hundreds|thousands|millions|billions|dozens)$/;

/**
 * A number that is part of a name, no figure to source: "Senate Bill 4", "Proposition 8", "Section 230",
 * "Flight 370", "Boeing 737", "the S&P 500", and codes such as "F-35", "G7", "MH370", "H5N1", "5G".
 */
const isNamingNumber = (tokens: ParsedToken[], k: number) =>
  /^\p{Lu}[\p{L}]*-?\d+(?:\p{L}+\d*)*$/u.test(tokens[k].text) ||
  // "5G", "3D", "4K": the tagger cuts the digit from its letters.
  (/^\d$/.test(tokens[k].text) && tokens[k + 1]?.start === tokens[k].end && /^\p{Lu}{1,2}$/u.test(tokens[k + 1].text)) ||
  // ("iPhone 18", "Pixel 10": a brand's capital may stand second.)
  (/^\d+$/.test(tokens[k].text) && /^\p{Ll}?\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && NAMED_BY_NUMBER.has(tokens[k - 1].lower)) ||
  // ("No. 16-111", "junction 10", "HR 3684": a number that only tells which one, in lower case too.)
  (/^\d[\d-]*[A-Za-z]?$/.test(tokens[k].text) && NUMBERED.has(tokens[k - 1]?.lower ?? '')) ||
  // ("10 Downing Street", "221B Baker Street": a house's number.)
  (/^\d{1,4}[A-Za-z]?$/.test(tokens[k].text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && tokens.slice(k + 2, k + 4).some((t) => STREET.test(t.text))) ||
  // ("Erik ten Hag": a particle between a name's capitalised words.)
  (tokens[k].text === 'ten' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) ||
  // ("World War Three", "World War 2".)
  (tokens[k - 1]?.text === 'War' && tokens[k - 2]?.text === 'World') ||
  // ("type 2 diabetes", "stage 4 cancer", "a category 5 hurricane", "raised its alert to level 4,": a grade's name, in
  // lower case too.)
  (/^\d$/.test(tokens[k].text) && GRADE.test(tokens[k - 1]?.lower ?? '') && (tokens[k + 1]?.pos === 'NOUN' || /^[,.;)]$/.test(tokens[k + 1]?.text ?? '')));
const GRADE = /^(?:type|stage|phase|tier|level|category|grade|class)$/;
const NAMED_BY_NUMBER = new Set([
  'bill', 'act', 'proposition', 'prop', 'amendment', 'article', 'section', 'title', 'chapter', 'clause', 'paragraph', 'regulation', 'directive', 'resolution', 'measure', 'question',
  'flight', 'route', 'highway', 'interstate', 'terminal', 'gate', 'platform', 'channel', 'radio', 'district', 'ward', 'precinct', 'category', 'level', 'stage', 'phase', 'tier', 'episode', 'season', 'volume',
  'boeing', 'airbus', 'apollo', 'artemis', 'formula', 'iphone', 'ipad', 'ios', 'pixel', 'galaxy', 'xbox', 'series', 'windows', 'playstation', 'gpt', 'model', 'mark', 'type', 'version',
  's&p', 'ftse', 'stoxx', 'nikkei', 'russell', 'fortune', 'dax', 'cac', 'ibex', 'asx',
]);

/** Words before a number that says which one, not how many. */
const NUMBERED = new Set(['no', 'no.', 'nos', 'nos.', 'number', 'junction', 'exit', 'hr', 'h.r.', 's.', 'docket', 'room', 'page', 'pages', 'pp', 'bus', 'pier', 'berth', 'unit', 'apartment', 'apt', 'suite', 'platform', 'gate', 'terminal', 'route']);
/** A street's last word in an address. */
const STREET = /^(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Close|Crescent|Place|Square|Terrace|Gardens|Boulevard|Blvd|Court)\.?$/;

/** How an index moves, in the past tense. */
const MARKET_MOVE = /^(?:fell|rose|lost|gained|dropped|climbed|slipped|jumped|added|shed|edged|slid|sank|soared|plunged|tumbled|closed|ended)$/;

/**
 * A verb, or one the tagger read as a plural noun before its complement: "The risk … remains low", as
 * a noun before a sum: "the plan cost £3m", or as an adjective: "The pair married in Italy".
 */
const isVerbLike = (t: ParsedToken, k: number, tokens: ParsedToken[]) =>
  t.pos === 'VERB' ||
  t.pos === 'AUX' ||
  (t.pos === 'NOUN' && k > 0 && /[^s]s$/.test(t.lower) && ['ADJ', 'ADV', 'DET'].includes(tokens[k + 1]?.pos ?? '') && tokens[k - 1].pos !== 'DET') ||
  (t.pos === 'NOUN' && k > 0 && /^(?:cost|costs|hit|hits|cut|cuts)$/.test(t.lower) && tokens[k - 1].pos === 'NOUN' && ['NUM', 'SYM'].includes(tokens[k + 1]?.pos ?? '')) ||
  // ("The FTSE 100 fell 1.2%", "the S&P 500 lost 0.4%": an index's move after its number.)
  (t.pos === 'NOUN' && MARKET_MOVE.test(t.lower) && tokens[k - 1]?.pos === 'NUM' && tokens[k - 2]?.pos === 'PROPN' && ['NUM', 'SYM', 'ADV'].includes(tokens[k + 1]?.pos ?? '')) ||
  // ("The pair married in Italy": a past tense read as an adjective, after its subject and before its complement.)
  (t.pos === 'ADJ' && k > 0 && /ed$/.test(t.lower) && tokens[k - 1].pos === 'NOUN' && ['ADP', 'DET'].includes(tokens[k + 1]?.pos ?? ''));

/** An appeal to readers: "Anyone with information is asked to call 101", "Anyone with information can contact Crimestoppers". */
const APPEAL = /\b(?:is|are) (?:being )?(?:asked|urged|encouraged|invited) to (?:call|contact|ring|email|phone|get in touch|come forward)\b|^Anyone with (?:any )?information (?:can|should|may) (?:also )?(?:call|contact|ring|email|phone)\b/i;
/**
 * A source that could not be asked or would not answer: "could not immediately be reached", "did not return calls",
 * "A Home Office spokesman declined to comment.", "Arsenal declined to comment when approached by Sportsmail.", "We contacted
 * the council but did not receive a response."
 */
const UNREACHED = /\b(?:could not|couldn['’]t)(?: immediately)? be reached\b|\b(?:was|were) not (?:immediately )?available for comment\b|\bdid not (?:immediately )?return (?:calls|messages|emails|requests)\b|^[^,;]{0,80}\b(?:declined|refused) to comment(?: (?:when|after being) (?:approached|contacted|asked)\b[^,;]{0,40}| on [^,;]{0,40})?\.?$|^[^,;]{0,80}\b(?:did|has|have|had) not (?:yet )?(?:immediately )?(?:respond|responded|replied) to (?:a |our |multiple |repeated )?requests? for comment\.?$|\b(?:did|has|have|had) not (?:yet )?(?:receive|received|hear|heard) (?:a |any )?(?:response|reply|answer|back)\b|\bdid not hear back\b/i;

/** Where to call, which claims nothing: "Crimestoppers can be contacted on 0800 555 111", "The helpline is open on 116 123." */
const isContactLine = (text: string) => text.search(PHONE_NUMBER) >= 0 && /\b(?:call|calls|calling|contact|contacted|reach|reached|pass|passed|ring|text|dial|dialling|dialing|helpline|hotline|lifeline|phone|number)\b/i.test(text);

/** How a source's anonymity is told: "The official asked not to be identified because…", "spoke on condition of anonymity". */
const ANONYMITY_NOTE = /\b(?:asked|requested|spoke|speaking|talked)\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously)\b|\b(?:did\s+not|didn['’]t)\s+want\s+to\s+be\s+(?:named|identified)\b/i;
/** A signpost to what follows, which claims nothing: "Here is what we know so far.", "Here's a closer look at the facts." */
export const SIGNPOST = /^here(?:['’]s| is| are)\s+(?:(?:a|an|the)\s+)?(?:what|how|why|when|where|everything|all|closer look|quick look|look|latest|timeline|key)\b/i;

/** Whether a sentence only tells that its source could not be reached or would not comment: it says nothing. */
export const isUnanswered = (text: string): boolean => UNREACHED.test(text);

/**
 * A request or an order to the reader, which claims nothing: "please …", an appeal, a request for comment or a
 * source not reached, or
 * a sentence that opens (past an adverb and a comma) with a verb's base form
 * ("Consider the numbers.", "Seriously, ask yourself that question.").
 */
function isImperative(s: ParsedSentence): boolean {
  // (So is the outlet's request for comment: "The Mirror has approached the council for comment".)
  if (s.tokens.some((t, k) => t.lower === 'please' || asksForComment(s.tokens, k)) || APPEAL.test(s.text) || isUnanswered(s.text) || isContactLine(s.text)) return true;
  // ("But don't bet the house on it.": past a conjunction opening the sentence, too.)
  let k = /^(?:but|and|so|yet|or)$/.test(s.tokens[0]?.lower ?? '') ? 1 : 0;
  while (s.tokens[k]?.pos === 'ADV' || s.tokens[k]?.text === ',') k++;
  // "Don't wait until it is too late.": an order not to.
  if (s.tokens[k]?.lower === 'do' && /^(?:not|n['’]t)$/.test(s.tokens[k + 1]?.lower ?? '')) k += 2;
  const first = s.tokens[k];
  if (first?.pos !== 'VERB' || first.lower !== first.lemma || k === s.tokens.length - 1) return false;
  // "Garland is Obama's nominee", "Lynch herself was…": a name the tagger reads as a verb, then its own verb.
  const next = s.tokens[k + 1];
  if (next.pos === 'AUX' || next.pos === 'VERB' || /sel(?:f|ves)$/.test(next.lower)) return false;
  // "Don't forget that your child can earn $6,000", "Note that…": the order carries a claim.
  if (next.lower === 'that') return false;
  // "Set in 1920, the film follows…": a participle opening a clause with its own subject.
  const comma = s.tokens.findIndex((t, i) => i > k && t.text === ',');
  const after = s.tokens[comma + 1];
  return comma < 0 || !after || !['DET', 'PRON', 'PROPN'].includes(after.pos) || /^(?:which|who)$/.test(after.lower);
}

/**
 * "Shocking footage shared online…", "Angry voters…": wink tags a capitalised
 * first word a name; one with a valence before a common noun is an adjective.
 */
function withOpeningAdjective(s: ParsedSentence): ParsedSentence {
  const [first, next] = s.tokens;
  if (!isJudgingOpener(first, next) || next.pos !== 'NOUN') return s;
  return { ...s, tokens: [{ ...first, pos: 'ADJ' }, ...s.tokens.slice(1)] };
}

/** Verbs that state a view held ("I think", "we doubt", "I find it hypnotic"), not an act ("we asked", "we found"). */
const VIEW_CUE = /\b(?:think|thought|find|believe|believed|doubt|doubted|suspect|suspected|feel|felt|fear|feared|guess|suppose|reckon|agree|disagree|argue|argued|contend|maintain|wonder|worry)$/i;

/**
 * Flags a sentence with the cue spans behind each: attributed, unsourced,
 * opinion, speculative, prophetic, quote. Returns [] for nothing notable.
 */
export function classifySentence(s: ParsedSentence, ctx: SentenceContext): Flag[] {
  const flags: Flag[] = [];
  // "I doubt it", "we deserve better": the writer's own view, no source (inside a quote the speaker's attribution stands instead).
  const credible = ctx.attributions.filter((a) => a.sourceType !== 'weasel' && !(isWriterOrReader(a.sourceText) && !a.inherited));
  const weasel = ctx.attributions.filter((a) => a.sourceType === 'weasel');
  if (credible.length) {
    flags.push({ flag: 'attributed', score: credible.some((a) => !a.inherited) ? 0.9 : 0.7, cues: dedupe(credible.filter((a) => !a.inherited).map((a) => cueOf(s, a.cueStart, a.cueEnd))) });
  }
  const quoted = ctx.quotes.filter((q) => q.end > s.start && q.start < s.end);
  if (quoted.length) flags.push({ flag: 'quote', score: 0.9, cues: quoted.map((q) => cueOf(s, Math.max(q.start, s.start), Math.min(q.end, s.end))) });
  // Every scripture reference has a chapter number.
  const scripture = /\d/.test(s.text) ? regexCues(s, SCRIPTURE_REFERENCE) : [];
  // ("Bible prophecy teacher Jack Hibbs told…": the word in a source's post foretells nothing; "as the prophet Daniel
  // foretold" cites a prophet.)
  const inSourceName = (c: Cue) => /^prophe(?:cy|cies|tic)$/i.test(c.text) && ctx.attributions.some((a) => !a.inherited && a.sourceStart <= c.start && c.end <= a.sourceEnd);
  const prophetic = propheticCues(s, scripture, !credible.length && !quoted.length).filter((c) => !inSourceName(c));
  if (prophetic.length) flags.push({ flag: 'prophetic', score: squash(prophetic.length * 1.2), cues: prophetic });
  // ("Arteta praised Saka's "outstanding" performance": a word or two in quote marks, too short for a quote, is still the
  // cited source's word in a sentence that cites one.)
  const marked = credible.some((a) => !a.inherited) ? [...s.text.matchAll(/["“]([^"“”]{1,40})["”]/g)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length })) : [];
  const reported = [...reportedSpeech(s, ctx.attributions), ...marked];
  const judged = withOpeningAdjective(s);
  const opinion = opinionCues(judged, [...quoted, ...reported]);
  const model = opinionEvidence(judged.tokens, quoted, reported);
  // The model decides and names its words as cues; a strong cue (a judgement
  // phrase, a loaded adjective) also counts unless the model reads the sentence as plainly neutral.
  // A flag without a cue to show is not raised: a reader must see why.
  // "I think…", "we believe…" outside quotes: the writer states a view of their own, and says so.
  const ownView = ctx.attributions.filter((a) => !a.inherited && /^(?:i|we)$/i.test(a.sourceText) && VIEW_CUE.test(a.cueText) && !isQuoted(ctx.quotes, a.cueStart, a.cueEnd));
  const viewCues = ownView.map((a) => cueOf(s, a.sourceStart, a.cueEnd));
  // A source's verb of saying ("a claim the government disputes", "experts fear") is how the writer reports, not a judgement.
  const speaking = [...credible, ...weasel].filter((a) => !a.inherited);
  // (Nor is a noun or a mildly valued word in a known source's name: "Safety advocates", "the Center for Auto Safety"; a
  // judging adjective there still judges the source: "the corrupt official said", "Shocking footage … showed"; so does a
  // name that only ever damns: "China's tyrant Xi Jinping has vowed".)
  const naming = (c: Cue) =>
    credible.some((a) => !a.inherited && a.sourceType !== 'unknown' && a.sourceStart <= c.start && c.end <= a.sourceEnd) &&
    judged.tokens.some((t) => t.start === c.start && t.end === c.end && ((t.pos === 'NOUN' && !isJudgingWord(t.lower)) || t.pos === 'PROPN' || Math.abs(valence(t.lower)) === 1));
  const saying = (c: Cue) => speaking.some((a) => a.cueStart <= c.start && c.end <= a.cueEnd) || naming(c);
  // "great" in "the great river Euphrates" names the prophecy's river; it judges nothing.
  // ("clear" in "It's still not clear when…" is the writer's doubt, told in a phrase of speculation; "possibly" a hedge.)
  const speculative = speculativeCues(s, ctx);
  // ("If the talks fail, prices will rise": what a condition supposes happening judges nothing either; "If this
  // disastrous policy continues" still judges the policy.)
  const comma = s.tokens.findIndex((t) => t.text === ',');
  const supposed = /^(?:if|unless)$/.test(s.tokens[0]?.lower ?? '') && comma > 0 ? s.tokens.slice(1, comma).filter((t) => t.pos === 'VERB').map((t) => cueOf(s, t.start, t.end)) : [];
  const notJudging = [...prophetic, ...speculative, ...supposed];
  const inProphecyOrGuess = (c: Cue) => notJudging.some((p) => p.start <= c.start && c.end <= p.end);
  const cues = dedupe([...viewCues, ...opinion.cues, ...model.cues.map((t) => cueOf(s, t.start, t.end))]).filter((c) => !saying(c) && !inProphecyOrGuess(c));
  const isQuestion = CLOSING_QUESTION.test(s.text);
  // An interviewer's question ("Q: Do you regret it?") asks; it judges nothing.
  const interviewing = isQuestion && isInterviewing(ctx);
  // The writer's voice in so many words ("Make no mistake", "It is no coincidence") needs no model to agree.
  if (cues.length && !interviewing && (viewCues.length || opinion.phrased || model.probability >= OPINION_THRESHOLD || (opinion.weight >= 1 && model.probability >= 0.25) || (opinion.weight >= 1.5 && model.probability >= 0.2))) {
    const score = Math.max(model.probability, squash(opinion.weight + viewCues.length));
    flags.push({ flag: 'opinion', score: Math.round(score * 1000) / 1000, cues });
  }
  if (speculative.length) flags.push({ flag: 'speculative', score: squash(speculative.length * 0.8), cues: speculative });
  // (A quote whose only speaker is a weasel stands on nothing either: "Critics have branded the scheme 'a cash grab for the
  // council'"; not one a weasel only seems to speak inside, nor one carried on from an earlier sentence.)
  const ownWeasels = weasel.filter((a) => !a.inherited && !isQuoted(ctx.quotes, a.cueStart, a.cueEnd));
  if (!credible.length && !isQuestion && (!quoted.length || ownWeasels.length)) {
    const facts = factualCues(s, scripture);
    // Six words make a claim; fewer do with a figure: "The vote was 336-95."
    const words = s.tokens.filter((t) => t.pos !== 'PUNCT').length;
    // (How a source's anonymity came about tells the sourcing, not a claim: "The official asked not to be identified…".)
    const sourcing = !facts.length && ANONYMITY_NOTE.test(s.text);
    const claimLike = s.tokens.some(isVerbLike) && (words >= 6 || (words >= 3 && facts.length > 0)) && !isImperative(s) && !SIGNPOST.test(s.text) && !sourcing;
    const judged = flags.some((f) => f.flag === 'opinion' || f.flag === 'speculative' || f.flag === 'prophetic');
    // A weasel is shown however short the sentence: "Many believe so."; so is an editor's "[citation needed]".
    const wanted = citationNeeded(s);
    if (weasel.length || wanted.length || (claimLike && (facts.length || !judged))) {
      // The weasel and its cue in either order: "critics say", "according to many"; two spans when words stand between
      // ("several environmental groups granted … , saying").
      const weaselCues = ownWeasels.flatMap((a) => {
        const [first, second] = a.sourceStart <= a.cueStart ? [[a.sourceStart, a.sourceEnd], [a.cueStart, a.cueEnd]] : [[a.cueStart, a.cueEnd], [a.sourceStart, a.sourceEnd]];
        return second[0] - first[1] > WEASEL_GAP ? [cueOf(s, first[0], first[1]), cueOf(s, second[0], second[1])] : [cueOf(s, first[0], Math.max(first[1], second[1]))];
      });
      const cues = [...weaselCues, ...wanted, ...facts];
      // With no figure or weasel to show, the claim's verb is the reason: what it asserts with no one to vouch for it.
      // (With none, a fragment or a headline claims nothing a reason could be shown for.)
      const claimed = cues.length ? [] : claimVerb(s);
      if (cues.length || claimed.length) flags.push({ flag: 'unsourced', score: facts.length || weasel.length || wanted.length ? 0.8 : 0.5, cues: [...cues, ...claimed] });
    }
  }
  return flags;
}

/**
 * The verb group of a sentence's main clause, as its claim's cue: "was blocked", "has risen", "remain". Its first
 * finite verb with the auxiliaries, negation and verbs after it; [] when it has none.
 */
function claimVerb(s: ParsedSentence): Cue[] {
  const { tokens } = s;
  // (Not a participle opening a phrase, "By exchanging…", nor "according", nor the verb of a clause opening the
  // sentence: "Until it does, its forecasts…".)
  // (Nor a newsletter's label before its colon: "What's next: A final decision is expected…".)
  const colon = tokens.findIndex((t) => t.text === ':');
  const from = SUBORDINATORS.has(tokens[0]?.lower ?? '') ? tokens.findIndex((t) => t.text === ',') + 1 : colon > 0 && colon <= 4 ? colon + 1 : 0;
  // (Nor a participle qualifying a noun: "The temperatures recorded that summer were…"; nor a word of an aside on
  // where a person is from or their age: "Daniel Price, of no fixed address, is due…", "A woman, aged 22, was taken…";
  // nor a participle's aside on its noun: "The photo, captioned "Beach day", was shared…".)
  const participle = (k: number) => tokens[k].pos === 'VERB' && /(?:ed|en)$/.test(tokens[k].lower) && tokens[k - 2]?.pos === 'NOUN';
  const aside = tokens.findIndex((t, k) => k >= from && tokens[k - 1]?.text === ',' && ((t.pos === 'ADP' && tokens[k - 2]?.pos === 'PROPN') || t.lower === 'aged' || participle(k)));
  const asideEnd = aside < 0 ? -1 : tokens.findIndex((t, k) => k > aside && t.text === ',');
  const inAside = (k: number) => aside >= 0 && k >= aside && k < asideEnd;
  // (Nor a name the tagger read as a verb: "Karen Shore was declared…", "Fed Chair Jerome Powell is due…".)
  // (A headline in Title Case capitalises its verbs: "Obama Sees 'Personal Insult' if…".)
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  const titleCase = words.filter((t) => /^\p{Lu}/u.test(t.text)).length > words.length / 2;
  const opening = tokens.indexOf(words[0]);
  const named = (k: number) => !titleCase && /^\p{Lu}/u.test(tokens[k].text) && (k > opening || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''));
  const finite = tokens.findIndex((t, k) => k >= from && !inAside(k) && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && !qualifiesNoun(tokens, k) && !named(k))));
  // (Or the verb the tagger read as a noun after its subject: "the change concerns reporting rules", "The risk … remains
  // low"; not a possessor's noun, "Trump's efforts pale".)
  const misread = (t: ParsedToken, k: number) =>
    t.pos === 'NOUN' && !POSSESSIVE.has(tokens[k - 1]?.lower ?? '') && (isVerbLike(t, k, tokens) || (/[^s]s$/.test(t.lower) && tokens[k - 1]?.pos === 'NOUN' && tokens[k - 2]?.pos === 'DET'));
  const first = finite >= 0 ? finite : tokens.findIndex((t, k) => k >= from && misread(t, k));
  if (first < 0) return [];
  let last = first;
  const inGroup = (t: ParsedToken | undefined) => !!t && ['AUX', 'VERB', 'PART'].includes(t.pos) && t.lower !== 'according';
  // ("have already been officially received": past the adverbs inside the group; a misread verb stands alone.)
  if (finite >= 0) for (let i = first + 1; i < tokens.length && (inGroup(tokens[i]) || (tokens[i].pos === 'ADV' && inGroup(tokens[i + 1]))); i++) if (inGroup(tokens[i])) last = i;
  return [cueOf(s, tokens[first].start, tokens[last].end)];
}

/** Characters between a weasel and its cue past which they are shown as two spans, not one. */
const WEASEL_GAP = 20;

/** An encyclopedia editor's mark that a claim wants a source: "[citation needed]". */
const citationNeeded = (s: ParsedSentence): Cue[] => [...s.text.matchAll(/\[citation needed\]/g)].map((m) => cueOf(s, s.start + m.index, s.start + m.index + m[0].length));
