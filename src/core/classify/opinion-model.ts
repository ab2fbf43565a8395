import { isQuoted, type QuoteSpan } from '../attribution/quotes';
import lexicon from '../../generated/opinion-lexicon.json';
import { isJoiningHyphen, isStopWord, type ParsedToken } from '../text/parse';
import { STOPWORDS } from '../text/tokens';
import { isIdleIntensifier, isMildManner, isOutcome, isRelational, isReportedDegree, judgesNothingAt, valence } from './lexicon';
import model from './opinion-model.json';
import { countsForOpinion, vectorKey } from './opinion-words';

/** Each word's pull towards opinion (direction · word vector), built at install from the word vectors. */
const SCORES = lexicon as Record<string, number>;
/** A word's score, read from the generated table itself, as `verbClass` reads its own: no copy at start-up. */
const scoreOf = (word: string): number | undefined => (Object.hasOwn(SCORES, word) ? SCORES[word] : undefined);
/**
 * A word a reader can see judging: an adjective or adverb, or a word with a
 * valence ("brutality", "scrambling"); topic words the model leans on
 * ("marble", "drone"), stop words ("how", "as", "only") and the first word of a
 * compound noun ("human rights") are never shown as a reason.
 */
function canJudge(tokens: ParsedToken[], k: number): boolean {
  const [t, next] = [tokens[k], tokens[k + 1]];
  return (
    // ("Citizens for Tax Justice": a capitalised word inside a sentence is a name's, no judgement.)
    !(k > 0 && /^\p{Lu}/u.test(t.text) && t.pos !== 'ADJ') &&
    !STOPWORDS.has(t.lower) &&
    ((t.pos === 'ADJ' && !isClassifying(t)) || isPredicateParticiple(tokens, k) || (t.pos === 'ADV' && !isIdleIntensifier(t.lower, next) && !isReportedDegree(t.lower, next)) || ((t.pos === 'NOUN' || t.pos === 'VERB') && valence(t.lower) !== 0 && !isMild(t))) &&
    !isStopWord(t.lower) &&
    !isOutcome(t.lower) &&
    !judgesNothingAt(tokens, k) &&
    // "the risk of dying early", "the threat of strikes": a chance measured, not judged.
    !(t.pos === 'NOUN' && /^(?:risks?|chances?|odds|likelihood|threats?)$/.test(t.lower) && next?.lower === 'of') &&
    // ("being able to spread": what can be done, as "can" says it; "spread easily", "moved quickly": how a thing is done,
    // mildly, after its verb.)
    !(/^(?:un)?able$/.test(t.lower) && next?.lower === 'to') &&
    !isMildManner(tokens, k) &&
    // "pivoting away", "backed down", "slotting home": a verb's particle or an adverb of place tells where.
    !(t.pos === 'ADV' && DIRECTIONS.has(t.lower)) &&
    // "long-running", "well-known": the first part of a hyphenated word judges nothing alone.
    !isJoiningHyphen(tokens, k + 1) &&
    // ("a peace plan", "war crimes", "the crisis talks": a noun naming the kind of the noun after it judges nothing;
    // "a propaganda state", "a smear campaign" do.)
    // (Not one a degree word grades, which the tagger misread: "the most misunderstood drinks".)
    !(t.pos === 'NOUN' && next?.pos === 'NOUN' && !LOADED_MODIFIERS.has(t.lower) && !/^(?:most|more|less|least|very|so|too)$/.test(tokens[k - 1]?.lower ?? ''))
  );
}
/**
 * "The upgrades are underwhelming.": a form in -ing closing a clause after "be", which the tagger read as a verb
 * but could not take back to one ("falling" is "fall": "Bombs may not be falling." judges nothing), is an adjective.
 */
const isPredicateParticiple = (tokens: ParsedToken[], k: number) =>
  tokens[k].pos === 'VERB' && /ing$/.test(tokens[k].lower) && tokens[k].lemma === tokens[k].lower && tokens[k - 1]?.lemma === 'be' && /^[.!,;]$/.test(tokens[k + 1]?.text ?? '.');

/**
 * An adjective that sorts rather than judges: a proper one ("Democratic",
 * "Russian"), one of time ("past", "former") or a relational one without a valence ("military",
 * "economic", "parental"); "brutal" and "tragic" keep theirs.
 */
const isClassifying = (t: ParsedToken) =>
  /^\p{Lu}/u.test(t.text) || PLACING_ADJECTIVES.has(t.lower) || ((isRelational(t.lower) || /(?:al|ic|ary|ian|ese)$/.test(t.lower)) && valence(t.lower) === 0 && !GRADING_ADJECTIVES.has(t.lower));
/**
 * Adjectives in "-al", "-ic", "-ary" and "-ian" with no valence in the lists that grade rather than sort: "a dramatic
 * escalation", "drastic cuts", "a radical plan", "a historic win", "an iconic design" ("political", "economic" sort).
 */
const GRADING_ADJECTIVES = new Set([
  'dramatic', 'drastic', 'radical', 'historic', 'iconic', 'epic', 'magical', 'cynical', 'ironic', 'comical', 'monumental', 'colossal', 'sensational', 'phenomenal', 'exceptional',
  'astronomical', 'problematic', 'crucial', 'controversial', 'typical', 'fanatical', 'maniacal', 'diabolical', 'apocalyptic', 'majestic', 'frantic', 'erratic', 'dogmatic', 'simplistic', 'idealistic',
  'opportunistic', 'unrealistic', 'hypocritical', 'ideological', 'heretical', 'nonsensical', 'whimsical', 'fantastical', 'theatrical', 'hysteric', 'dystopian',
  // (And in "-ary" and "-ian": "an unnecessary one", "an arbitrary cut-off", "draconian rules".)
  'unnecessary', 'extraordinary', 'arbitrary', 'exemplary', 'legendary', 'visionary', 'reactionary', 'draconian', 'utopian',
]);
/**
 * "the past two years", "its former leader", "the top tax rate", "the opening minutes": adjectives that place a thing
 * in time or order; "a bipartisan bill", "rural voters", "domestic flights": ones that sort it by who, where or colour.
 */
const PLACING_ADJECTIVES = new Set([
  'past', 'last', 'next', 'previous', 'recent', 'former', 'future', 'current', 'earlier', 'later', 'latest', 'upcoming', 'coming', 'annual', 'daily', 'weekly', 'monthly', 'top', 'opening', 'closing', 'single', 'initial', 'overall', 'average', 'net',
  'bipartisan', 'nonpartisan', 'cross-party', 'urban', 'suburban', 'rural', 'domestic', 'foreign', 'civilian', 'private', 'public',
  // "online shopping", "mobile phones": how a thing is reached.
  'online', 'offline', 'mobile', 'wireless',
  // "a red warning", "the green belt", "amber lights": colours sort.
  'red', 'amber', 'yellow', 'green', 'blue', 'orange', 'purple', 'grey', 'gray', 'brown', 'pink',
  // "a regulatory regime", "statutory guidance", "a mandatory recall": what rules a thing is under.
  'regulatory', 'statutory', 'advisory', 'supervisory', 'mandatory', 'compulsory', 'legislative', 'executive',
  // "the nuclear deal", "atomic weapons": the kind of power.
  'nuclear', 'atomic',
]);
/**
 * "shared", "helped", "would allow": a verb of mild valence reports an act, it judges nothing; "slaughtered" does.
 * So does a noun of mild valence name a thing: "dark matter", "public interest"; "a disgrace" judges.
 */
const isMild = (t: ParsedToken) => (t.pos === 'VERB' || t.pos === 'NOUN') && Math.abs(valence(t.lower)) < 2;
/** Nouns that judge the noun they qualify: "a propaganda arm", "a smear campaign", "a puppet government", "a witch hunt". */
const LOADED_MODIFIERS = new Set(['propaganda', 'smear', 'puppet', 'vanity', 'junk', 'sham', 'scare', 'witch', 'kangaroo', 'banana', 'hate']);
/** Particles and adverbs of place: where a thing goes or stands. */
const DIRECTIONS = new Set(['away', 'back', 'up', 'down', 'out', 'off', 'over', 'around', 'along', 'ahead', 'forward', 'apart', 'aside', 'in', 'on', 'home', 'abroad', 'overseas', 'nearby', 'upstairs', 'downstairs', 'inside', 'outside', 'together']);
const MAX_CUES = 3;
/** The probability from which the model reads a sentence as opinion, picked with the penalty by cross-validation. */
export const OPINION_THRESHOLD: number = model.threshold;

export interface OpinionEvidence {
  /** 0..1: the model's probability that the sentence states the writer's own view. */
  probability: number;
  /** The words that pull hardest towards opinion, strongest first (at most three). */
  cues: ParsedToken[];
}

/**
 * The opinion model over one sentence: logistic regression on the mean word
 * vector of its words outside quotes (trained by `npm run train:opinion` on
 * NewsSD-ENG), read through per-word scores. A word is a cue when it alone
 * would tip the sentence to opinion (its score exceeds −bias) and can judge
 * (an adjective, an adverb, or a word with a valence). Unknown words
 * are skipped; a sentence all in quotes gets probability 0. Words in
 * `reported` (what a source is said to have said) weigh in the probability
 * but are never cues: they are the source's judgement, not the writer's.
 * Cost: one map look-up a token.
 */
export function opinionEvidence(tokens: ParsedToken[], quotes: QuoteSpan[], reported: QuoteSpan[] = []): OpinionEvidence {
  // One pass and no object a word: this runs on every sentence of every article.
  let sum = 0;
  let known = 0;
  const tipping: { t: ParsedToken; score: number }[] = [];
  for (const [k, t] of tokens.entries()) {
    if (!countsForOpinion(t, quotes)) continue;
    const score = scoreOf(vectorKey(t));
    if (score === undefined) continue;
    sum += score;
    known++;
    if (score > -model.bias && canJudge(tokens, k) && !isQuoted(reported, t.start)) tipping.push({ t, score });
  }
  if (!known) return { probability: 0, cues: [] };
  const cues = tipping.sort((a, b) => b.score - a.score).slice(0, MAX_CUES).map((w) => w.t);
  return { probability: 1 / (1 + Math.exp(-(model.bias + sum / known))), cues };
}
