import type { ParsedToken } from '../text/parse';
import { numberSizing, phraseAfter, subjectBefore } from './noun-phrases';
import { FORCE_TARGETS } from './other-senses';
import { cueStartOf, holdsAView, namedSubject, sourceTypeOf } from './speakers';
import { verbClass } from './verb-classes';
import { adverbsBefore, BE, POSSESSIVE_PRONOUN } from './words';

// Stances stated through a light verb and its object, or through "be".

/** Verbs that state a plea again ("renewed his appeal for…"), and only a plea: "the annexation renewed fears" states no one's view. */
const RENEWING = new Set(['renew', 'reiterate', 'repeat']);
const PLEAS = new Set(['appeal', 'plea', 'call', 'demand', 'warning']);
/** Verbs that state a view through their object: "expressed concern", "raised questions", "voiced support". */
const LIGHT_VERBS = new Set(['express', 'voice', 'raise', 'air', 'register', 'share', 'offer', 'lodge', 'have', ...RENEWING]);
/** The views they state. */
const STANCE_NOUNS = new Set([
  'concern', 'question', 'doubt', 'misgiving', 'reservation', 'support', 'criticism', 'opposition', 'frustration',
  'anger', 'outrage', 'confidence', 'fear', 'worry', 'objection', 'skepticism', 'scepticism', 'disappointment',
  'optimism', 'dismay', 'alarm', 'displeasure', 'illusion', 'regret', 'sympathy', 'gratitude', 'condolence',
  // Pleas in words: "renewed his appeal for air defences", "voiced a call for calm".
  ...PLEAS,
]);

/**
 * A verb stating a view through its object, after someone who holds views:
 * "have expressed misgivings about", "is raising questions about", "She has no
 * illusions about". The cue runs to the noun; null when the object is no view
 * ("raised taxes", "has a plan") or the subject no one ("the bill raised concern").
 */
export function stanceNounCue(tokens: ParsedToken[], k: number): { source: [number, number]; noun: number } | null {
  const verb = tokens[k];
  if ((verb.pos !== 'VERB' && verb.pos !== 'AUX') || !LIGHT_VERBS.has(verb.lemma)) return null;
  let n = k + 1;
  while (n < k + 4 && (tokens[n]?.pos === 'DET' || tokens[n]?.pos === 'ADJ' || tokens[n]?.pos === 'ADV' || POSSESSIVE_PRONOUN.has(tokens[n]?.lower ?? ''))) n++;
  if (tokens[n]?.pos !== 'NOUN' || !STANCE_NOUNS.has(tokens[n].lemma) || (RENEWING.has(verb.lemma) && !PLEAS.has(tokens[n].lemma))) return null;
  // "have" states a view only with a stance noun it owns: "has no illusions", "have doubts", not "have support".
  // ("have a call with investors", "has an appeal pending", "have demand for": no plea either.)
  if (verb.lemma === 'have' && (tokens[n].lemma === 'support' || tokens[n].lemma === 'question' || PLEAS.has(tokens[n].lemma))) return null;
  const source = subjectBefore(tokens, cueStartOf(tokens, k));
  if (!source || !(namedSubject(tokens, source, verb.lemma) || holdsAView(tokens, source))) return null;
  // ("Oil prices rose after a drone attack, raising fears of disruption", "Trump spoke for an hour in Ohio, raising
  // questions about his health": what a thing done raises is no one's stance, and the object before the comma holds
  // none; "The senator, raising concerns about the leak, said" does.)
  if (verb.lemma === 'raise' && verb.lower.endsWith('ing') && tokens[k - 1]?.text === ',' && source[0] > 0 && tokens[source[0] - 1].text !== ',') return null;
  return { source, noun: n };
}

/** States of mind stated through "be": "has been critical of", "weren't too concerned about", "are afraid that". */
const STANCE_ADJECTIVES = new Set([
  'critical', 'supportive', 'skeptical', 'sceptical', 'wary', 'concerned', 'worried', 'afraid', 'fearful', 'confident',
  'optimistic', 'pessimistic', 'hopeful', 'doubtful', 'sure', 'unsure', 'certain', 'uncertain', 'convinced', 'adamant',
  'opposed', 'coy', 'passionate', 'frustrated', 'angry', 'furious', 'upset', 'unhappy', 'happy', 'pleased',
  'disappointed', 'dismissive', 'enthusiastic', 'eager', 'keen', 'reluctant', 'unwilling', 'willing', 'receptive',
  'hostile', 'sympathetic', 'vocal', 'outspoken', 'silent', 'unapologetic', 'defiant', 'proud', 'ashamed', 'cautious',
  'alarmed', 'troubled', 'dismayed', 'outraged', 'incensed', 'annoyed', 'grateful', 'satisfied', 'dissatisfied', 'complimentary',
  'unconvinced', 'unimpressed', 'determined', 'bullish', 'bearish', 'anxious', 'nervous', 'delighted', 'thrilled', 'relieved',
  'appalled', 'horrified', 'disgusted', 'persuaded',
]);
/** People named by the stance they hold: "a consistent supporter of NATO", "a staunch opponent of the death penalty". */
const STANCE_HOLDERS = new Set([
  'supporter', 'critic', 'opponent', 'advocate', 'proponent', 'champion', 'defender', 'backer', 'admirer', 'fan',
  'skeptic', 'sceptic', 'foe', 'detractor', 'booster',
]);
/** What the state of mind is about: "critical of", "sure that", "willing to". */
const STANCE_COMPLEMENT = new Set(['of', 'about', 'that', 'with', 'over', 'to', 'at', 'on', 'whether', 'toward', 'towards', 'for']);
/** Complements that open what is held ("afraid that…", "willing to…"): content, not part of the cue. */
const OPENS_CONTENT = new Set(['that', 'to', 'whether']);

/** What a feeling told by a participle is about. */
const FELT = new Set(['that', 'about', 'over']);

/**
 * Whether the word at `n`, after "be" at `k`, states a stance: an adjective of the list, or a participle of
 * feeling or conviction the tagger reads as a verb ("Republicans are worried that…", "voters were convinced
 * that…", WordNet's verbs of emotion too); not after a bare "be" ("he wouldn't be worried": supposed, not held).
 */
function isStanceWord(tokens: ParsedToken[], k: number, n: number): boolean {
  const t = tokens[n];
  if (!t) return false;
  if (t.pos === 'ADJ') return STANCE_ADJECTIVES.has(t.lower);
  return t.pos === 'VERB' && (/ed$/.test(t.lower) || t.lower === 'split') && tokens[k].lower !== 'be' && (STANCE_ADJECTIVES.has(t.lower) || VIEW_HELD.test(t.lower) || verbClass(t.lemma) === 'emotion');
}

/** Views held that need no complement: "remain skeptical", "were unconvinced", "are divided" (tagged a verb). */
const VIEW_HELD = /^(?:skeptical|sceptical|unconvinced|convinced|unpersuaded|doubtful|dubious|optimistic|pessimistic|wary|divided|split|undecided|unmoved)$/;

/** Stances one is full of: "full of praise for", "full of criticism of". */
const FULL_OF = /^(?:praise|criticism|admiration|scorn|contempt|compliments|regret|remorse|apologies|optimism|confidence|doubts?)$/;

/**
 * A stance stated through "be", after someone who holds views: "Graham has
 * been critical of Trump", "Republicans weren't too concerned about…", "She is
 * a staunch opponent of…", "voters were convinced that…". The cue runs from "be" to the adjective or noun
 * and its preposition; null without a complement ("The crowd was angry.").
 */
export function stanceStateCue(tokens: ParsedToken[], k: number): { source: [number, number]; end: number } | null {
  // ("Investors remain cautious about the outlook": a state kept is held as much.)
  if (!/^(?:be|remain|stay)$/.test(tokens[k].lemma)) return null;
  let n = k + 1;
  while (n < k + 6 && ['ADV', 'PART', 'DET', 'CCONJ', 'PUNCT'].includes(tokens[n]?.pos ?? '') && tokens[n].text !== '.') n++;
  // Adjectives before a stance holder: "a consistent and outspoken supporter of".
  let holder = n;
  while (holder < n + 4 && (tokens[holder]?.pos === 'ADJ' || tokens[holder]?.pos === 'CCONJ' || tokens[holder]?.text === ',')) holder++;
  // ("Arteta was full of praise for Maresca's side": the stance the speaker is full of.)
  const fullOf = tokens[n]?.lower === 'full' && tokens[n + 1]?.lower === 'of' && FULL_OF.test(tokens[n + 2]?.lower ?? '') ? n + 2 : -1;
  const state = fullOf >= 0 ? fullOf : isStanceWord(tokens, k, n) ? n : tokens[holder]?.pos === 'NOUN' && STANCE_HOLDERS.has(tokens[holder].lemma) ? holder : -1;
  const complement = tokens[state + 1];
  // ("Some doctors remain skeptical.", "Others were less convinced.": a view held needs no complement closing the sentence.)
  const closing = state >= 0 && (!complement || /^[.!;]$/.test(complement.text)) && VIEW_HELD.test(tokens[state].lower);
  if (state < 0 || (!closing && (!complement || !STANCE_COMPLEMENT.has(complement.lower)))) return null;
  // ("The winner is all but certain to become prime minister", "sure to win": the writer's forecast about them.)
  if (/^(?:sure|certain)$/.test(tokens[state].lower) && complement?.lower === 'to') return null;
  // (A participle holds a feeling only before what is felt: "worried that…", "concerned about…", "alarmed over…".)
  // ("divided on the question": a view held, before what it is held on.)
  if (!closing && tokens[state].pos === 'VERB' && !FELT.has(complement!.lower) && !VIEW_HELD.test(tokens[state].lower)) return null;
  const source = subjectBefore(tokens, cueStartOf(tokens, k));
  if (!source) return null;
  // (A participle's feeling is a person's or a document's only: "the Clinton campaign is worried about…" is the writer's reading.)
  const named = tokens[state].pos !== 'VERB' && namedSubject(tokens, source, 'be');
  if (!named && !holdsAView(tokens, source)) return null;
  return { source, end: closing || OPENS_CONTENT.has(complement!.lower) ? state : state + 1 };
}

/** Verbs that perform speech through their object: "issued a statement", "gave a speech", "made the case". */
const SPEECH_ACT_VERBS = new Set(['issue', 'give', 'deliver', 'send', 'make', 'post', 'pen']);
/** The speech they perform. */
const SPEECH_NOUNS = new Set([
  'statement', 'speech', 'remark', 'address', 'letter', 'memo', 'email', 'note', 'op-ed', 'tweet', 'interview',
  'criticism', 'case', 'comment', 'claim', 'argument', 'pledge', 'promise', 'accusation', 'allegation', 'announcement',
  'appeal', 'plea', 'threat', 'vow', 'prediction', 'warning', 'apology', 'rebuttal', 'retort', 'complaint', 'denial',
]);

/**
 * A verb performing speech through its object: "The ministry issued a
 * statement condemning…", "Obama gave a speech on…", "The city sent a
 * cease-and-desist letter", "He made the criticism while…". The cue runs to
 * the noun. Organisations speak this way as much as people do; null when the
 * subject is no one ("It sends a clear message") or the object is no speech.
 */
export function speechActCue(tokens: ParsedToken[], k: number): { source: [number, number]; noun: number } | null {
  const verb = tokens[k];
  if (verb.pos !== 'VERB') return null;
  if (!SPEECH_ACT_VERBS.has(verb.lemma)) return revisedForecastCue(tokens, k) ?? countRecordedCue(tokens, k);
  // ("1,200 patients were sent letters", "He was given a warning": the subject of a passive received the speech.)
  const before = tokens[adverbsBefore(tokens, k - 1)];
  if (before && (BE.has(before.lower) || before.lemma === 'get')) return null;
  let n = k + 1;
  while (n < k + 5 && ['DET', 'ADJ', 'NUM', 'PUNCT'].includes(tokens[n]?.pos ?? '') && tokens[n].text !== ',' && tokens[n].text !== '.') n++;
  // A noun naming the kind of speech: "a cease-and-desist letter", "a campaign statement".
  if (tokens[n]?.pos === 'NOUN' && !SPEECH_NOUNS.has(tokens[n].lemma) && tokens[n + 1]?.pos === 'NOUN') n++;
  if (tokens[n]?.pos !== 'NOUN' || !SPEECH_NOUNS.has(tokens[n].lemma)) return null;
  // ("The court sent the case back": a case is speech only when made.)
  if (tokens[n].lemma === 'case' && verb.lemma !== 'make') return null;
  // "Trump made the comments Friday during…": speech reported before, now only placed; "made the case for" is an idiom,
  // and "made the following comment:" speech to come.
  if (verb.lemma === 'make' && /^(?:the|this|these|those|that|his|her|their)$/.test(tokens[k + 1]?.lower ?? '') && !['case', 'point'].includes(tokens[n].lemma) && tokens[k + 2]?.lower !== 'following') return null;
  const source = subjectBefore(tokens, cueStartOf(tokens, k));
  if (!source || sourceTypeOf(tokens, source) === 'unknown') return null;
  return { source, noun: n };
}

/** Verbs that revise a figure a body forecasts. */
const REVISING_VERBS = new Set(['raise', 'lower', 'cut', 'downgrade', 'upgrade', 'revise', 'lift', 'trim', 'slash', 'hike', 'reduce', 'increase']);
/**
 * What a body forecasts or rates: "its growth forecast", "their estimate of the deficit", "its probability of a
 * recession", "its rating on the bonds", "its price target" (not the Fed's "target rate", a policy set).
 */
const FORECAST_NOUNS = new Set(['forecast', 'estimate', 'projection', 'outlook', 'guidance', 'prediction', 'probability', 'odds', 'rating']);
const isForecastNoun = (tokens: ParsedToken[], n: number) => FORECAST_NOUNS.has(tokens[n]?.lemma ?? '') || (tokens[n]?.lemma === 'target' && tokens[n - 1]?.lower === 'price');

/**
 * "The OBR has downgraded its growth forecast to 1.1%", "Goldman raised its Brent forecast": a body stating its own
 * figure anew. The cue runs from the verb to the noun; null unless the forecast is the subject's own ("its", "their").
 */
function revisedForecastCue(tokens: ParsedToken[], k: number): { source: [number, number]; noun: number } | null {
  if (!REVISING_VERBS.has(tokens[k].lemma) || !/^(?:its|their|his|her)$/.test(tokens[k + 1]?.lower ?? '')) return null;
  let n = k + 2;
  // (Past a hyphenated modifier: "its full-year dividend guidance".)
  while (n < k + 8 && (['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[n]?.pos ?? '') || tokens[n]?.text === '-') && !isForecastNoun(tokens, n)) n++;
  if (!isForecastNoun(tokens, n)) return null;
  const source = subjectBefore(tokens, cueStartOf(tokens, k));
  // ("…, it increased its British growth forecast": "it" with a forecast of its own is the body told of before.)
  const itself = !!source && source[0] === source[1] && /^(?:it|they)$/.test(tokens[source[0]].lower);
  return source && (itself || sourceTypeOf(tokens, source) !== 'unknown') ? { source, noun: n } : null;
}

/** Verbs of a body keeping count. */
const COUNTING_VERBS = new Set(['record', 'register', 'log', 'tally', 'count']);

/**
 * "The World Health Organization has recorded about 900 human cases", "Police recorded 5,000 offences": a body's own
 * count, the source of the figure (a person recording 40 songs, or a body recording a loss, counts nothing for others).
 */
function countRecordedCue(tokens: ParsedToken[], k: number): { source: [number, number]; noun: number } | null {
  if (!COUNTING_VERBS.has(tokens[k].lemma) || BE.has(tokens[adverbsBefore(tokens, k - 1)]?.lower ?? '')) return null;
  const figure = k + 1 + numberSizing(tokens, k + 1);
  if (tokens[figure]?.pos !== 'NUM') return null;
  const source = subjectBefore(tokens, cueStartOf(tokens, k));
  return source && sourceTypeOf(tokens, source) === 'organisation' ? { source, noun: k } : null;
}

/** Verbs of meeting a stance others take: "faced criticism from", "drew praise from", "sparked a backlash from". */
const MEETING_VERBS = new Set(['face', 'draw', 'attract', 'receive', 'meet', 'earn', 'win', 'spark', 'prompt', 'provoke', 'trigger', 'invite', 'incur', 'garner', 'elicit', 'come']);
/** The stances met. */
const MET_STANCES = new Set(['criticism', 'ridicule', 'backlash', 'condemnation', 'praise', 'scorn', 'derision', 'rebuke', 'censure', 'outrage', 'fire', 'call', 'question', 'complaint', 'objection', 'applause', 'plaudit', 'acclaim', 'response', 'reaction', 'protest', 'pushback', 'outcry', 'reprimand']);
/** Of those, the ones that tell of critics with no "from" ("has faced questions about…"; not "is facing this question"). */
const MET_WITHOUT_FROM = /^(?:criticism|ridicule|backlash|condemnation|scorn|derision|rebukes?|censure|outrage|fire|questions|calls|complaints|objections)$/;

/** Whoever meets fire is a post, a craft or the people in them ("troops", "the convoy"): shot at. */
function isShotAt(tokens: ParsedToken[], k: number): boolean {
  const subject = subjectBefore(tokens, cueStartOf(tokens, k));
  return subject !== null && FORCE_TARGETS.test(tokens[subject[1]].lower);
}

/**
 * A stance met, with who takes it after "from": "The Kremlin faces criticism
 * from Western governments", "came under fire from MPs", "drew sharp rebukes
 * from both parties". The source is the phrase after "from" (whoever meets the
 * stance is its target); the cue runs from the verb to "from". Without "from"
 * ("Trump is drawing criticism") the source is null: no critic is named, and the one
 * criticised says nothing. Null when the verb meets no stance.
 */
export function metStanceCue(tokens: ParsedToken[], k: number): { source: [number, number] | null; from: number } | null {
  const verb = tokens[k];
  if (verb.pos !== 'VERB' || !MEETING_VERBS.has(verb.lemma)) return null;
  // "are likely to draw fire from Republicans", "would face criticism from": a forecast, no stance taken yet.
  if (/^(?:to|will|would|could|may|might|'ll|’ll)$/.test(tokens[k - 1]?.lower ?? '')) return null;
  let n = k + 1;
  if (verb.lemma === 'come' && tokens[n]?.lower !== 'under') return null;
  while (n < k + 5 && ['DET', 'ADJ', 'ADV', 'ADP'].includes(tokens[n]?.pos ?? '') && tokens[n].lower !== 'from') n++;
  // ("sparking a large fire": fire met only as drawn or come under is words.)
  if (!MET_STANCES.has(tokens[n]?.lemma ?? '') || (tokens[n].lemma === 'fire' && !/^(?:draw|come|attract|face)$/.test(verb.lemma))) return null;
  // ("its troops came under fire in Rafah", "a convoy came under fire from rebels": shot at, not criticised.)
  if (tokens[n].lemma === 'fire' && isShotAt(tokens, k)) return null;
  const critics = tokens[n + 1]?.lower === 'from' ? phraseAfter(tokens, n + 2) : null;
  // ("faced calls to resign", "calls from MPs for an inquiry" demand; "on receiving such calls" was phoned.)
  const demand = (at: number) => /^(?:to|for)$/.test(tokens[at]?.lower ?? '');
  if (tokens[n].lemma === 'call' && !demand(critics ? critics[1] + 1 : n + 1)) return null;
  if (tokens[n + 1]?.lower === 'from') return { source: critics, from: n + 1 };
  return MET_WITHOUT_FROM.test(tokens[n].lower) ? { source: null, from: n + 1 } : null;
}
