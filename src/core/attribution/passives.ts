import type { ParsedToken } from '../text/parse';
import { numberSizing } from './noun-phrases';
import { adverbsBefore, BE, SUBJECT_PRONOUN } from './words';

// Passives: where their "be" stands, the agent that names who spoke, and the
// passives that hide who spoke ("was accused of").

/** Verbs whose past participle is their base form: "Growth was forecast to slow", "The speech was broadcast". */
const SAME_FORM_PARTICIPLES = new Set(['forecast', 'broadcast', 'podcast', 'cast', 'put', 'set', 'read', 'hit', 'cut', 'bet', 'let', 'spread', 'upset']);

/** Where the "was" of a passive stands ("was reported", "were widely quoted"), or -1 for an active verb. */
export function passiveAuxiliary(tokens: ParsedToken[], k: number): number {
  const t = tokens[k];
  // "he was quoted as saying": the subject speaks.
  if ((t.lower === t.lemma && !SAME_FORM_PARTICIPLES.has(t.lower)) || /ing$/.test(t.lower) || (t.lemma === 'quote' && tokens[k + 1]?.lower === 'as')) return -1;
  let i = adverbsBefore(tokens, k - 1);
  // "is not thought to be…": past a negation too.
  if (/^(?:not|n't|n’t)$/.test(tokens[i]?.lower ?? '')) i = adverbsBefore(tokens, i - 1);
  // "was being told by The Daily Caller": a progressive passive; a bare "being" opens a clause of its own.
  if (tokens[i]?.lower === 'being') return BE.has(tokens[i - 1]?.lower ?? '') ? i - 1 : -1;
  // "has been jailed for life and told he must serve…": the auxiliary of the passive before "and", with no
  // hearer after the verb ("was arrested and told police he…" is the subject telling).
  if (tokens[i]?.lower === 'and' && /^(?:he|she|they|it|we|that|to)$/.test(tokens[k + 1]?.lower ?? '')) {
    const first = tokens.findLastIndex((x, j) => j < i && j >= i - 8 && x.pos === 'VERB' && /(?:ed|en)$/.test(x.lower));
    if (first >= 0 && !tokens.slice(first, i).some((x) => x.text === ',')) return passiveAuxiliary(tokens, first);
  }
  return BE.has(tokens[i]?.lower ?? '') ? i : -1;
}

const DETERMINER_OR_POSSESSIVE = /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your)$/;
const CAUSATIVE_OBJECT = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'SYM', 'PRON']);

/**
 * Whether the participle at k is what someone had done to a thing of theirs: "The Blues have had an opening bid of
 * £65m rejected", "She had her passport confiscated", "got their bid rejected". The object's last word is no subject
 * of it. (Only an object opening on a determiner or a possessive: "We have evidence officials lied" names who lied.)
 */
export function isCausativeParticiple(tokens: ParsedToken[], k: number): boolean {
  if (!/(?:ed|en)$/.test(tokens[k].lower) && tokens[k].lower === tokens[k].lemma) return false;
  let i = k - 1;
  while (i > 0 && k - i <= 8 && (CAUSATIVE_OBJECT.has(tokens[i].pos) || tokens[i].lower === 'of')) i--;
  const object = tokens[i + 1];
  return i < k - 1 && DETERMINER_OR_POSSESSIVE.test(object.lower) && tokens[i].pos === 'VERB' && (tokens[i].lemma === 'have' || tokens[i].lemma === 'get') && !tokens.slice(i + 1, k).some((x) => x.pos === 'PRON' && !DETERMINER_OR_POSSESSIVE.test(x.lower));
}

/**
 * Verbs of judging and reporting whose passive without an agent hides who
 * judged: "Mr. Quiros was accused of…", "is widely regarded as…", "has been
 * called a charlatan", "is said to…", "are tipped to win". Not "was told" or "was asked" (the
 * subject heard), nor "is expected to" (a forecast) unless many expect it ("is widely expected to").
 */
const HIDDEN_SPEAKER_VERBS = new Set([
  'accuse', 'blame', 'criticize', 'criticise', 'call', 'consider', 'regard', 'view', 'describe', 'deem', 'label', 'brand',
  'dub', 'allege', 'rumor', 'rumour', 'ridicule', 'condemn', 'denounce', 'deride', 'fault', 'hail', 'praise', 'say',
  'believe', 'think', 'suspect', 'portray', 'characterize', 'characterise', 'mention', 'rate', 'understand', 'report',
  'tip', 'see', 'presume', 'fear', 'learn',
]);
/**
 * Of those, verbs whose passive hides a speaker only before "to": "is understood to have…", "The PM is learnt to have…"
 * (as Indian papers put it), not "was reported to police".
 */
const HIDDEN_BEFORE_TO = new Set(['understand', 'report', 'tip', 'learn']);
/** And only before "as": "is widely seen as the favourite", not "was seen leaving the building". */
const HIDDEN_BEFORE_AS = new Set(['see']);

/** Verbs of forecasting whose passive hides many forecasters only when it says so: "is widely expected to hold rates". */
const HIDDEN_WHEN_WIDELY = new Set(['expect', 'anticipate', 'predict', 'forecast']);
const WIDELY = /^(?:widely|generally|broadly|universally)$/;

/** What a judged subject is judged as: "considered a risk", "regarded as", "called a charlatan", "said to be". */
const JUDGED_AS = new Set(['DET', 'ADJ', 'NOUN', 'ADP', 'PART', 'PROPN', 'PUNCT']);

/**
 * Where the "by" naming a passive's agent stands, right after the verb or
 * past its complement ("was called a charlatan by fellow physicians"), before
 * the clause ends; -1 when there is none.
 */
export function agentBy(tokens: ParsedToken[], k: number): number {
  for (let i = k + 1; i < tokens.length && i <= k + 6; i++) {
    if (tokens[i].lower === 'by') return i;
    if (tokens[i].text === ',' || tokens[i].text === ';' || tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * A passive of HIDDEN_SPEAKER_VERBS with no agent, outside quotes: the span of
 * its verb group ("was accused", "has been widely criticized"), which stands
 * for the unnamed speaker; null otherwise. An agent after the verb names the
 * speaker instead ("was called a charlatan by fellow physicians").
 */
export function hiddenSpeakerOf(tokens: ParsedToken[], k: number): [number, number] | null {
  const t = tokens[k];
  if (t.lemma === 'come' && tokens[k + 1]?.lower === 'under') return cameUnder(tokens, k);
  const widely = WIDELY.test(tokens[k - 1]?.lower ?? '') && HIDDEN_WHEN_WIDELY.has(t.lemma);
  if (t.pos !== 'VERB' || !(HIDDEN_SPEAKER_VERBS.has(t.lemma) || widely || VOICING.has(t.lemma))) return null;
  const be = passiveAuxiliary(tokens, k);
  if (be < 0) return reducedHiddenSpeaker(tokens, k) ? [k, k] : null;
  if (tokens[be - 1]?.lower === 'it') return null;
  // ("Concerns have been raised about safety", "Questions were raised over the cost": doubts voiced by no one named.)
  // (Only doubts: "Taxes were raised", "The flag was raised" hide no one.)
  if (VOICING.has(t.lemma)) {
    const group = passiveGroupStart(tokens, be);
    return VOICED_DOUBTS.test(tokens[adverbsBefore(tokens, group - 1)]?.lower ?? '') && agentBy(tokens, k) < 0 ? [group, k] : null;
  }
  const next = tokens[k + 1];
  // ("The move has been widely criticised.", "was roundly condemned": judged by many, who go unnamed, with nothing after.)
  const byMany = (!next || /^[.,;]$/.test(next.text)) && BY_MANY.test(tokens[k - 1]?.lower ?? '') && agentBy(tokens, k) < 0;
  if (byMany) return [passiveGroupStart(tokens, be), k];
  // "criticized for failing…": the tagger reads that "for" as a conjunction.
  if (!next || next.text === '.' || (!JUDGED_AS.has(next.pos) && next.lower !== 'for') || (t.lemma === 'call' && ['to', 'in', 'on', 'up', 'off', 'for', 'at', 'out', 'back', 'away', 'around', 'about'].includes(next.lower))) return null;
  if (agentBy(tokens, k) >= 0) return null;
  // ("before he can be considered for parole", "was considered for the role": weighed as a candidate, judged by no one.)
  if (t.lemma === 'consider' && next.lower === 'for') return null;
  if (HIDDEN_BEFORE_TO.has(t.lemma) && !(next.lower === 'to' && infinitiveAt(tokens, k + 2))) return null;
  if (HIDDEN_BEFORE_AS.has(t.lemma) && next.lower !== 'as') return null;
  return [passiveGroupStart(tokens, be), k];
}

/** Verbs by which doubts are voiced, and the doubts: "concerns have been raised", "questions were voiced". */
const VOICING = new Set(['raise', 'voice', 'express']);
const VOICED_DOUBTS = /^(?:concerns|questions|fears|doubts|objections|criticisms|worries|alarm|complaints)$/;

/** Adverbs that tell many judged: "widely criticised", "roundly condemned". */
const BY_MANY = /^(?:widely|roundly|heavily|fiercely|sharply|strongly|universally|broadly|much|often|frequently|repeatedly)$/;

/** Verbs whose participle after a noun, before "to be" or "to have", hides who holds it. */
const REDUCED_HIDDEN = new Set(['think', 'believe', 'say', 'rumour', 'rumor', 'understand', 'report', 'reckon']);

/**
 * "a deal thought to be worth $100 million", "a fortune rumoured to have…": the passive of a verb of holding or
 * saying, its "which is" left out, after the noun it tells of; no one is named as thinking it.
 */
function reducedHiddenSpeaker(tokens: ParsedToken[], k: number): boolean {
  const t = tokens[k];
  // ("The couple's deal, said to be worth up to £80million, is due": or in an aside after it.)
  const aside = tokens[k - 1]?.text === ',';
  const told = tokens[k - (aside ? 2 : 1)];
  return REDUCED_HIDDEN.has(t.lemma) && t.lower !== t.lemma && !/ing$/.test(t.lower) && (told?.pos === 'NOUN' || (aside && told?.pos === 'PROPN')) &&
    tokens[k + 1]?.lower === 'to' && /^(?:be|have)$/.test(tokens[k + 2]?.lower ?? '');
}

/** Where a passive's verb group starts, its "be" at `be`: "have sometimes been accused", "has been told"; not an adverb before it. */
export function passiveGroupStart(tokens: ParsedToken[], be: number): number {
  let start = be;
  // ("long" in "has long been criticized" is read as an adjective.)
  for (let i = be - 1; i >= 0 && (tokens[i].pos === 'ADV' || tokens[i].lower === 'long' || (tokens[i].pos === 'AUX' && tokens[i].lemma === 'have')); i--) {
    if (tokens[i].pos === 'AUX') start = i;
  }
  return start;
}

/** A verb after "to" ("to have resigned", "to favour a deal"); not a noun the tagger reads as one ("to police."). */
const infinitiveAt = (tokens: ParsedToken[], i: number) =>
  tokens[i]?.pos === 'AUX' || (tokens[i]?.pos === 'VERB' && !!tokens[i + 1] && !['ADP', 'PUNCT'].includes(tokens[i + 1].pos));

/** What one comes under from people not named; not "fire", "attack" or "pressure", which are often deeds. */
const UNDER = new Set(['criticism', 'criticisms', 'condemnation', 'ridicule']);

/**
 * "The United Nations came under withering criticism for…": judged by people
 * the sentence does not name, like an agentless passive; the span runs from
 * the verb group to the noun. Null when they are named ("came under criticism
 * from Republicans") or nothing of the kind follows.
 */
function cameUnder(tokens: ParsedToken[], k: number): [number, number] | null {
  let n = k + 2;
  while (tokens[n]?.pos === 'ADJ' || tokens[n]?.pos === 'ADV' || (tokens[n]?.pos === 'VERB' && /ing$/.test(tokens[n].lower))) n++;
  if (!UNDER.has(tokens[n]?.lower ?? '') || tokens[n + 1]?.lower === 'from') return null;
  const start = tokens[k - 1]?.pos === 'AUX' && tokens[k - 1].lemma === 'have' ? k - 1 : k;
  return [start, n];
}

/**
 * Verbs whose impersonal passive reports without a reporter: "It is understood that…", "it was claimed that…"; Nigerian
 * papers' "It was gathered that…", what their reporter learned.
 */
const IMPERSONAL_VERBS = new Set(['say', 'believe', 'understand', 'think', 'claim', 'allege', 'report', 'rumor', 'rumour', 'suggest', 'suspect', 'fear', 'know', 'learn', 'estimate', 'gather']);

/**
 * "It is understood that…", "It was claimed that…", "…, it emerged last
 * night": a report whose speaker the sentence never names. The span of "it"
 * and its verb group stands for the unnamed speaker; null when the verb at `k`
 * is none of these or an agent names who spoke ("it was reported by Reuters").
 */
export function impersonalReport(tokens: ParsedToken[], k: number): [number, number] | null {
  const t = tokens[k];
  if (t.pos !== 'VERB') return null;
  if (t.lemma === 'emerge') {
    const it = tokens[k - 1]?.pos === 'AUX' && tokens[k - 1].lemma === 'have' ? k - 2 : k - 1;
    // Not "it emerged from the water": what emerged is news, a clause ("it emerged he had…", "it emerged Smith had…") or nothing after it.
    const after = tokens[k + 1];
    return tokens[it]?.lower === 'it' && (!after || after.pos === 'PUNCT' || after.lower === 'that' || after.pos === 'NOUN' || after.pos === 'ADV' || after.lower === 'last' || SUBJECT_PRONOUN.has(after.lower) || (after.pos === 'PROPN' && ['AUX', 'VERB'].includes(tokens[k + 2]?.pos ?? ''))) ? [it, k] : null;
  }
  // "We are told that workers will be happier", "I am told the minister…", "productivity, we are assured, has held up":
  // the writer, told by someone unnamed.
  const told = t.lemma === 'tell' || t.lemma === 'assure';
  if (!IMPERSONAL_VERBS.has(t.lemma) && !told) return null;
  const be = passiveAuxiliary(tokens, k);
  let it = be - 1;
  while (it >= 0 && tokens[it].pos === 'AUX') it--;
  const subject = tokens[it]?.lower;
  if (be < 0 || !(told ? subject === 'we' || subject === 'i' : subject === 'it') || agentBy(tokens, k) >= 0) return null;
  // A clause may follow without "that": "It is believed the attack was…", "it is thought he fled".
  // ("It is thought Manchester United and Arsenal have…": names, then their verb.)
  const next = tokens[k + 1];
  let name = k + 1;
  while (name < k + 8 && (tokens[name]?.pos === 'PROPN' || (tokens[name]?.pos === 'CCONJ' && name > k + 1))) name++;
  // ("It is thought around 13 million people are obese": a figure, sized or not, opens the clause too.)
  const clause = !!next && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NUM' || numberSizing(tokens, k + 1) > 0 || (next.pos === 'PROPN' && ['VERB', 'AUX'].includes(tokens[name]?.pos ?? '')));
  // ("We were told to wait" is an order, not a report; "…, we are told, …" an aside telling the clause around it.)
  const aside = told && next?.text === ',' && tokens[it - 1]?.text === ',';
  return next?.lower === 'that' || (next?.lower === 'to' && !told) || clause || aside ? [it, k] : null;
}
