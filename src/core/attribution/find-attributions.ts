import type { ParsedSentence, ParsedToken } from '../text/parse';
import { withoutSentenceStop, wordTable } from '../text/patterns';
import { MODALS } from '../classify/lexicon';
import { PHRASE_CUES, STANCE_CUES, STRONG_CUES, WEAK_CUES } from './cues';
import { documentHeadBefore, firstSubject, hasName, MONTH, opensPost, phraseAfter, recordedSpeaker, skipTimeBefore, subjectBefore } from './noun-phrases';
import { classifySource, isDocumentWord, isStateName, isUnnamedEvidence, readingFields } from './source-type';
import { splitCoordinated } from './coordinated';
import { isQuoted, type QuoteSpan } from './quotes';
import { agentBy, hiddenSpeakerOf, impersonalReport, isCausativeParticiple, passiveAuxiliary, passiveGroupStart } from './passives';
import { retagVerbs } from './retag-verbs';
import type { Attribution, SourceType } from './types';
import { personNoun } from './person-nouns';
import { cueStartOf, holdsAView, namedSubject, peopleSubject, sourceTypeOf } from './speakers';
import { metStanceCue, speechActCue, stanceNounCue, stanceStateCue } from './stance-cues';
import { verbClass } from './verb-classes';
import { adverbsBefore, BE, endsAtComma, isAskedAbout, isOrganisationHead, isWriterOrReader, MANNER_VERBS, MASTHEAD_WORD, nounClauseAt, OUTLET_MENTION, pastTime, PERSONAL, POSSESSIVE, postedOnline, qualifiesNoun, QUOTE_MARK, speakerAfterWith, statesContent, SUBJECT_PRONOUN, SUBORDINATORS, TIME_UNIT, viewsAs, WEEKDAY_OR_DAY, word } from './words';
import { depictionBy } from './depictions';
import { isAppointing, isDiscourseIdiom, isNaming } from './other-senses';
import { classedCue, isQuestion } from './classed-cues';
import { authorYearCitation, checkedClaim, dashCredit, forwardedFrom, referenceMarks, speakerLabel } from './labels';
import { isMannerPhrase, nominalCue, nominalCueFrom, pollCited, unnamedStance, viewHolder } from './noun-cues';

/** The first words of the phrase cues: most tokens open none, and are passed over with one look-up. */
const PHRASE_OPENERS = new Set(PHRASE_CUES.map((p) => p.words[0]));
/** Verbs of belief take a clause without "that": "Many Afghans believe Pakistan is…". */
const BELIEF = new Set(['believe', 'think', 'fear', 'suspect', 'feel', 'hope', 'expect', 'doubt']);

/** What opens a clause after "that" ("argued that the law…"), unlike "done that to a…" or "that reform". */
const CLAUSE_OPENER = new Set(['PRON', 'PROPN', 'DET', 'ADJ', 'NUM', 'ADV']);

/** "discovered that attempts were made": "that" never determines a plural, so a plural noun opens a clause. */
const isPluralNoun = (t: ParsedToken | undefined) => t?.pos === 'NOUN' && t.lower !== t.lemma && /s$/.test(t.lower);

/** True when a weak cue sits in a reporting frame: "that", a colon, a quote, or a clause end follows. */
function inReportingFrame(tokens: ParsedToken[], cueEnd: number): boolean {
  const next = tokens[cueEnd + 1];
  if (!next) return true;
  // A quotation close behind: 'Clinton called half of his supporters "deplorables."'
  if (tokens.slice(cueEnd + 1, cueEnd + 9).some((t, k, after) => t.text === '“' || t.text === '"' || (t.text === "'" && after[k + 1]?.text === "'" && after[k + 1].start === t.end))) return true;
  if (next.lower === 'that' || next.text === ':' || QUOTE_MARK.test(next.text) || next.text === '.' || next.text === ',') return true;
  if (next.lower === 'out' && tokens[cueEnd].lemma === 'point') return true;
  // "Scholars caution against reading…", "Doctors advise against it": advice given in words.
  if (next.lower === 'against' && /^(?:caution|advise|argue|counsel)$/.test(tokens[cueEnd].lemma)) return true;
  return false;
}

/**
 * Where the passive that hides who passed it on ("is reported to have", "is understood to have") starts before the verb
 * at `cueStart` ("have said" or "said"); -1 when none does.
 */
function reportedToHave(t: ParsedToken[], cueStart: number): number {
  const to = t[cueStart]?.lower === 'have' ? cueStart - 1 : t[cueStart - 1]?.lower === 'have' ? cueStart - 2 : -1;
  const hidden = to > 1 && t[to].lower === 'to' ? hiddenSpeakerOf(t, to - 1) : null;
  return hidden ? hidden[0] : -1;
}

/**
 * A participle telling where a document appeared, before the clause's own
 * verb: "The study, published in the European Heart Journal, adjusted for…",
 * "The study published in the journal adjusted for…" (the verb after it is
 * the study's, and says what the study did, not what anyone said); or where a
 * statement was read, inside a preposition's phrase before the speaker: "In a
 * statement read outside court, his daughter said".
 */
function qualifiesDocument(t: ParsedToken[], k: number): boolean {
  // ("A new study published Monday in the journal…": a time before the preposition.)
  const place = pastTime(t, k + 1);
  if (!/(?:ed|en|wn)$|^(?:read|sent|made|put)$/.test(t[k].lower)) return false;
  // ("The figures, published on Thursday, show…": an aside of its time alone, closed before the document's verb.)
  if (t[k - 1]?.text === ',' && place > k + 1 && t[place]?.text === ',' && ['VERB', 'AUX'].includes(t[place + 1]?.pos ?? '') && isDocumentWord(t[k - 2]?.lower ?? '')) return true;
  if (t[place]?.pos !== 'ADP') return false;
  // "The research, led by Oxford University and published in…, tracked": the second participle of the aside.
  const aside = t[k - 1]?.lower === 'and' ? t.findLastIndex((x, i) => i < k && x.text === ',') : -1;
  const joined = aside > 0 && t[aside + 1]?.pos === 'VERB' && /ed$/.test(t[aside + 1].lower);
  const comma = t[k - 1]?.text === ',' || joined;
  const noun = t[joined ? aside - 1 : comma ? k - 2 : k - 1];
  if (!noun || !isDocumentWord(noun.lower)) return false;
  // "In a statement read outside court, his daughter said": a preposition's object has no verb of its own.
  let d = k - 2;
  while (t[d]?.pos === 'DET' || t[d]?.pos === 'ADJ' || t[d]?.pos === 'NOUN') d--;
  if (!comma && t[d]?.pos === 'ADP') return true;
  for (let i = place + 1; i < Math.min(t.length, k + 14); i++) {
    if (t[i].text === ',') return comma && ['VERB', 'AUX', 'ADV'].includes(t[i + 1]?.pos ?? '');
    if (t[i].pos === 'VERB' || t[i].pos === 'AUX') return !comma && !/ing$/.test(t[i].lower);
  }
  return false;
}

/**
 * Who speaks in a participle closing a sentence ("…, blaming weak demand", "…, citing new export rules"):
 * the sentence's subject, unless it cannot speak ("Shares in Northwind plunged", "Nvidia Corp. shares fell"); then
 * the subject of the "after" or "when" clause before the participle ("after the retailer cut its forecast"),
 * past a relative clause's ("a forecast that fell short").
 */
function speakerOfParticiple(t: ParsedToken[], cueStart: number, subject: [number, number] | null): [number, number] | null {
  // ("The country has changed, McConnell said in June 2012, citing…": the speaker of the clause just before it.)
  const comma = t[cueStart - 1]?.text === ',' ? cueStart - 1 : -1;
  for (let verb = comma - 1; comma > 0 && verb > 0 && t[verb].text !== ','; verb--) {
    if (t[verb].pos !== 'VERB' || !STRONG_CUES.has(t[verb].lemma)) continue;
    const speaker = t[verb - 1]?.text === ',' ? phraseAfter(t, verb + 1) : subjectBefore(t, verb);
    if (speaker && speaker[1] < comma && sourceTypeOf(t, speaker) !== 'unknown') return speaker;
  }
  if (!subject || sourceTypeOf(t, subject) !== 'unknown') return subject;
  for (let verb = cueStart - 2; verb > subject[1] + 1; verb--) {
    if (t[verb].pos !== 'VERB' && t[verb].pos !== 'AUX') continue;
    const nearest = subjectBefore(t, verb);
    if (nearest && SUBORDINATORS.has(t[nearest[0] - 1]?.lower ?? '') && sourceTypeOf(t, nearest) !== 'unknown') return nearest;
  }
  return subject;
}

/**
 * A past participle set between commas right after its noun, the sentence going on after the aside: "The image,
 * labelled "Peace", went viral.", "The photo, captioned "Beach day", was shared." It tells what was done to the
 * noun, which reports nothing ("Mr Smith, a lawyer, claimed" is an apposition's verb).
 */
function isParticipleAside(t: ParsedToken[], src: [number, number], k: number): boolean {
  if (t[k - 1]?.text !== ',' || src[1] !== k - 2 || !/(?:ed|en)$/.test(t[k].lower) || t.slice(src[0], src[1] + 1).some((x) => x.text === ',')) return false;
  const close = t.findIndex((x, j) => j > k && x.text === ',');
  return close > 0 && isFiniteVerb(t[close + 1]);
}

/**
 * The tokens of the speaker whose verb of saying, named before it, the cue at `cueStart` goes on from ("the president
 * said his country was under threat and called…"); null when none came before ("according to" names no subject).
 */
function speakerGoingOn(t: ParsedToken[], found: Attribution[], cueStart: number): [number, number] | null {
  const at = t[cueStart].start;
  const prior = found.find((a) => a.cueEnd <= at && a.sourceEnd <= a.cueStart && !a.inherited && !/^(?:according|cited|citing|per|as)\b/i.test(a.cueText) && a.sourceType !== 'outlet');
  if (!prior) return null;
  const first = t.findIndex((x) => x.start >= prior.sourceStart);
  const last = t.findLastIndex((x) => x.end <= prior.sourceEnd);
  return first >= 0 && last >= first ? [first, last] : null;
}

/**
 * Where "could not (immediately) be reached" starts, for the passive of "reach" at `k` closing the sentence (past a day)
 * or before "for comment"; -1 for any other ("An agreement was reached", "reached the final").
 */
function notReachedFrom(t: ParsedToken[], k: number): number {
  const be = adverbsBefore(t, k - 1);
  const not = adverbsBefore(t, be - 1);
  const modal = adverbsBefore(t, not - 1);
  // ("could not be reached on Friday.": past a day.)
  const end = pastTime(t, k + 1);
  const closes = !t[end] || /^[.,;]$/.test(t[end].text) || (t[k + 1].lower === 'for' && (t[k + 2]?.lower === 'comment' || t[k + 3]?.lower === 'comment'));
  return t[be]?.lower === 'be' && /^(?:not|n't|n’t)$/.test(t[not]?.lower ?? '') && /^(?:could|can|ca|wo|would)$/.test(t[modal]?.lower ?? '') && closes ? modal : -1;
}

/** A verb that can carry a clause: an auxiliary or a verb not in -ing. */
const isFiniteVerb = (x: ParsedToken | undefined) => !!x && (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower)));

/**
 * A clause opens at `from` and has its verb before `end`: "that Belgium has resisted…", "Belgium has resisted…", "the
 * ruling would trigger…".
 */
function reportsClause(t: ParsedToken[], from: number, end: number): boolean {
  const subject = t[from]?.lower === 'that' ? from + 1 : from;
  return ['PROPN', 'NOUN', 'PRON', 'DET'].includes(t[subject]?.pos ?? '') && t.slice(subject + 1, end).some(isFiniteVerb) && (subject > from || isFiniteVerb(t[subject + 1]) || nounClauseAt(t, subject));
}

/** Verbs of forecasting a figure or an event. */
const FORECASTING = new Set(['predict', 'forecast', 'estimate', 'project']);
/** Verbs whose participle says what a document tells: "described in Ezekiel 38", "outlined in the report". */
const DESCRIBED_IN = new Set(['describe', 'outline', 'detail', 'mention', 'predict', 'prophesy', 'foretell', 'propose', 'recommend', 'set']);

/** "with" opens the phrase that ends at `k`, no comma between: "with gusts of up to 80mph expected". */
const withPhraseBefore = (t: ParsedToken[], k: number) => {
  for (let i = k - 1; i >= Math.max(0, k - 12) && t[i].text !== ','; i--) if (t[i].lower === 'with') return true;
  return false;
};

/**
 * Who is quoted in "quoted Kim as saying", "quoted a senior official as saying", "cited unnamed sources as saying": the
 * object between the verb and "as"; in the passive, "Xi was cited by state media as saying", its subject.
 */
function quotedAsSaying(t: ParsedToken[], k: number): [number, number] | null {
  if (t[k].lower !== 'saying' || t[k - 1]?.lower !== 'as') return null;
  const verb = t.findLastIndex((x, i) => i < k - 1 && i >= k - 10 && (x.lemma === 'quote' || x.lemma === 'cite'));
  if (verb < 0 || verb + 1 > k - 2 || t.slice(verb + 1, k - 1).some((x) => x.pos === 'PUNCT' || x.pos === 'VERB')) return null;
  // ("Xi was cited by state media as saying": in the passive, the quoted one is its subject; the agent passes the words on.)
  const be = t[verb + 1].lower === 'by' ? passiveAuxiliary(t, verb) : -1;
  if (be >= 0) return subjectBefore(t, cueStartOf(t, be));
  return [verb + 1, k - 2];
}

/**
 * An auxiliary before the subject asks: a modal ("should they believe"), "do" opening a yes-or-no question, or any after
 * "what" opening the question ("What has the Chancellor said?": what was said is what is asked).
 */
function asksWhether(t: ParsedToken[], subject: number): boolean {
  const aux = t[subject - 1];
  if (aux?.pos !== 'AUX') return false;
  if (/^(?:should|would|could|can|will|might|must|shall|may)$/.test(aux.lower)) return true;
  if (t[subject - 2]?.lower === 'what' && (subject === 2 || t[subject - 3].pos === 'PUNCT')) return true;
  return /^(?:do|does|did)$/.test(aux.lower) && (subject === 1 || t[subject - 2].pos === 'PUNCT');
}

/** The party a document's phrase names: "a lawsuit against Tesla", "a complaint by residents". */
const DOCUMENT_PARTY = /^(?:against|by|from|over|on|into|with)$/;

/** Modals that suppose rather than report: "could surprise", "would start by admitting". */
const SUPPOSING = /^(?:could|might|may|would)$/;
/** Speaking that "could" or "might" only makes possible. */
const POSSIBLE_SPEECH = new Set(['comment', 'speak', 'talk', 'say', 'respond', 'confirm']);

/** Bodies told things in a hearing, as court reports put it: "The court heard that…", "the inquest heard how…". */
const HEARINGS = new Set(['court', 'jury', 'jurors', 'inquest', 'tribunal', 'hearing', 'inquiry', 'committee', 'panel', 'trial']);
/** A name, then at once its finite verb: "Pike entered", "Mr Sharma had" (not "heard Smith speak"). */
const nameThenVerb = (t: ParsedToken[], i: number) => {
  let o = i;
  while (t[o]?.pos === 'PROPN') o++;
  return t[o]?.pos === 'AUX' || (t[o]?.pos === 'VERB' && t[o].lower !== t[o].lemma && !/ing$/.test(t[o].lower));
};
/**
 * "Speaking to Gazzetta dello Sport, …", "Speaking on BBC One's…", "who spoke to Reuters on condition of anonymity":
 * the outlet the words went through ("Writing in The Guardian" too).
 */
const TALKING = new Set(['speaking', 'talking', 'spoke', 'talked']);
/** Verbs of telling whose hearer follows "to": "revealed to The Sun", "confirmed to Reuters", "said to CNN". */
const SAID_TO = new Set(['say', 'reveal', 'confirm', 'explain', 'admit', 'describe', 'complain', 'insist']);
/** A paper told something, by its masthead's word alone: "told the Echo", "told the Star". */
const MASTHEAD_MENTION = new RegExp(`^the ${MASTHEAD_WORD}$`);

/**
 * How an outlet gathers views and papers it reports: "analysts polled by Reuters", "economists surveyed by
 * Bloomberg", "emails reviewed by The Washington Post", "records obtained by ProPublica", "data compiled by Bloomberg".
 */
const OUTLET_ASKED = new Set(['polled', 'surveyed', 'interviewed', 'contacted', 'asked', 'reviewed', 'obtained', 'seen', 'viewed', 'examined', 'compiled', 'analysed', 'analyzed', 'gathered', 'collected']);

/** Of those, the ways a data firm gathers forecasts and figures as an outlet does. */
const GATHERED = new Set(['polled', 'surveyed', 'compiled', 'gathered', 'collected']);

/** What is set out in words: "set out her spending plans", "set out the case for reform". */
const SET_OUT = /^(?:plans?|proposals?|vision|case|strategy|details|priorities|measures|programme|program|agenda|approach|position|terms|demands|reasons|arguments?)$/;

/** What a campaign or a person releases besides documents: "released his plan", "his tax returns". */
const RELEASED_PAPERS = new Set(['plan', 'plans', 'proposal', 'proposals', 'returns', 'results', 'details']);


/**
 * '"Things change," he shrugs.', '"It's mostly cold," Jim Hale laughed.': a verb of manner right after a quote and its
 * speaker, closing the sentence, is the quote's tag ("he laughed at the idea" is no tag).
 */
function tagsQuote(t: ParsedToken[], k: number): boolean {
  // ('…," she continued.': speech going on tags a quote as a manner of saying does.)
  if (!MANNER_VERBS.has(t[k].lemma) && t[k].lemma !== 'continue') return false;
  // The verb closes the sentence, perhaps with an adverb: "she sighed wearily."
  const after = t[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
  if (t[after] && !/^[.,!?]$/.test(t[after].text)) return false;
  // Its speaker, a pronoun or a name of a few words…
  let start = k - 1;
  if (t[start]?.pos === 'PRON' && PERSONAL.has(t[start].lower)) start--;
  else {
    while (start >= 0 && t[start].pos === 'PROPN' && k - start <= 4) start--;
    if (start === k - 1) return false;
  }
  // …right after the quote: '…," he shrugs', '…", Jim Hale laughed'.
  return QUOTE_MARK.test(t[start]?.text ?? '') || (t[start]?.text === ',' && QUOTE_MARK.test(t[start - 1]?.text ?? ''));
}

/**
 * "Another penned: 'Good for her.'", "She gushed: '…'": any verb right before a colon and an opening quote introduces
 * the quote, as tabloids vary their verbs of saying ("The message was clear: '…'" has no verb of its own there; "A
 * lesson from Loretta Lynch: '…'" a name the tagger read as one).
 */
const introducesQuote = (t: ParsedToken[], k: number) =>
  t[k].pos === 'VERB' && /^\p{Ll}/u.test(t[k].text) && !/^(?:be|have|do)$/.test(t[k].lemma) && t[k + 1]?.text === ':' && QUOTE_MARK.test(t[k + 2]?.text ?? '') && k > 0;

/** "declined to comment", "refused to say": the answer a source gives by giving none. */
const declinesToComment = (t: ParsedToken[], cueEnd: number) =>
  /^(?:decline|refuse)$/.test(t[cueEnd].lemma) && t[cueEnd + 1]?.lower === 'to' && /^(?:comment|say|discuss|confirm|elaborate|answer|respond|speculate|specify|reveal|disclose|identify)$/.test(t[cueEnd + 2]?.lower ?? '');

/**
 * Verbs of aim and allegiance: what a state or a company "seeks", "wants" or
 * "is embracing" is the writer's reading of it ("The isolated Taliban regime is
 * embracing China's overtures", seed 003); only people hold them as a view.
 */
const INTENT = new Set(['want', 'plan', 'seek', 'back', 'embrace', 'champion']);

/** The same speaker under a second cue of the sentence: "…, the mayor said, adding that…". */
function withCue(a: Attribution, s: ParsedSentence, [from, to]: [number, number]): Attribution {
  const cueStart = s.tokens[from].start;
  const cueEnd = s.tokens[to].end;
  return { ...a, cueText: s.text.slice(cueStart - s.start, cueEnd - s.start), cueStart, cueEnd };
}

/** The body a sentence is about, for an "it" opening a relative clause at `offset` ("…a footbridge, which it says…"). */
function bodyOfRelativeClause(s: ParsedSentence, t: ParsedToken[], offset: number, outlet: string | null): Pick<Attribution, 'sourceType' | 'name'> | null {
  const at = t.findIndex((x) => x.start === offset);
  const subject = /^(?:which|that)$/.test(t[at - 1]?.lower ?? '') ? firstSubject(t, at - 1) : null;
  const reading = subject && classifySource(s.text.slice(t[subject[0]].start - s.start, t[subject[1]].end - s.start), outlet);
  return reading && reading.type === 'organisation' ? { sourceType: reading.type, name: reading.name } : null;
}

/**
 * The body named last before `offset` in the sentence, as an object or anywhere ("contacted the company but it…");
 * not one inside a quote the "it" stands outside ('"…, but the centre has not won," it wrote.').
 */
function bodyNamedBefore(s: ParsedSentence, t: ParsedToken[], offset: number, outlet: string | null, quotes: QuoteSpan[]): Pick<Attribution, 'sourceType' | 'name'> | null {
  const outside = !isQuoted(quotes, offset);
  const head = t.findLastIndex((x) => x.end <= offset && (x.pos === 'NOUN' || x.pos === 'PROPN') && (isOrganisationHead(x.lower) || x.pos === 'PROPN') && !(outside && isQuoted(quotes, x.start)));
  const phrase = head >= 0 ? subjectBefore(t, head + 1) : null;
  const reading = phrase && classifySource(s.text.slice(t[phrase[0]].start - s.start, t[phrase[1]].end - s.start), outlet);
  return reading && (reading.type === 'organisation' || reading.type === 'outlet') ? { sourceType: reading.type, name: reading.name } : null;
}

/** The source's and the cue's words and offsets, unread. */
function spansOf(s: ParsedSentence, src: [number, number], cue: [number, number]): Omit<Attribution, 'sourceType'> {
  const t = s.tokens;
  const sourceStart = t[src[0]].start;
  // ("told The Sun.": the tagger may keep the sentence's full stop on its last word.)
  const last = s.text.slice(t[src[1]].start - s.start, t[src[1]].end - s.start);
  const sourceEnd = t[src[1]].end - (src[1] === t.findLastIndex((x) => x.pos !== 'PUNCT') ? last.length - withoutSentenceStop(last).length : 0);
  const [cueStart, cueEnd] = [t[cue[0]].start, t[cue[1]].end];
  return { sourceText: s.text.slice(sourceStart - s.start, sourceEnd - s.start), sourceStart, sourceEnd, cueText: s.text.slice(cueStart - s.start, cueEnd - s.start), cueStart, cueEnd };
}

/** Bodies in the plural that no one has for a surname, as "Banks" or "Brewers" may be. */
const NO_ONES_NAME = /^(?:Charities|Universities|Companies|Agencies|Councils|Unions|Hospitals|Schools|Airlines|Insurers|Lenders|Retailers|Supermarkets|Regulators|Businesses|Firms|Ministries)$/;

/**
 * Where a group's aside naming some of its members ends, when it runs up to the cue: "Critics, including Texas
 * Governor Greg Abbott, say" (the last token of "Abbott"); -1 otherwise.
 */
function namedAmong(t: ParsedToken[], src: [number, number], cue: [number, number]): number {
  if (t[src[1] + 1]?.text !== ',' || t[src[1] + 2]?.lower !== 'including') return -1;
  const close = cue[0] - 1;
  return t[close]?.text === ',' && close > src[1] + 3 && t.slice(src[1] + 3, close).some((x) => x.pos === 'PROPN') && !t.slice(src[1] + 3, close).some((x) => x.pos === 'VERB' || x.text === ',') ? close - 1 : -1;
}

function makeAttribution(s: ParsedSentence, whole: [number, number], cue: [number, number], outlet: string | null): Attribution {
  const t = s.tokens;
  // ("Critics, including Texas Governor Greg Abbott, say": the members named speak with the group.)
  const among = namedAmong(t, whole, cue);
  const src: [number, number] = among > 0 ? [whole[0], among] : whole;
  const { sourceText, ...offsets } = spansOf(s, src, cue);
  let reading = classifySource(sourceText, outlet);
  // "Research conducted by the Center for Media… found": evidence whose maker the phrase cut off is named, no weasel.
  const qualified = reading.type === 'weasel' && isUnnamedEvidence(sourceText) && cue[0] > src[1] + 1 && t.slice(src[1] + 1, cue[0]).some((x) => x.pos === 'VERB' || x.pos === 'ADP');
  // "Insurers estimate…", "Banks have warned…": one capitalised word for bodies, a plural's verb after it (the tagger
  // may call it a noun), is bodies of that kind, as "the banks" is ("Banks said" may be Mr Banks).
  const verb = t[src[1] + 1];
  const pluralVerb = !!verb && cue[0] === src[1] + 1 && ((verb.lower === verb.lemma && !/(?:ed|s)$/.test(verb.lower)) || /^(?:have|are|were|do)$/.test(verb.lower));
  // ("Charities warned…": or any verb, for a word no one is called.)
  if (src[0] === src[1] && (pluralVerb || NO_ONES_NAME.test(sourceText)) && /^\p{Lu}\p{Ll}+[^s]s$/u.test(sourceText) && isOrganisationHead(sourceText.toLowerCase())) reading = { type: 'organisation', name: sourceText };
  // ("Benfica are reluctant to sell", "Juventus have denied": a name no one would give a plural's verb is a team's or a
  // firm's, as British English agrees them; "Davies has" stays a person.)
  if (src[0] === src[1] && reading.type === 'person' && reading.name === sourceText && cue[0] === src[1] + 1 && /^(?:have|are|were)$/.test(verb?.lower ?? '')) reading = { type: 'organisation', name: sourceText };
  // "The minister, speaking on condition of anonymity, said", "said the official, who asked not to be named": a person
  // unnamed by request is an anonymous source, whatever their post.
  if (reading.type === 'person' && !reading.name && grantedAnonymity(t, src[1])) reading = { ...reading, type: 'anonymous' };
  // ("Jane Doe, who heads the Institute for Fiscal Studies, said": the post and the body the aside names.)
  const post = reading.type === 'person' && !reading.role && !reading.organisation ? postInAside(s, src[1]) : null;
  if (post) reading = { ...reading, ...post };
  // ("The research, published in JAMA Ophthalmology, found": the document's maker, named in the aside after it.)
  const maker = reading.type === 'document' && !reading.organisation ? makerInAside(s, sourceText, src[1], outlet) : undefined;
  if (maker) reading = { ...reading, organisation: maker };
  // ("Extinction Rebellion, which organised the protest, said": "which", not "who", tells a body by a name that reads as
  // a person's.)
  if (reading.type === 'person' && reading.name && !reading.role && t[src[1] + 1]?.text === ',' && t[src[1] + 2]?.lower === 'which') reading = { type: 'organisation', name: reading.name };
  // ("…first reported by The Times, which said officials…": the relative pronoun is the phrase before its comma, the
  // span kept as written.)
  const antecedent = reading.type === 'unknown' ? relativeAntecedent(t, src) : null;
  if (antecedent) reading = classifySource(spansOf(s, antecedent, cue).sourceText, outlet);
  return { sourceText, sourceType: qualified ? 'document' : reading.type, ...offsets, ...readingFields(reading) };
}

/** Participles that tell who made a document, in an aside after it. */
const MAKING_ASIDE = new Set(['published', 'released', 'conducted', 'commissioned', 'produced', 'compiled', 'led']);

/** The body an aside right after a document names as its maker ("…, published in JAMA Ophthalmology,"), or undefined. */
function makerInAside(s: ParsedSentence, document: string, end: number, outlet: string | null): string | undefined {
  const t = s.tokens;
  if (t[end + 1]?.text !== ',' || !MAKING_ASIDE.has(t[end + 2]?.lower ?? '')) return undefined;
  const close = t.findIndex((x, i) => i > end + 2 && x.text === ',');
  if (close < 0) return undefined;
  // (Without when: "published in JAMA Network Open on Friday,", "published in June," names no maker.)
  const dated = skipTimeBefore(t, close - 1);
  const last = MONTH.test(t[dated].text) && t[dated - 1]?.lower === 'in' ? dated - 2 : dated;
  if (last <= end + 2) return undefined;
  return classifySource(`${document} ${s.text.slice(t[end + 2].start - s.start, t[last].end - s.start)}`, outlet).organisation;
}

/** What is brushed off in words: "the criticism", "concerns", "suggestions that…". */
const BRUSHED_OFF = /^(?:criticisms?|concerns?|questions?|suggestions?|claims?|reports?|accusations?|allegations?|fears?|calls?|speculation|comparisons?|talk|rumou?rs?|warnings?|complaints?|critics?|objections?|doubts?|idea|notion)$/;

/**
 * "Zuckerberg fired back in a post on Threads: “…”", "hit back at Musk", "snapped back that…": a retort in words, its
 * words or its target named ("Police fired back at the gunmen", "Arsenal hit back with two goals" speak none).
 */
function isRetort(t: ParsedToken[], k: number): boolean {
  if (!/^(?:fire|shoot|snap|hit|strike)$/.test(t[k].lemma) || t[k + 1]?.lower !== 'back') return false;
  if (t[k + 2]?.lower === 'that' || (t[k + 2]?.lower === 'at' && ['PROPN', 'PRON'].includes(t[k + 3]?.pos ?? ''))) return true;
  // ('"Nonsense," he shot back.': closing the words it tags.)
  if (/^[.,!]$/.test(t[k + 2]?.text ?? '.') && t.slice(0, k).some((x) => QUOTE_MARK.test(x.text))) return true;
  const clause = t.slice(k + 2, k + 14);
  const end = clause.findIndex((x) => /^[.;]$/.test(x.text));
  return (end < 0 ? clause : clause.slice(0, end)).some((x) => x.text === ':' || QUOTE_MARK.test(x.text) || x.lower === 'saying');
}

/** What a lone "which" or "who" after a comma stands for: the phrase the comma closes, when it names someone. */
function relativeAntecedent(t: ParsedToken[], [from, to]: [number, number]): [number, number] | null {
  if (from !== to || !/^(?:which|who)$/.test(t[from].lower) || t[from - 1]?.text !== ',') return null;
  const phrase = subjectBefore(t, from - 1);
  return phrase && t.slice(phrase[0], phrase[1] + 1).some((x) => x.pos === 'PROPN') ? phrase : null;
}

/** The post a verb in a "who" aside gives: "who chairs", "who founded". */
const POST_BY_VERB = wordTable({ chairs: 'chair', chaired: 'chair', heads: 'head', headed: 'head', leads: 'leader', led: 'leader', runs: 'head', ran: 'head', directs: 'director', founded: 'founder', 'co-founded': 'co-founder' });

/** ", who heads the Institute for Fiscal Studies,": the post and the named body of a source's aside, or null. */
function postInAside(s: ParsedSentence, sourceEnd: number): { role: string; organisation: string } | null {
  const t = s.tokens;
  const role = t[sourceEnd + 1]?.text === ',' && t[sourceEnd + 2]?.lower === 'who' ? POST_BY_VERB[t[sourceEnd + 3]?.lower ?? ''] : undefined;
  const body = role ? phraseAfter(t, sourceEnd + 4) : null;
  // (A body by its name: "a bakery in Leeds" is none, nor is "Clinton's get-out-the-vote effort".)
  const first = body ? (t[body[0]].lower === 'the' ? body[0] + 1 : body[0]) : -1;
  const named = /^\p{Lu}/u.test(t[first]?.text ?? '') && !/['’]s$/.test(t[first].text) && !POSSESSIVE.has(t[first + 1]?.lower ?? '');
  if (!role || !body || t[body[1] + 1]?.text !== ',' || !named) return null;
  return { role, organisation: s.text.slice(t[body[0]].start - s.start, t[body[1]].end - s.start).replace(/^the\s+/i, '') };
}

/** Whether the words right after a source (its aside) ask for anonymity: "speaking on condition of anonymity", "who asked not to be named". */
function grantedAnonymity(t: ParsedToken[], sourceEnd: number): boolean {
  if (t[sourceEnd + 1]?.text !== ',') return false;
  const aside = t.slice(sourceEnd + 2, sourceEnd + 14);
  const close = aside.findIndex((x) => x.text === ',');
  return (close < 0 ? aside : aside.slice(0, close)).some((x, i, a) => /^(?:anonymity|anonymously)$/.test(x.lower) || (/^(?:named|identified)$/.test(x.lower) && a[i - 1]?.lower === 'be'));
}

/** A source no one can name ("It is believed", "was accused", "Critics"): the words, no person's name or role read into them. */
function weaselAttribution(s: ParsedSentence, src: [number, number], cue: [number, number]): Attribution {
  const { sourceText, ...offsets } = spansOf(s, src, cue);
  return { sourceText, sourceType: 'weasel', ...offsets };
}

/**
 * Whether "put" at `k` gives a figure: an estimate ("the Metropolitan Police put the figure at around 30,000", "put
 * the death toll at 42") or a share ("Polling by YouGov puts Reform on 29%").
 */
function putsFigure(t: ParsedToken[], k: number): boolean {
  const estimateAt = (j: number) => /^(?:figure|number|toll|total|cost|bill|turnout)$/.test(t[j]?.lower ?? '') && t[j + 1]?.lower === 'at';
  const shareAt = (j: number) => /^(?:on|at)$/.test(t[j]?.lower ?? '') && /^\d/.test(t[j + 1]?.text ?? '') && /^(?:%|per|percent)$/.test(t[j + 2]?.lower ?? '');
  return (/^(?:the|its|their)$/.test(t[k + 1]?.lower ?? '') && (estimateAt(k + 2) || estimateAt(k + 3))) || [k + 2, k + 3, k + 4].some(shareAt);
}

/** A clause's verb at `k`, past its adverbs: "(he) deceived", "(he) deliberately deceived". */
function clauseVerbAt(t: ParsedToken[], k: number): boolean {
  let i = k;
  while (t[i]?.pos === 'ADV' && i < k + 2) i++;
  return t[i]?.pos === 'AUX' || t[i]?.pos === 'VERB';
}

/** Verbs of finding out and telling what was found, which take a clause without "that": "revealed the couple had split", "suggests Labour will win". */
const DISCLOSING = new Set(['reveal', 'find', 'show', 'learn', 'discover', 'disclose', 'confirm', 'report', 'suggest', 'indicate']);

/** What is said, as a passive's subject: "The claim was made by…". */
const CLAIM_NOUNS = new Set(['claim', 'allegation', 'accusation', 'suggestion', 'remark', 'comment', 'statement', 'threat', 'promise', 'pledge', 'prediction', 'charge', 'assertion', 'complaint', 'warning', 'criticism', 'question', 'concern']);
/** Verbs by which one makes a claim: "made", "raised", "levelled", "voiced". */
const CLAIM_MAKING = new Set(['make', 'raise', 'level', 'voice', 'repeat', 'issue']);

/**
 * A claim's passive with its agent ("The claim was first made by the Daily Beast") or the document it was made in
 * ("The claims were first made in a book by Michael Wolff"): the cue's tokens and the agent's, or null.
 */
function claimMadeBy(t: ParsedToken[], k: number): { cue: [number, number]; agent: [number, number] } | null {
  if (t[k].pos !== 'VERB' || !CLAIM_MAKING.has(t[k].lemma)) return null;
  const be = passiveAuxiliary(t, k);
  const by = be >= 0 ? agentBy(t, k) : -1;
  // (The tagger may read a plural opening the sentence as a name: "Concerns were raised by residents".)
  const said = t[adverbsBefore(t, be - 1)];
  if (be < 0 || !said || !(CLAIM_NOUNS.has(said.lemma) || CLAIM_NOUNS.has(said.lower.replace(/s$/, '')))) return null;
  const medium = t[k + 1]?.lower === 'in' ? phraseAfter(t, k + 2) : null;
  if (medium && sourceTypeOf(t, medium) === 'document') return { cue: [cueStartOf(t, be), k + 1], agent: medium };
  const agent = by === k + 1 ? phraseAfter(t, by + 1) : null;
  return agent ? { cue: [cueStartOf(t, be), by], agent } : null;
}

/** The outlet a speaker told, cited too: "told the AP", "told CNN's Jake Tapper", "telling ABC's 7.30 program"; or null. */
function outletTold(s: ParsedSentence, cueStart: number, cueEnd: number, outlet: string | null): Attribution | null {
  const t = s.tokens;
  const heard = phraseAfter(t, cueEnd + 1);
  if (!heard) return null;
  // "told CNN's Jake Tapper": the outlet whose host heard it.
  const host = t.findIndex((x, i) => i >= heard[0] && i <= heard[1] && POSSESSIVE.has(x.lower));
  // "told the BBC the plan would be scrapped", "told dpa the plant was safe": the clause told starts at its own determiner.
  const clause = t.findIndex((x, i) => i > heard[0] && i <= heard[1] && x.pos === 'DET' && (t[i - 1].pos === 'PROPN' || sourceTypeOf(t, [heard[0], i - 1]) === 'outlet'));
  const through: [number, number] = host > heard[0] ? [heard[0], host - 1] : clause > 0 ? [heard[0], clause - 1] : heard;
  const a = makeAttribution(s, through, [cueStart, cueEnd], outlet);
  // ("A friend of the Duke told the paper": the outlet named before, by its trade; resolveOutletMentions names it;
  // "told the Echo": a paper by its masthead's word, which resolveShortOutletNames names.)
  return a.sourceType === 'outlet' || OUTLET_MENTION.test(a.sourceText) || MASTHEAD_MENTION.test(a.sourceText) ? { ...a, sourceType: 'outlet' } : null;
}

/**
 * The phrase joined by "and" after a participle's agent, a name: "people familiar with the matter" in "…reviewed by The
 * Wall Street Journal and people familiar with the matter"; null when none is.
 */
function joinedPastAgent(t: ParsedToken[], x: number): [number, number] | null {
  if (!(t[x]?.pos === 'VERB' && /ed$/.test(t[x].lower) && t[x + 1]?.lower === 'by')) return null;
  let j = x + 2;
  while (t[j] && (t[j].pos === 'PROPN' || t[j].pos === 'DET' || /^\p{Lu}/u.test(t[j].text))) j++;
  return j > x + 2 && t[j]?.lower === 'and' ? phraseAfter(t, j + 1) : null;
}

/** Participles of breaking a story, in an aside after the thing broken: ", first reported by the Guardian,". */
const BROKEN = new Set(['published', 'reported', 'revealed', 'disclosed', 'broadcast', 'aired', 'obtained']);
/** Participles that break a story only after "first": "first made by the Daily Mail", "first spotted by the FT". */
const FIRST_BROKEN = new Set(['made', 'spotted', 'raised', 'broken', 'uncovered', 'exposed', 'highlighted']);

/**
 * An aside (", first reported by the Guardian,") or a passive ("The footage was first aired by Channel 4 News", "which
 * was first made by the Daily Mail") whose agent is an outlet: the cue's tokens and the outlet's, or null.
 */
function brokeBy(t: ParsedToken[], k: number): { cue: [number, number]; outlet: [number, number] } | null {
  if (!(BROKEN.has(t[k].lower) || (FIRST_BROKEN.has(t[k].lower) && t[k - 1]?.lower === 'first')) || t[k + 1]?.lower !== 'by') return null;
  const start = adverbsBefore(t, k - 1) + 1;
  const aside = t[start - 1]?.text === ',';
  const be = aside ? -1 : passiveAuxiliary(t, k);
  if (!aside && be < 0) return null;
  const agent = phraseAfter(t, k + 2);
  return agent && sourceTypeOf(t, agent) === 'outlet' ? { cue: [be >= 0 ? cueStartOf(t, be) : start, k + 1], outlet: agent } : null;
}

/** Whether a phrase cited names a source ("intelligence sources", "a report by the IMF", "Reuters", "Dr Smith"), not a reason. */
function isCitedSource(t: ParsedToken[], [start, end]: [number, number], type: SourceType): boolean {
  if (type === 'anonymous' || type === 'outlet' || type === 'document') return true;
  if (type !== 'person' && type !== 'organisation') return false;
  // A name opens it, or its head is a person: "Dr Smith", "the ministry", not "problems in the Middle East".
  const head = t.slice(start, end + 1).find((x) => x.pos !== 'DET' && x.pos !== 'ADJ');
  return !!head && (head.pos === 'PROPN' || !!personNoun(head.lower) || isOrganisationHead(head.lower));
}

/**
 * Where the verb stands that took a speaker to a medium before an infinitive of purpose ("took to Instagram to deny",
 * "went on television to attack", "used his speech to announce"), given the infinitive's "to" ends at `cueStart`; or -1.
 */
function mediumTakenTo(t: ParsedToken[], cueStart: number): number {
  if (t[cueStart - 1]?.lower !== 'to') return -1;
  for (let v = cueStart - 3; v >= Math.max(0, cueStart - 7); v--) {
    const into = t[v + 1]?.lower;
    const taken = (t[v].lemma === 'take' && into === 'to') || (t[v].lemma === 'go' && (into === 'on' || into === 'to')) || (t[v].lemma === 'use' && MEDIUM_OPENER.test(into ?? ''));
    if (taken && t.slice(v + 1, cueStart - 1).every((x) => !['VERB', 'AUX', 'PUNCT'].includes(x.pos))) return v;
  }
  return -1;
}
const MEDIUM_OPENER = /^(?:his|her|their|its|a|an|the)$/;

/** Verbs whose subject wrote or sent the document after them: "issued a statement", "unleashed a series of tweets". */
const AUTHORING = new Set(['issue', 'release', 'send', 'post', 'write', 'unleash', 'publish', 'tweet', 'pen', 'sign', 'file', 'deliver', 'make', 'give', 'put', 'fire', 'share', 'circulate', 'submit', 'draft']);

/** "seven votes to four", "312 votes", "a majority of 20": a tally at `k`. */
const isVoteTally = (t: ParsedToken[], k: number) =>
  (t[k].pos === 'NUM' && /^votes?$/.test(t[k + 1]?.lower ?? '')) || (/^an?$/.test(t[k].lower) && t[k + 1]?.lower === 'majority' && t[k + 2]?.lower === 'of' && t[k + 3]?.pos === 'NUM');

/**
 * "Her family are being supported by specially trained officers": support given over time, or by those whose work is
 * care, is help, not a stance ("The plan is supported by most economists" is one).
 */
const isCare = (t: ParsedToken[], k: number, agent: [number, number]) =>
  t[k].lemma === 'support' && (t[k - 1]?.lower === 'being' || /^(?:officers?|carers?|counsellors?|nurses?|staff|volunteers?|charities|charity)$/.test(t[agent[1]].lower));

/** "is expected by the end of the month", "by Friday", "by 2030": a time something is due by, no agent. */
function isDeadline(t: ParsedToken[], k: number): boolean {
  const head = t[/^(?:the|this|next|early|late|mid)$/.test(t[k].lower) ? k + 1 : k];
  return !!head && (/^(?:end|start|beginning|middle|close|time)$/.test(head.lower) || WEEKDAY_OR_DAY.test(head.lower) || TIME_UNIT.test(head.lower) || /^(?:19|20)\d{2}$/.test(head.text) || MONTH.test(head.text));
}

/**
 * Attributions a sentence makes itself: reporting verbs with their subject
 * ("Jen Psaki said", "…, said Jen Psaki"), "according to X", "cited by X",
 * "X did not respond", and the outlet a speaker "told". `outlet` is the
 * article's own outlet, so "U.S. News has learned" reads as the article itself.
 * In a `heading`, whose capitals mislead the tagger ("…and Attacking Israel"),
 * only verbs of saying, phrases, speaker labels and other cues in the
 * headline's present tense ("Sanders Vows") count.
 */
export function findAttributions(s: ParsedSentence, outlet: string | null = null, quotes: QuoteSpan[] = [], heading = false): Attribution[] {
  const t = retagVerbs(s.tokens);
  const found: Attribution[] = [];
  /** What each verb of saying found so far reports, as offsets: the speaker's content. */
  const reported: [number, number][] = [];
  // "Trump said he finally believes…", "McLenney said Clinton doesn't show consistency": a stance inside
  // what a speaker just said is part of the speaker's claim, not a second source.
  const inReport = ([first]: [number, number]) => reported.some(([from, to]) => from < t[first].start && t[first].start < to);
  /** What speakers closing the sentence report ("…, traders said."); a stance inside it is theirs to report, speech is kept. */
  const reportedBefore: [number, number][] = [];
  const speech = new Set<Attribution>();
  // A named person's words stay theirs, passed on by the closer: "Curcio described the situation as serious, the AP reported."
  const namedWords = (a: Attribution) => a.sourceType === 'person' && !!a.name && statesContent(t, a.cueStart, a.cueEnd);
  const reportedByCloser = (a: Attribution) => !speech.has(a) && !namedWords(a) && reportedBefore.some(([from, to]) => from <= a.cueStart && a.cueEnd <= to);
  /** Whether an attribution's cue is a verb (not a reporting noun: "Mrs. Clinton's remark"). */
  const byVerb = (a: Attribution) => t.some((x) => x.start >= a.cueStart && x.end <= a.cueEnd && (x.pos === 'VERB' || x.pos === 'AUX'));
  const used = new Set<number>();
  /** Outlets cited as who heard the words ("told AFP"): the speaker who goes on speaking is never one of them. */
  const hearers = new Set<Attribution>();
  /** Cites the outlet a speaker told ("told the AP") beside the speaker, as one who heard. */
  const citeOutletTold = (cueStart: number, cueEnd: number) => {
    const told = outletTold(s, cueStart, cueEnd, outlet);
    if (told) {
      found.push(told);
      hearers.add(told);
    }
  };
  /** Indices in `found` of passives that hide their speaker. */
  const hiddenSpeakers = new Set<number>();
  const speaker = speakerLabel(s, outlet) ?? dashCredit(s, outlet) ?? forwardedFrom(s, outlet) ?? checkedClaim(s);
  if (speaker) found.push(speaker);
  const references = referenceMarks(s) ?? authorYearCitation(s);
  if (references) found.push(references);
  for (let k = 0; k < t.length; k++) {
    if (used.has(k)) continue;
    const phrase = PHRASE_OPENERS.has(t[k].lower) ? PHRASE_CUES.find((p) => p.words.every((w, o) => t[k + o]?.lower === w)) : undefined;
    if (phrase) {
      const cueEnd = k + phrase.words.length - 1;
      const src = phraseAfter(t, cueEnd + 1);
      // "per" cites only a phrase with a determiner or a name after it: "per a report", "per Politico", not "per cent".
      // ("as per officials", as Indian English cites, is a citation whatever follows.)
      const perUnit = phrase.words[0] === 'per' && !['DET', 'PROPN'].includes(t[k + 1]?.pos ?? '') && t[k - 1]?.lower !== 'as';
      if (src && !perUnit && !((phrase.words[0] === 'according' || phrase.words[0] === 'per') && isMannerPhrase(t, src))) {
        const cited = makeAttribution(s, src, [k, cueEnd], outlet);
        // ("call 101, quoting log 1234": a reference number given, no one quoted.)
        if (phrase.words[0] === 'quoting' && cited.sourceType === 'unknown') continue;
        // "The Supreme Court blocked…, citing a threat to public health": what is cited is a reason, no
        // source; the one citing it speaks.
        // ("…, citing strong central bank buying": or a phrase that only qualifies a gerund after it.)
        const gerund = /ing$/.test(t[src[1] + 1]?.lower ?? '') && t[src[1] + 1].pos === 'VERB' && /^(?:PUNCT|ADP|CCONJ)$/.test(t[src[1] + 2]?.pos ?? 'PUNCT');
        const reason = phrase.words[0] === 'citing' && (cited.sourceType === 'unknown' || gerund);
        const citer = reason ? speakerOfParticiple(t, k, firstSubject(t, k)) : null;
        // ("Japan's prime minister to step down, citing health": a reason with no one to give it cites no one.)
        if (reason && !citer) continue;
        found.push(citer ? makeAttribution(s, citer, [k, cueEnd], outlet) : cited);
        for (let x = k; x <= src[1]; x++) used.add(x);
        // ("according to internal records reviewed by The Wall Street Journal and people familiar with the matter": a
        // second source joined past the agent of the first's participle.)
        const joined = phrase.words[0] === 'according' ? joinedPastAgent(t, src[1] + 1) : null;
        if (joined && ['anonymous', 'person', 'organisation'].includes(sourceTypeOf(t, joined, outlet))) found.push(makeAttribution(s, joined, [k, cueEnd], outlet));
        // ("Clinton plans to visit Charlotte on Sunday, according to a campaign aide.": a closing citation reports the
        // clause before it; a stance there is the cited source's to tell.)
        if (phrase.words[0] === 'according' && t[k - 1]?.text === ',' && (!t[src[1] + 1] || /^[.!?]$/.test(t[src[1] + 1].text))) reportedBefore.push([s.start, t[k - 1].start]);
        // "according to a study published Monday": the participle qualifies what was cited, and reports nothing more
        // ("sources cited by U.S. News" name who passed them on).
        for (let x = src[1] + 1; t[x]?.pos === 'VERB' && /ed$/.test(t[x].lower) && t[x + 1]?.lower !== 'by'; x++) used.add(x);
      }
      continue;
    }
    const tok = t[k];
    const poll = pollCited(t, k);
    if (poll) {
      found.push(makeAttribution(s, poll, [k, k], outlet));
      for (let x = k; x <= poll[1]; x++) used.add(x);
      continue;
    }
    const unnamed = unnamedStance(t, k, quotes);
    if (unnamed) {
      found.push(weaselAttribution(s, unnamed, unnamed));
      continue;
    }
    const possessor = nominalCue(t, k, quotes);
    if (possessor) {
      found.push(makeAttribution(s, possessor, [k, k], outlet));
      continue;
    }
    const giver = nominalCueFrom(t, k, quotes) ?? viewHolder(t, k);
    if (giver) {
      found.push(makeAttribution(s, giver, [k, k + 1], outlet));
      for (let x = k; x <= giver[1]; x++) used.add(x);
      continue;
    }
    if (tok.pos !== 'VERB' && tok.pos !== 'AUX' && tok.pos !== 'NOUN') continue;
    const lemma = tok.lemma;
    // "a lawsuit accusing it of…", "He cited a report saying shipments fell": the document says it (its author,
    // when the sentence names who wrote it: "the Security Council issued a statement calling…").
    // ("a lawsuit against Tesla alleging…": the document past the party its phrase names.)
    const document = tok.pos === 'VERB' && /ing$/.test(tok.lower) && t[k - 1]?.pos !== 'PUNCT' ? documentHeadBefore(t, k - 1, DOCUMENT_PARTY) : -1;
    let saidIn = document >= 0 && (STRONG_CUES.has(lemma) || WEAK_CUES.has(lemma)) ? [subjectBefore(t, document + 1)?.[0] ?? document, k - 1] as [number, number] : null;
    // ("The firm published data showing…": the phrase runs from after the verb that made the document, whose author speaks.)
    const made = saidIn ? t.slice(saidIn[0], document).findLastIndex((x) => x.pos === 'VERB' && AUTHORING.has(x.lemma)) : -1;
    if (saidIn && made >= 0) saidIn = [saidIn[0] + made + 1, k - 1];
    // ("In a statement announcing the pick, the union called…": the medium of a speaker named after it.)
    if (saidIn && !AUTHORING.has(t[saidIn[0] - 1]?.lemma ?? '') && t[saidIn[0] - 1]?.lower !== 'in') {
      found.push(makeAttribution(s, saidIn, [k, k], outlet));
      continue;
    }
    // "the war of Gog and Magog described in Ezekiel 38", "the risks outlined in the report": a participle after what
    // it qualifies; the document it was told in is the source ("Magog described" is no one describing).
    // (A participle has its clause's verb before it or right after its phrase; "Smith described in a letter how…" is Smith's.)
    const told = tok.pos === 'VERB' && /ed$/.test(tok.lower) && DESCRIBED_IN.has(lemma) && t[k + 1]?.lower === 'in' && ['NOUN', 'PROPN'].includes(t[k - 1]?.pos ?? '') ? phraseAfter(t, k + 2) : null;
    if (told && sourceTypeOf(t, told) === 'document' && (t.slice(0, k).some(isFiniteVerb) || isFiniteVerb(t[told[1] + 1]))) {
      found.push(makeAttribution(s, told, [k, k], outlet));
      for (let x = k; x <= told[1]; x++) used.add(x);
      continue;
    }
    // "A spokesperson for Tesla could not be reached for comment": asked and not found, as good as declining to comment.
    const unreachable = lemma === 'reach' ? notReachedFrom(t, k) : -1;
    const unreached = unreachable >= 0 ? subjectBefore(t, unreachable) : null;
    // (Someone who can be asked: "An agreement could not be reached" is no document's silence.)
    if (unreached && !['unknown', 'document'].includes(sourceTypeOf(t, unreached, outlet))) {
      found.push(makeAttribution(s, unreached, [unreachable, k], outlet));
      continue;
    }
    // "The court heard that Foster was travelling at 58mph": what a hearing was told; anyone else hearing reports nothing.
    if (lemma === 'hear') {
      // (Or a name and its verb: "The court heard Pike entered the store".)
      const clause = /^(?:that|how)$/.test(t[k + 1]?.lower ?? '') || SUBJECT_PRONOUN.has(t[k + 1]?.lower ?? '') || (t[k + 1]?.pos === 'PROPN' && nameThenVerb(t, k + 1));
      // Or after what it heard: "One victim lost her life savings, the court heard."
      const closing = !clause && (!t[k + 1] || t[k + 1].text === '.' || t[k + 1].text === ',');
      const hearing = clause || closing ? subjectBefore(t, k) : null;
      if (hearing && HEARINGS.has(t[hearing[1]].lower) && (clause || t[hearing[0] - 1]?.text === ',')) {
        found.push(makeAttribution(s, hearing, [k, k], outlet));
        // What the court heard is the evidence's: "Carter attacked him with a knife" inside it is no stance of Carter's.
        reported.push(clause ? [tok.end, s.end] : [s.start, t[hearing[0]].start]);
      }
      continue;
    }
    // "called for", "called on": a demand, as good as said; "as Rosenthal put it": words quoted; "seized on" a remark, not "seized power".
    const putIt = lemma === 'put' && t[k + 1]?.lower === 'it' && t.slice(0, k).some((x) => x.lower === 'as');
    const putFigure = lemma === 'put' && putsFigure(t, k);
    // "did not (immediately) respond": declining to speak, as good as saying so.
    const notResponding = lemma === 'respond' && k > 0 && adverbsBefore(t, k - 1) >= 0 && word(t[adverbsBefore(t, k - 1)]) === 'not';
    // "Police appealed for witnesses", "appealed to the public for help": a plea in words, as "called for" is ("appealed
    // against the ruling", "appealed to the Supreme Court" go to law).
    const appealed = lemma === 'appeal' && (t[k + 1]?.lower === 'for' || (t[k + 1]?.lower === 'to' && /^(?:public|people|anyone|everyone|residents|witnesses|drivers|motorists|fans|parents|voters|supporters)$/.test(t[k + 2]?.lower === 'the' ? t[k + 3]?.lower ?? '' : t[k + 2]?.lower ?? '')));
    // ('"…," the minister informed.', "Officials informed that…": informing with no one informed is saying, as Indian
    // English has it.)
    const informed = lemma === 'inform' && (!t[k + 1] || /^[.,]$/.test(t[k + 1].text) || t[k + 1].lower === 'that');
    const retorted = isRetort(t, k);
    // ("Trump brushed off the criticism", "brushed aside concerns": dismissed, in words; not "brushed off the dust".)
    const brushedOff = lemma === 'brush' && /^(?:off|aside)$/.test(t[k + 1]?.lower ?? '') && t.slice(k + 2, k + 5).some((x) => BRUSHED_OFF.test(x.lower));
    const strong = STRONG_CUES.has(lemma) || putIt || putFigure || notResponding || appealed || informed || retorted || brushedOff || tagsQuote(t, k) || introducesQuote(t, k) || (lemma === 'call' && (t[k + 1]?.lower === 'for' || t[k + 1]?.lower === 'on'));
    const seizedOn = lemma === 'seize' && (t[k + 1]?.lower === 'on' || t[k + 1]?.lower === 'upon');
    // "Clinton laid out her proposals", "The chancellor set out her spending plans": as good as outlined ("set out from
    // London" departs); "released an ad", not "released the hostages".
    const laidOut = (lemma === 'lay' && t[k + 1]?.lower === 'out') || (lemma === 'set' && t[k + 1]?.lower === 'out' && t.slice(k + 2, k + 6).some((o) => o.pos === 'NOUN' && SET_OUT.test(o.lower)));
    // "Keir Starmer paid tribute to 'a true national treasure'": praise in words.
    const paidTribute = lemma === 'pay' && /^(?:tribute|tributes|homage)$/.test(t[k + 1]?.lower ?? '');
    // "Reid has gone after Trump as a “con artist”": an attack in words.
    const wentAfter = lemma === 'go' && t[k + 1]?.lower === 'after' && (t[k + 2]?.pos === 'PROPN' || t[k + 2]?.pos === 'PRON');
    const releasedDocument = lemma === 'release' && t.slice(k + 1, k + 5).some((o) => o.pos === 'NOUN' && (isDocumentWord(o.lower) || RELEASED_PAPERS.has(o.lower)));
    // "Trump sees China as a threat", "Analysts regard the deal as risky": a view held of something (what "China would
    // view Russia as" is the writer's guess).
    const viewedAs = tok.pos === 'VERB' && !/^(?:would|could|might|may)$/.test(t[k - 1]?.lower ?? '') && viewsAs(t, k);
    const stance = STANCE_CUES.has(lemma) || seizedOn || laidOut || paidTribute || wentAfter || releasedDocument || viewedAs;
    // Any verb taking a "that" clause from a named subject reports what they hold: "Gowdy argued that…", "She realised that…".
    // A noun with its auxiliary after "that" is a clause's subject too: "The IMF forecast that growth would slow".
    const thatClause = tok.pos === 'VERB' && t[k + 1]?.lower === 'that' && (CLAUSE_OPENER.has(t[k + 2]?.pos ?? '') || isPluralNoun(t[k + 2]) || (t[k + 2]?.pos === 'NOUN' && t[k + 3]?.pos === 'AUX'));
    // "Limbaugh continued: “…”", "she continued, “…”": going on speaking, when a quote or a colon follows.
    const continues = lemma === 'continue' && (t[k + 1]?.text === ':' || QUOTE_MARK.test(t[k + 1]?.text ?? '') || (t[k + 1]?.text === ',' && QUOTE_MARK.test(t[k + 2]?.text ?? '')));
    // A headline reports in the present tense ("Sanders Vows…", "New Poll Shows…"): other forms there are the tagger misled by capitals.
    if (heading && !strong && !/[^s]s$/.test(tok.lower)) continue;
    // ("What they're saying: “…,” one of the officials said.": a newsletter's section label, no one speaking.)
    if (t[k + 1]?.text === ':' && k <= 4 && t[0].lower === 'what') continue;
    // Inside a quote a stance or a verb of thinking is the quoted speaker's ("…the legitimacy they seek,” Psaki said,
    // "“They could choose to devote…”"); nested speech ("he said") still counts.
    const quoted = isQuoted(quotes, tok.start, tok.end);
    // "ministers will announce £1.5bn next week": speech still to come reports nothing yet.
    // ("Fans will be hoping this is the signing…": the writer's guess at what they will feel.)
    // ("Voters will not forgive them", "She will never accept it": nor does a negated one.)
    let future = k - 1;
    while (future > 0 && /^(?:not|n't|n’t|never)$/.test(t[future].lower)) future--;
    if (t[future]?.lower === 'be') future--;
    if (/^(?:will|'ll|’ll|wo)$/.test(t[future]?.lower ?? '') && t[future].pos !== 'PROPN') continue;
    // ("Keegan said she would respond to the report in due course": nor is speech promised in what was said; "…that
    // Chelsea would be willing to pay" is a stance held.)
    if (t[future]?.lower === 'would' && t[future + 1]?.lower !== 'be' && found.length > 0) continue;
    // ("They would say that, wouldn't they?": what someone would say, asked, is the writer's supposing.)
    if (SUPPOSING.test(t[k - 1]?.lower ?? '') && isQuestion(t)) continue;
    // ("whether he had a lawyer who could comment on his behalf", "no one who might speak for them": speech only possible.)
    if (/^(?:could|might)$/.test(t[k - 1]?.lower ?? '') && POSSIBLE_SPEECH.has(lemma)) continue;
    // ("Scientists require five sigma before claiming a discovery", "left without saying a word": speech not yet made, or
    // never.)
    if (/ing$/.test(tok.lower) && /^(?:before|without)$/.test(t[k - 1]?.lower ?? '')) continue;
    if (!strong && quoted) continue;
    const listed = strong || stance || continues || WEAK_CUES.has(lemma) || postedOnline(t, k) || lemma === 'understand';
    if (isNaming(t, k) || isDiscourseIdiom(t, k) || isAppointing(t, k)) continue;
    const impersonal = quoted ? null : impersonalReport(t, k);
    if (impersonal) {
      found.push(weaselAttribution(s, impersonal, [impersonal[0] + 1, k]));
      for (let x = impersonal[0]; x <= k; x++) used.add(x);
      continue;
    }
    // "The BBC has been told the cost will be £3bn": the outlet reports what its unnamed sources told it, as "the BBC
    // understands" does.
    const toldBe = lemma === 'tell' || lemma === 'inform' || lemma === 'brief' ? passiveAuxiliary(t, k) : -1;
    if (toldBe >= 0 && !quoted) {
      const groupStart = passiveGroupStart(t, toldBe);
      const hearer = subjectBefore(t, groupStart);
      const kind = hearer && sourceTypeOf(t, hearer, outlet);
      // (What it was told follows, not an order, "was told to leave", nor its teller, "was told by a source".)
      const told = ['SCONJ', 'DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(t[k + 1]?.pos ?? '') && t[k + 1].lower !== 'by';
      if (hearer && (kind === 'outlet' || kind === 'self') && told) {
        found.push(makeAttribution(s, hearer, [groupStart, k], outlet));
        continue;
      }
      // ("Employees were told in an internal memo that…": what told them is written down; the document is the source.)
      const memo = t[k + 1]?.lower === 'in' ? phraseAfter(t, k + 2) : null;
      if (memo && sourceTypeOf(t, memo) === 'document') {
        found.push(makeAttribution(s, memo, [groupStart, k], outlet));
        for (let x = groupStart; x <= memo[1]; x++) used.add(x);
        continue;
      }
    }
    const hidden = quoted ? null : hiddenSpeakerOf(t, k);
    if (hidden) {
      found.push(weaselAttribution(s, hidden, hidden));
      hiddenSpeakers.add(found.length - 1);
      continue;
    }
    // "Everyone knows the system is broken", "We all know that…": knowledge claimed for everyone is a weasel's.
    if (lemma === 'know' && !quoted) {
      const knowers = subjectBefore(t, cueStartOf(t, k));
      // ("Nobody knows what happened" admits no one knows; it claims nothing.)
      const weWhoAll = knowers && knowers[0] === knowers[1] && t[knowers[0]].lower === 'we' && t[knowers[1] + 1]?.lower === 'all';
      const everyone = knowers && !/^(?:nobody|no one|none)$/i.test(t[knowers[0]].lower) && (sourceTypeOf(t, knowers) === 'weasel' || weWhoAll);
      if (everyone) {
        found.push(weaselAttribution(s, knowers, [cueStartOf(t, k), k]));
        continue;
      }
    }
    if (tok.pos === 'VERB' && isCausativeParticiple(t, k)) continue;
    // "The claims, first reported by the Guardian, were denied": an aside or a passive naming the outlet that
    // broke the story.
    const broke = brokeBy(t, k);
    if (broke) {
      found.push(makeAttribution(s, broke.outlet, broke.cue, outlet));
      for (let x = broke.cue[0]; x <= broke.outlet[1]; x++) used.add(x);
      continue;
    }
    if (!listed && !thatClause) {
      // "The claim was first made by the Daily Beast", "Concerns were raised by residents": the agent spoke.
      const maker = claimMadeBy(t, k);
      if (maker) {
        found.push(makeAttribution(s, maker.agent, maker.cue, outlet));
        for (let x = maker.cue[0]; x <= maker.agent[1]; x++) used.add(x);
        continue;
      }
      // "Younger voters have expressed misgivings about…", "Trump is raising questions about…",
      // "The ministry issued a statement condemning…".
      const stated = stanceNounCue(t, k) ?? speechActCue(t, k);
      if (stated && !inReport(stated.source)) {
        found.push(makeAttribution(s, stated.source, [cueStartOf(t, k), stated.noun], outlet));
        for (let x = stated.source[0]; x <= stated.noun; x++) used.add(x);
        continue;
      }
      // "The Kremlin faces criticism from Western governments": the critics are the source. "Trump has faced
      // questions about…" names none (and Trump says nothing): critics left unnamed, as a passive's are.
      const met = metStanceCue(t, k);
      if (met) {
        const critics = met.source ?? ([cueStartOf(t, k), met.from - 1] as [number, number]);
        found.push(met.source ? makeAttribution(s, critics, [k, met.from], outlet) : weaselAttribution(s, critics, critics));
        for (let x = k; x <= Math.max(critics[1], met.from - 1); x++) used.add(x);
        continue;
      }
      // "Graham has been critical of Trump", "Kaine is a staunch opponent of the death penalty".
      const state = stanceStateCue(t, k);
      if (state && !inReport(state.source)) {
        found.push(makeAttribution(s, state.source, [cueStartOf(t, k), state.end], outlet));
        for (let x = state.source[0]; x <= state.end; x++) used.add(x);
        continue;
      }
      // "…, said Caddell, speaking of Clinton's health", "…, comparing him favorably to Obama": a participle
      // of saying after a comma goes on with the speaker just named.
      const goesOn = /ing$/.test(tok.lower) && endsAtComma(t, k - 1) && verbClass(lemma) === 'communication' ? found.findLast((a) => a.cueEnd <= t[k - 1].start && !hearers.has(a)) : undefined;
      if (goesOn) {
        found.push(withCue(goesOn, s, [k, k]));
        continue;
      }
      // "Clinton painted Trump as a Romney caricature", "…, portraying him as weak": a depiction in words is the subject's.
      const depicter = depictionBy(t, k);
      if (depicter) {
        found.push(makeAttribution(s, depicter, [k, k], outlet));
        continue;
      }
      // Past the lists, a verb of saying, thinking or feeling (WordNet's classes) after a
      // named subject is that person's stance: "The FBI director chastised Clinton".
      // ("Investors who ignore this moment will regret it", "sources who reviewed them told": a relative clause
      // inside the subject, with no comma before it, says which ones; "Bush, who signed the bill" reports.)
      const start = cueStartOf(t, k);
      const describing = t[start - 1]?.lower === 'who' && t[start - 2]?.text !== ',' && t.slice(k + 2).some((x) => x.pos === 'AUX' || x.pos === 'VERB');
      // ("Chelsea could surprise a few people": what a modal supposes is no one's stance yet.)
      const supposed = [t[start], t[k - 1]].some((x) => SUPPOSING.test(x?.lower ?? ''));
      const classed = describing || supposed ? null : classedCue(t, k, found.length > 0);
      if (classed) {
        found.push(makeAttribution(s, classed, [start, k], outlet));
        for (let x = classed[0]; x <= k; x++) used.add(x);
      }
      continue;
    }
    // "a Taliban supported by China": a participle's agent after "by" qualifies a noun; no one is reported.
    // A passive clause names its speaker there: "The nominee has been endorsed by dozens of papers" (below).
    if (!strong && t[k + 1]?.lower === 'by' && passiveAuxiliary(t, k) < 0) {
      // ("with injuries described by police as life-changing": what the agent called the thing is their words.)
      const describer = lemma === 'describe' ? phraseAfter(t, k + 2) : null;
      if (describer && t[describer[1] + 1]?.lower === 'as') {
        found.push(makeAttribution(s, describer, [k, k + 1], outlet));
        for (let x = k; x <= describer[1]; x++) used.add(x);
      }
      continue;
    }
    // "a new study published in The BMJ has found": the participle qualifies the study, whose own verb reports
    // ("Americans worried about…" still hold a feeling).
    if ((qualifiesNoun(t, k) || qualifiesDocument(t, k)) && passiveAuxiliary(t, k) < 0 && verbClass(lemma) !== 'emotion') continue;
    // "migrants suspected of entering illegally", "The men, accused of fraud,": the one accused stands before
    // the participle; whoever accuses goes unnamed ("Trump accused Clinton of lying" has its object first).
    if ((lemma === 'accuse' || lemma === 'suspect') && t[k + 1]?.lower === 'of' && passiveAuxiliary(t, k) < 0) continue;
    // "lawmakers are expected to consider": a forecast (a hedge), not the subject's expectation;
    // so is "…, with gusts of up to 80mph expected on Saturday".
    if (lemma === 'expect' && BE.has(t[k - 1]?.lower ?? '') && t[k + 1]?.lower === 'to') continue;
    if (tok.lower === 'expected' && withPhraseBefore(t, k)) continue;
    if (tok.pos === 'NOUN' && lemma !== 'say') continue;
    // A passive's speaker is its agent ("The statement was written by aides"); without one, its subject
    // is what was said or who heard it ("He was told to leave"), unless an impersonal "it was reported".
    const be = passiveAuxiliary(t, k);
    if (be >= 0) {
      const by = agentBy(t, k);
      const agent = by >= 0 ? phraseAfter(t, by + 1) : null;
      // ("The scheme was backed by seven votes to four": a count of votes passes a thing and says nothing.)
      if (agent && (isVoteTally(t, agent[0]) || isDeadline(t, agent[0]) || isCare(t, k, agent))) continue;
      if (agent) {
        found.push(makeAttribution(s, agent, [cueStartOf(t, be), by === k + 1 ? by : k], outlet));
        for (let x = k; x <= agent[1]; x++) used.add(x);
      }
      // ("The plan was first revealed in a report in the Telegraph": the document it appeared in says it.)
      const medium = !agent && t[k + 1]?.lower === 'in' ? phraseAfter(t, k + 2) : null;
      if (medium && ['document', 'outlet'].includes(sourceTypeOf(t, medium, outlet)) && hasName(t, medium)) {
        found.push(makeAttribution(s, medium, [cueStartOf(t, be), k + 1], outlet));
        for (let x = k; x <= medium[1]; x++) used.add(x);
        continue;
      }
      if (agent || t[be - 1]?.lower !== 'it') continue;
    }
    const cueStart = cueStartOf(t, k);
    // "A video of the senator saying…", "The ad shows footage of Clinton asking, “…”": the recording shows its
    // speaker; "a video of the parade showing crowds" shows things.
    const recorded = cueStart === k && /ing$/.test(tok.lower) ? recordedSpeaker(t, k) : null;
    if (recorded && holdsAView(t, recorded)) {
      found.push(makeAttribution(s, recorded, [k, k], outlet));
      for (let x = recorded[0]; x <= k; x++) used.add(x);
      continue;
    }
    let cueEnd = k;
    if ((t[k + 1]?.lower === 'out' && (lemma === 'point' || laidOut)) || putIt || wentAfter || paidTribute || retorted || brushedOff) cueEnd = k + 1;
    // "Clinton mocked the complaint, saying…": a participle after a comma speaks for the clause's subject.
    // So does one after an object: "Trump unleashed a series of tweets (early Friday) saying…";
    // not a gerund ("towards encouraging", "means acknowledging") nor "is saying".
    const beforeCue = t[skipTimeBefore(t, cueStart - 1)];
    // "…, even suggesting", "…, falsely claiming": past a manner adverb (not a time: "Graham, R-S.C., now saying").
    const manner = t[cueStart - 1]?.pos === 'ADV' && /^(?:even|\w+ly)$/.test(t[cueStart - 1].lower);
    const afterComma = endsAtComma(t, manner ? cueStart - 2 : cueStart - 1);
    // "Claiming the criticism is designed to…, Trump told Fox": one opening the sentence speaks for the main clause's subject.
    // "…, going on to say": the participle the cue hangs on.
    // Not one whose own speaker "with" gives: "…, with one writing:", "…, with many saying the plan was doomed".
    const participle = /ing$/.test(t[cueStart].lower) && !speakerAfterWith(t, cueStart) && (cueStart === 0 || afterComma || beforeCue?.pos === 'NOUN' || beforeCue?.pos === 'NUM' || (cueStart === k && document >= 0));
    // "whether the US had intelligence indicating an attack was planned": what was gathered states it, not
    // whoever holds it (unlike "a series of tweets saying", written by the subject).
    if (participle && !afterComma && cueStart === k && EVIDENCE.has(beforeCue?.lower ?? '')) {
      let from = cueStart - 1;
      while (['ADJ', 'NOUN', 'PROPN'].includes(t[from - 1]?.pos ?? '')) from--;
      found.push({ ...makeAttribution(s, [from, cueStart - 1], [k, k], outlet), sourceType: 'document' });
      continue;
    }
    // "responded … by saying", "after saying": a verb of saying after a preposition is the clause subject's too.
    const gerund = strong && /ing$/.test(tok.lower) && (t[cueStart - 1]?.pos === 'ADP' || t[cueStart - 1]?.pos === 'SCONJ');
    // ("He should start by admitting it cannot be fixed": what a modal prescribes or supposes is not yet said.)
    const modal = t[cueStart - 3]?.lower ?? '';
    if (gerund && t[cueStart - 2]?.pos === 'VERB' && (MODALS.has(modal) || modal === 'will')) continue;
    // "KCNA quoted Kim as saying": the one quoted speaks; the quoter only passes the words on.
    const quotedOne = quotedAsSaying(t, k);
    if (quotedOne) {
      found.push(makeAttribution(s, quotedOne, [k, k], outlet));
      continue;
    }
    // "…,” the mayor said, adding that…", "she said at a news conference announcing…": the speaker just named by a
    // verb goes on speaking ("treating Mrs. Clinton's remark as…, asserting" is not Mrs. Clinton's).
    // So does "…responded by saying", "he was quoted as saying".
    const speaking = (participle && cueStart > 0) || gerund ? found.findLast((a) => a.cueEnd <= t[cueStart - 1].start && byVerb(a) && !hearers.has(a)) : undefined;
    // ("Western media reported that Belgium has resisted the plan, fearing legal risks": a stance closing the clause a
    // speaker reports is what was reported, its subject's, not the speaker's; so is any verb of saying after a
    // preposition there: "The Commission said Apple had prevented developers from telling users…".)
    if (speaking && (!strong || gerund) && reportsClause(t, t.findIndex((x) => x.start >= speaking.cueEnd), cueStart)) continue;
    if (speaking) {
      found.push(withCue(speaking, s, [cueStart, cueEnd]));
      // ("…, telling ABC's 7.30 program the government would…": the outlet that heard it.)
      if (lemma === 'tell') citeOutletTold(cueStart, cueEnd);
      continue;
    }
    // ", said Jen Psaki", "…,” recalled Brinkley": only a bare verb of saying or thinking puts its speaker after it;
    // "…, have also endorsed Clinton", "…, hammered his stance" name what was done, not who did it.
    // Never "tell": what follows it is who heard ("Mr. King, 82, told reporters.").
    const invertible = (strong || WEAK_CUES.has(lemma)) && lemma !== 'tell' && cueStart === k && !participle;
    const after = t[cueStart - 1]?.text === ',' && invertible ? phraseAfter(t, cueEnd + 1) : null;
    // "Xi Jinping meets Brazilian president, calls for deeper partnership": a headline's verbs after a comma share its subject.
    const headlineVerb = heading && t[cueStart - 1]?.text === ',' && /[^s]s$/.test(tok.lower);
    // ("The star took to Instagram to deny the rumours": who went to the medium speaks in it.)
    const medium = mediumTakenTo(t, cueStart);
    let before = medium >= 0 ? subjectBefore(t, medium) : participle || gerund || headlineVerb ? firstSubject(t, cueStart) : subjectBefore(t, cueStart);
    if (participle && afterComma) before = speakerOfParticiple(t, cueStart, before);
    // ("The pope is reported to have said…", "Putin is understood to have warned…": the subject of the passive that hides
    // who passed it on said it.)
    const passedOn = before ? -1 : reportedToHave(t, cueStart);
    if (passedOn >= 0) before = subjectBefore(t, passedOn);
    // "Americans supporting the bill say…": a participle right after the sentence's subject qualifies it, and the
    // subject's own verb follows; not "footage of Clinton asking, “…”", where it reports.
    const bareParticiple = cueStart === k && /ing$/.test(tok.lower) && !afterComma && !/^[,:“"‘']$/.test(t[cueEnd + 1]?.text ?? '');
    if (bareParticiple && before?.[1] === cueStart - 1 && t[before[0] - 1]?.pos !== 'ADP' && t.slice(cueEnd + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) continue;
    // After a comma, the speaker follows the verb when the sentence ends there ("…, said the ministry."),
    // or when a name follows and none precedes: "…as of 2005, said Jeffrey N. Trimble, a senior official…",
    // but "Trump, appearing after Clinton, cited problems in the Middle East, …" names its subject first.
    const afterEnd = after ? t[after[1] + 1] : undefined;
    // "Trump, appearing after Clinton at the forum, cited problems in the Middle East.": the subject opens the sentence.
    const subjectOpens = !!before && before[0] === 0 && t[before[1] + 1]?.text === ',';
    // ("Prices rose in March, said an analyst who asked not to be named": a relative clause on the speaker ends the
    // phrase as the sentence would, and a name after a preposition is where or when, no subject.)
    const onSpeaker = /^(?:who|whom|whose)$/.test(afterEnd?.lower ?? '');
    // ("…, including Patriot, declared bankruptcy.": one bare thing after the verb is what it did, not who.)
    const bareThing = (p: [number, number] | null) => !!p && p[0] === p[1] && t[p[0]].pos === 'NOUN' && /^[a-z]/.test(t[p[0]].text) && sourceTypeOf(t, p, outlet) === 'unknown';
    const speakerAfter = after && !subjectOpens && !bareThing(after) && (!afterEnd || afterEnd.text === '.' || onSpeaker || ((afterEnd.text === ',' || hasName(t, after)) && (!hasName(t, before) || t[before![0] - 1]?.pos === 'ADP')));
    let src: [number, number] | null = speakerAfter ? after : before;
    // "…,” said Jen Psaki" / "…, said the ministry" / "Said Ellis:": the source follows the verb.
    // A participle never has its speaker after it (", encouraging the completion of a road").
    // Not a phrase its own verb follows: "…should pause, admit its forecasts were wrong" names what is admitted.
    // (Not an imperative opening the sentence, its verb bare: "Observe another strange bedfellowship.", "Note the date.")
    const imperative = cueStart === 0 && tok.lower === tok.lemma && !/s$/.test(tok.lower);
    if (!src && invertible && !imperative && (cueStart === 0 || t[cueStart - 1]?.text === ',' || QUOTE_MARK.test(t[cueStart - 1]?.text ?? ''))) {
      const phrase = phraseAfter(t, cueEnd + 1);
      // ('"…," said one slide from a presentation posted to the message board': a participle and its preposition
      // qualify the phrase; no verb of its own.)
      // (Nor one in -ing: '"…," said Paul Cassell, a lawyer representing several families'.)
      const qualifier = !!phrase && ((/ed$/.test(t[phrase[1] + 1]?.lower ?? '') && t[phrase[1] + 2]?.pos === 'ADP') || /ing$/.test(t[phrase[1] + 1]?.lower ?? ''));
      const verbAfter = phrase && !qualifier && (t[phrase[1] + 1]?.pos === 'VERB' || t[phrase[1] + 1]?.pos === 'AUX');
      src = verbAfter || bareThing(phrase) ? null : phrase;
    }
    // "Schultz supported Democrats … and said": the subject of the first verb of the sentence.
    // "Clinton … and repeatedly says", "…, but has said": the same subject goes on.
    // ("It comes as the president said … and called on allies…": the speaker of the verb of saying the "and" goes on
    // from, when one came before it.)
    const joint = t[adverbsBefore(t, cueStart - 1)]?.lower;
    if (!src && (joint === 'and' || joint === 'but')) src = speakerGoingOn(t, found, cueStart) ?? firstSubject(t, cueStart);
    // ("He asked whether Israel had agreed to the proposal": what is asked about is no one's report.)
    if (!src || isParticipleAside(t, src, cueStart) || isAskedAbout(t, src[0])) continue;
    // ("Expect defections, expect donors to walk": a phrase opening on the sentence's bare imperative names no speaker.)
    // ("Lynch said": not a name the tagger read as a verb; "Lead author John Smith said": a post.)
    if (src[0] === 0 && src[1] > 0 && t[0].pos === 'VERB' && t[0].lower === t[0].lemma && t[1].pos === 'NOUN' && !opensPost(t[0], t[1])) continue;
    // "The company delivered 384,122 vehicles…, it said": a closing "it" is the body the sentence opened with (one that
    // "added" goes on from the body that spoke before: "…, the agency said. Tesla will fix it, it added.").
    if (src[0] === src[1] && t[src[0]].lower === 'it' && t[src[0] - 1]?.text === ',' && lemma !== 'add') {
      const opener = firstSubject(t, src[0]);
      if (opener && ['organisation', 'outlet'].includes(sourceTypeOf(t, opener))) src = opener;
    }
    // "Neither Meta nor X responded": both are the subject (and each is its own source, see splitCoordinated).
    const neither = t[src[0] - 1]?.lower === 'nor' ? t.findLastIndex((x, j) => j < src![0] - 2 && j >= src![0] - 8 && x.lower === 'neither') : -1;
    if (neither >= 0 && t.slice(neither + 1, src[0] - 1).every((x) => x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'DET')) src = [neither, src[1]];
    const inverted = src[0] > cueEnd || (t[cueEnd + 1]?.text === '.' && t[cueStart - 1] && /[,”’"]/.test(t[src[0] - 1]?.text ?? ''));
    // "…believe the plan…", "analysts agreed it was…": a clause follows without "that".
    const next = t[cueEnd + 1];
    // "The BBC understands ministers will…": an outlet's own reporting; anyone else "understands" a "that" clause only.
    const outletKnows = lemma === 'understand' && ['outlet', 'self'].includes(sourceTypeOf(t, src, outlet));
    if (lemma === 'understand' && !outletKnows && next?.lower !== 'that') continue;
    const clauseFollows =
      ((BELIEF.has(lemma) || outletKnows) && ['DET', 'PROPN', 'PRON', 'NOUN'].includes(next?.pos ?? '')) ||
      // ("The company now expects full-year profit of…", "expects strong demand": an adjective before its noun.)
      (BELIEF.has(lemma) && next?.pos === 'ADJ' && t.slice(cueEnd + 2, cueEnd + 5).some((x) => x.pos === 'NOUN')) ||
      (WEAK_CUES.has(lemma) && SUBJECT_PRONOUN.has(next?.lower ?? '') && clauseVerbAt(t, cueEnd + 2)) ||
      // ("The Sun revealed the couple had split": a clause of its own, its subject a noun phrase, without "that".)
      (DISCLOSING.has(lemma) && nounClauseAt(t, cueEnd + 1)) ||
      // ("Investors questioned whether the upgrades would be enough": a doubt in words; "Police questioned a man" asks.)
      (lemma === 'question' && /^(?:whether|if|why|how)$/.test(next?.lower ?? ''));
    // ("what police described as minor injuries": the thing described stands before its describers.)
    const describedAs = lemma === 'describe' && t[k + 1]?.lower === 'as';
    const framed = strong || inverted || clauseFollows || viewedAs || describedAs || lemma === 'learn' || inReportingFrame(t, cueEnd);
    // Outside a reporting frame (or for an unlisted verb with a "that" clause), a stance or belief
    // is still someone's when a name or a person stands before it; a refusal to comment is anyone's answer
    // ("A spokesperson for the firm declined to comment", "The company declined to comment").
    const noComment = src[1] < cueStart && declinesToComment(t, cueEnd) && sourceTypeOf(t, src) !== 'unknown';
    // ("The union called the plan a disgrace": naming a thing as something judges it in words, a body's too.)
    const calledItA = lemma === 'call' && src[1] < cueStart && t.slice(k + 2, k + 7).some((x, j) => /^an?$/.test(x.lower) && ['NOUN', 'PROPN'].includes(t[k + 1 + j]?.pos)) && sourceTypeOf(t, src) === 'organisation';
    // ("The company has forecast a loss", "The weather office has predicted heavy rain": a body's forecast is its own figure.)
    const bodysForecast = FORECASTING.has(lemma) && src[1] < cueStart && sourceTypeOf(t, src) === 'organisation';
    if (!(listed && framed) && !noComment && !calledItA && !bodysForecast && !(src[1] < cueStart && (namedSubject(t, src, lemma) || peopleSubject(t, src, lemma)))) continue;
    // ("The Clinton campaign plans to…", "The Tax Policy Center plans to release…": a body's plan is announced, as a
    // person's is; a state's, "Beijing also plans projects…", stays the writer's reading of it.)
    const bodyPlans = lemma === 'plan' && sourceTypeOf(t, src) === 'organisation' && !isStateName(s.text.slice(t[src[0]].start - s.start, t[src[1]].end - s.start).replace(/^the\s+/i, ''));
    if (INTENT.has(lemma) && !holdsAView(t, src) && !bodyPlans) continue;
    // (Not a closer, which reports all before it: "…traced the desire to Instagram, the documents show."; inside what a
    // speaker said it is theirs: "Bamberg said the videos do not show…, the footage showed.")
    // (What a paper "has learned" closing the sentence is its own scoop, whoever it quotes before: "…a whistleblower who
    // alleges the bureau ignored warnings, Fox News Digital has learned.")
    const closing = t[src[0] - 1]?.text === ',' && src[1] < cueStart && (!t[cueEnd + 1] || /^[.!]$/.test(t[cueEnd + 1].text));
    const closer = closing && (lemma === 'learn' || !found.some((a) => speech.has(a) && a.cueEnd <= t[src[0]].start));
    if (!strong && !closer && inReport(src)) continue;
    // "an overhaul of the justice system, which Mr. Obama championed": a stance in a relative clause describes the thing.
    // Not "cases in which Kaine defended people", where the clause reports what he did.
    const relative = t[src[0] - 1];
    if (stance && !strong && relative && ['which', 'that'].includes(relative.lower) && relative.pos !== 'SCONJ' && t[src[0] - 2]?.pos !== 'ADP') continue;
    // So does one without "which" after a plural: "policies she supported".
    const reducedRelative = src[0] === src[1] && PERSONAL.has(t[src[0]].lower) && relative?.pos === 'NOUN' && /s$/.test(relative.lower);
    if (reducedRelative && stance && !strong) continue;
    // "credit cards they never asked for": a request, its object stranded before it.
    const stranded = !t[cueEnd + 2] || ['PUNCT', 'CCONJ'].includes(t[cueEnd + 2].pos);
    if (lemma === 'ask' && t[cueEnd + 1]?.lower === 'for' && stranded) continue;
    if (lemma === 'learn' && t[cueStart]?.lower !== 'has' && t[cueStart]?.lower !== 'have') continue;
    // ("Some point out that…", "pointed to a slowdown"; "At some point you have to stop" is a time.)
    if (lemma === 'point' && !/^(?:out|to)$/.test(t[k + 1]?.lower ?? '')) continue;
    // (What was learned follows, or the words before it were: "I am struck by how little it has learned." learns nothing.)
    if (lemma === 'learn' && t[src[0] - 1]?.text !== ',' && !/^(?:that|of)$/.test(t[cueEnd + 1]?.lower ?? '') && !nounClauseAt(t, cueEnd + 1)) continue;
    // "the two guides I wrote in 2014", "I write this because…": the writer writing, not reporting.
    if (lemma === 'write' && src[0] === src[1] && isWriterOrReader(t[src[0]].text) && !inReportingFrame(t, cueEnd)) continue;
    // "But what do you expect?": a question to the reader quotes no one.
    if (t[src[0]].lower === 'you' && src[0] === src[1] && isQuestion(t)) continue;
    // "Why should they believe anything?", "Do voters believe him?": the question asks, it reports no one
    // ("Why do critics say…?" takes their saying as given).
    if (isQuestion(t) && !isQuoted(quotes, tok.start, tok.end) && asksWhether(t, src[0])) continue;
    // ('saying they had shown "the mentality of champions"': what people show in quotes is a quality someone else named;
    // evidence shows in words, "The data showed "a clear improvement"".)
    if (lemma === 'show' && QUOTE_MARK.test(t[cueEnd + 1]?.text ?? '') && sourceTypeOf(t, src) === 'person') continue;
    // "…,” the article read.", "the letter reads": a document reads; a person reading a book reports nothing.
    if (lemma === 'read' && sourceTypeOf(t, src) !== 'document') continue;
    // ("A study of 100,000 adults linked ultra-processed food to cancer", "He linked cybersecurity to her emails": a finding or
    // a charge; "a road linking" two places, "Beijing's projects linking" states, are none.)
    if (lemma === 'link' && (!['document', 'person'].includes(sourceTypeOf(t, src)) || /ing$/.test(tok.lower))) continue;
    // "U.S. News, which cited intelligence sources": who is cited is a source of the claim too, as after "citing"; in
    // place of a citer the sentence leaves unknown ("…, which cited two people").
    // (Not one that speaks by a verb of its own, "cited a spokesperson who said", "cited a report saying"; nor a reason
    // cited, "cited problems in the Middle East", "cited rising costs".)
    const cited = lemma === 'cite' && tok.pos === 'VERB' && !/ing$/.test(tok.lower) ? phraseAfter(t, cueEnd + 1) : null;
    const speaksItself = cited && /^(?:who|saying|as)$/.test(t[cited[1] + 1]?.lower ?? '');
    const citedSource = cited && !speaksItself && isCitedSource(t, cited, sourceTypeOf(t, cited, outlet)) ? cited : null;
    if (citedSource) {
      found.push(makeAttribution(s, citedSource, [cueStart, cueEnd], outlet));
      for (let x = citedSource[0]; x <= citedSource[1]; x++) used.add(x);
      if (sourceTypeOf(t, src, outlet) === 'unknown') continue;
    }
    found.push(makeAttribution(s, src, [cueStart, cueEnd], outlet));
    for (let x = Math.min(src[0], cueStart); x <= Math.max(src[1], cueEnd); x++) used.add(x);
    if (strong) speech.add(found[found.length - 1]);
    // Speech inside a quote reports within the quote only: "…he said, '…'," Mitchell recalled" is Mitchell's.
    // A participle's report ends with its phrase: "In a statement announcing the pick, the union called…".
    // ("…vowed that the group would respond": any cue's "that" clause is its speaker's report too; "did not respond",
    // "declined to comment" report nothing: "…did not respond, while Netflix declined to comment".)
    if ((strong || thatClause) && !quoted && !notResponding && !declinesToComment(t, cueEnd)) {
      // A dash closes it too: "…die in A&E - a claim the government disputes" is the writer's aside.
      const isDash = (x: ParsedToken, i: number) => /^(?:—|–|--)$/.test(x.text) || (x.text === '-' && t[i - 1]?.end !== x.start && t[i + 1]?.start !== x.end);
      // So does a comma before "while" or "whereas": "…said Berlin would be relieved, while the tabloid Bild asked whether…".
      const contrast = (x: ParsedToken, i: number) => x.text === ',' && /^(?:while|whereas)$/.test(t[i + 1]?.lower ?? '');
      const comma = t.findIndex((x, i) => i > cueEnd && ((/ing$/.test(t[cueEnd].lower) && x.text === ',') || isDash(x, i) || contrast(x, i)));
      reported.push([t[cueEnd].end, comma < 0 ? s.end : t[comma].start]);
      // "Markets now expect a cut in August, traders said.": what stands before a closing speaker is their report.
      // Only a time or a place may follow the closer: "…, her aides said Friday in a statement."
      const [first, lastToken] = [Math.min(src[0], cueStart), Math.max(src[1], cueEnd)];
      // Not an object: "…, the historian argued the opposite." argues something of its own ("told The Huffington Post" names who heard).
      const tail = t[lastToken + 1];
      // ("According to Peskov, President Vladimir Putin has repeatedly stated Moscow's readiness…": a name's too.)
      // ("In an email seen by Reuters, the minister warned of job cuts": or what a cue is of or about.)
      const objectFollows = !!tail && lemma !== 'tell' && (['DET', 'NOUN', 'PRON', 'PROPN'].includes(tail.pos) || /^(?:of|about|against)$/.test(tail.lower)) && pastTime(t, lastToken + 1) === lastToken + 1;
      const closes = !objectFollows && t.slice(lastToken + 1).every((x) => !['VERB', 'AUX', 'SCONJ'].includes(x.pos) && !/^[,;:“"]$/.test(x.text));
      if (t[first - 1]?.text === ',' && closes) reportedBefore.push([s.start, t[first - 1].start]);
    }
    // "X told the AP": the outlet the words went through is cited too.
    if (lemma === 'tell') citeOutletTold(cueStart, cueEnd);
  }
  // "In an interview with CNN, Warren said…", "Economists polled by Reuters expect…", "Speaking to Marca, he said…",
  // "In an op-ed for the Washington Post, the senator argued…", "Another source revealed to The Sun that…": the outlet
  // the words went through.
  const through = found.length === 0 ? -1 : t.findIndex(
    (x, i) =>
      (x.lower === 'interview' && t[i + 1]?.lower === 'with') ||
      (OUTLET_ASKED.has(x.lower) && t[i + 1]?.lower === 'by') ||
      (TALKING.has(x.lower) && /^(?:to|on)$/.test(t[i + 1]?.lower ?? '')) ||
      (/^(?:writing|writes|wrote)$/.test(x.lower) && t[i + 1]?.lower === 'in') ||
      (WRITTEN_FOR.test(x.lower) && t[i + 1]?.lower === 'for') ||
      // ("said on BBC Radio 5 Live", "said on CNN": on air.)
      (x.pos === 'VERB' && SAID_TO.has(x.lemma) && /^(?:to|on)$/.test(t[i + 1]?.lower ?? '')),
  );
  if (through >= 0) {
    const phrase = phraseAfter(t, through + 2);
    // "Speaking on BBC One's Sunday with Laura Kuenssberg": the channel, not its programme.
    const owner = phrase ? t.findIndex((x, i) => i > phrase[0] && i <= phrase[1] && POSSESSIVE.has(x.lower)) : -1;
    const outletSpan: [number, number] | null = phrase && owner > 0 ? [phrase[0], owner - 1] : phrase;
    // (The tagger cuts "op-ed" in three: the cue is the whole word and its "for".)
    const cueFrom = t[through].lower === 'ed' && t[through - 1]?.text === '-' ? through - 2 : through;
    const a = outletSpan && makeAttribution(s, outletSpan, [cueFrom, through + 1], outlet);
    // ("Analysts polled by LSEG", "data compiled by FactSet": a firm that gathers forecasts is one too.)
    // ("Melanie said to the TV": a set is no outlet.)
    const medium = /^(?:TV|radio|television)$/i.test(a?.name ?? '');
    // (Not one an aside's rule has cited already: "A draft, obtained by The Guardian, says".)
    const cited = !!a && found.some((b) => b.sourceStart === a.sourceStart && b.cueStart === a.cueStart);
    if (a && !medium && !cited && (a.sourceType === 'outlet' || (a.sourceType === 'organisation' && GATHERED.has(t[through].lower)))) {
      found.push(a);
      // ("Analysts polled by LSEG had expected…": the people asked are its panel, unnamed but no weasel.)
      const panel = found.findIndex((b) => b.sourceType === 'weasel' && b.sourceEnd === t[through - 1]?.end);
      if (panel >= 0) found[panel] = { ...found[panel], sourceType: 'anonymous', organisation: a.name ?? a.sourceText };
    }
  }
  // "Downing Street said it did not comment on leaks": "it" in what a body said is that body; "The parish council plans a
  // footbridge, which it says will cost £1.2m": in a relative clause, the body the sentence is about; "We contacted the
  // company but it did not reply": else the body named just before it.
  found.forEach((a, i) => {
    if (a.sourceText.toLowerCase() !== 'it') return;
    const body =
      found.slice(0, i).findLast((b) => b.cueEnd <= a.sourceStart && (b.sourceType === 'organisation' || b.sourceType === 'outlet')) ??
      bodyOfRelativeClause(s, t, a.sourceStart, outlet) ??
      bodyNamedBefore(s, t, a.sourceStart, outlet, quotes);
    if (body) found[i] = { ...a, sourceType: body.sourceType, ...(body.name ? { name: body.name } : {}) };
  });
  // "Residents have vowed to fight the plans, which they say…": "they" after people who speak in the sentence is them.
  found.forEach((a, i) => {
    if (a.sourceText.toLowerCase() !== 'they') return;
    const people = found.slice(0, i).findLast((b) => b.cueEnd <= a.sourceStart && ['anonymous', 'organisation', 'weasel'].includes(b.sourceType));
    // (Named as they were, so the store counts one source: "Furious residents have slammed… a lane that they claim…".)
    if (people) found[i] = { ...a, sourceType: people.sourceType, name: people.name ?? people.sourceText, ...(people.organisation ? { organisation: people.organisation } : {}) };
  });
  // A source never holds another attribution's cue: "Obama Says African-American Museum Will Tell…".
  // A hidden speaker counts only when no one is named: in "Trump said Clinton was accused…" Trump speaks.
  // (Except the one passing on what the named said: "The pope is reported to have said…" is hearsay, the pope's words
  // through someone unnamed.)
  const named = found.some((_, i) => !hiddenSpeakers.has(i));
  const passesOn = (a: Attribution) => found.some((b) => b !== a && b.cueStart > a.cueEnd && /^\s+to\s+$/.test(s.text.slice(a.cueEnd - s.start, b.cueStart - s.start)));
  // Speech quoted inside a quote ('Pence said the media focus on “he said this, he tweeted that.”') is the
  // quoted speaker's words: with a speaker outside the quote, that speaker is the source.
  const inQuote = (a: Attribution) => isQuoted(quotes, a.cueStart, a.cueEnd);
  const outside = found.some((a) => !inQuote(a));
  // "Writing on X, she said…": an opening participle of the medium and the verb are one saying by one speaker; the
  // verb tells it. So is a court report's "Defending, Mark Owen said…": the side the advocate speaks for.
  // ("Claiming the criticism is designed…, Trump told" says a thing of its own.)
  const openingAgain = (a: Attribution) => a.cueEnd <= a.sourceStart && /^(?:writing|posting|tweeting|speaking|talking|defending|prosecuting|mitigating)$/i.test(a.cueText) && found.some((b) => b !== a && b.sourceStart === a.sourceStart && b.sourceEnd === a.sourceEnd && b.cueStart >= a.sourceEnd);
  // ("One of the doctors who sent the letter called Oz a quack": a cue inside a "who" clause that qualifies another's
  // source is part of naming that source.)
  const holds = (a: Attribution, b: Attribution) => b !== a && b.cueStart >= a.sourceStart && b.cueEnd <= a.sourceEnd;
  const inRelative = (b: Attribution) => found.some((a) => holds(a, b) && t.some((x) => x.lower === 'who' && x.start >= a.sourceStart && x.end <= b.cueStart));
  return found
    .filter(
      (a, i) =>
        !(named && hiddenSpeakers.has(i) && !passesOn(a)) && !(outside && inQuote(a)) && !reportedByCloser(a) && !openingAgain(a) && !inRelative(a) && !found.some((b) => holds(a, b) && !inRelative(b)),
    )
    .flatMap((a) => splitCoordinated(a, outlet));
}

/** A piece written for an outlet: "In an op-ed for the Washington Post", "in a column for The Times". */
const WRITTEN_FOR = /^(?:ed|op-ed|column|article|essay|piece|editorial|commentary|blog)$/;

/** What is gathered, not written: it indicates or shows by itself. */
const EVIDENCE = new Set(['intelligence', 'evidence', 'information']);
