import type { ParsedToken } from '../text/parse';
import { DEPICTIONS, STRONG_CUES, WEAK_CUES } from './cues';
import { isSaidNoun, skipTimeBefore } from './noun-phrases';
import { personNoun } from './person-nouns';
import { isDocumentWord } from './source-type';
import { verbClass } from './verb-classes';
import { isJudgingOpener } from '../classify/lexicon';
import { adverbsBefore, BE, EVIDENCE, isListedCue, isOrganisationHead, NEAR_BODY, organisationKindStart, PERSONAL, PLURAL_PERSONAL, POSSESSIVE, POSSESSIVE_PRONOUN, QUANTIFIER_SUBJECT, QUOTE_MARK, speakerAfterWith, SUBJECT_PRONOUN, viewsAs } from './words';

// wink-nlp's tagger reads some reporting verbs as nouns or adjectives, and some
// names as verbs; the attribution rules read the tokens with those corrected.

/** What follows a reporting verb: "charges that…", "plans to…", "blames the…", "documents how…". */
const VERB_OBJECT = new Set(['that', 'to', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'how', 'what', 'whether', 'why', 'this', 'these', 'those', 'him', 'them']);


/** "sources", "people", "critics": a plural noun for people. */
const isPluralPeople = (word: string) => word === 'sources' || word === 'people' || personNoun(word) === 'plural';
/** A noun for what can speak: a document, a person, a body. */
const isSpeakerNoun = (word: string) => isDocumentWord(word) || !!personNoun(word) || isOrganisationHead(word);
/** People, or bodies of a kind, in the plural: "economists", "insurers", "airlines". */
const isPluralSpeakers = (word: string) => isPluralPeople(word) || (/[^s]s$/.test(word) && isOrganisationHead(word));
/** "Senior Labour figures", "leading figures in the party": people of standing, where "figures" alone may be numbers. */
const isFiguresOfStanding = (tokens: ParsedToken[], i: number) =>
  tokens[i]?.lower === 'figures' && tokens.slice(Math.max(0, i - 3), i).some((t) => /^(?:senior|leading|prominent|high-profile|key|party|political|public)$/.test(t.lower));

/** People placed near a body, ending where the verb stands: "sources close to the club", "officials familiar with the talks". */
const PEOPLE_NEAR = new RegExp(String.raw`\b([a-z]+) ${NEAR_BODY} (?:the |a |an |his |her |their |its )?[\w'’.-]+(?: [\w'’.-]+)?$`);

/** What may stand in a phrase qualifying a noun: "from his 1995 tax return", "of the 2014 survey". */
const QUALIFIER_WORD = new Set(['DET', 'NUM', 'PROPN', 'NOUN', 'ADJ', 'PRON']);

/**
 * The head noun of a document phrase that ends at `end`: "data" in "data from
 * the survey", "Emails" in "Emails reviewed by The Washington Post",
 * "Figures" in "Figures obtained under freedom of information laws".
 */
function headBeforeQualifier(tokens: ParsedToken[], end: number): ParsedToken | null {
  let head: ParsedToken | null = null;
  for (let i = end; i > end - 10 && i > 0; i--) {
    const t = tokens[i];
    // A participle qualifying the noun before it: that noun heads the phrase.
    if (t.pos === 'VERB' && /(?:ed|en|wn)$/.test(t.lower) && (tokens[i - 1].pos === 'NOUN' || i === 1)) return tokens[i - 1];
    // A noun opening the sentence may be tagged a name for its capital: "Data from…".
    if (t.lower === 'from' || t.lower === 'of' || t.lower === 'in' || t.lower === 'on' || t.lower === 'at') head = tokens[i - 1].pos === 'NOUN' || i === 1 ? tokens[i - 1] : head;
    // ("Polls in Ohio and Florida show": places listed.)
    else if (!QUALIFIER_WORD.has(t.pos) && t.pos !== 'ADP' && t.pos !== 'CCONJ') break;
  }
  return head;
}

/**
 * A verb wink tagged as a noun: "Trump charges that…", "Clinton plans to…",
 * "China and Russia support the government", "the study, which notes that…",
 * "…, The Wall Street Journal reports." A name, a personal or relative pronoun
 * before it, an -s ending unless the subject is plural, and a clause or an object after it.
 */
function isTaggedAsNoun(tokens: ParsedToken[], k: number): boolean {
  const verb = tokens[k];
  // "The ad then references…": past an adverb.
  const b = adverbsBefore(tokens, k - 1);
  const before = tokens[b];
  // ("Critics point out that…": past the verb's particle.)
  const after = tokens[verb.lemma === 'point' && tokens[k + 1]?.lower === 'out' ? k + 2 : k + 1];
  if (verb.pos !== 'NOUN' || !before || !after || !(isListedCue(verb.lemma) || verbClass(verb.lemma))) return false;
  // A bare verb of saying ("claim", "say") agrees with plural people:
  const bareSaying = STRONG_CUES.has(verb.lemma) && !/s$/.test(verb.lower);
  if (bareSaying) {
    // "Sources close to the club claim manager…": people near a body;
    const near = PEOPLE_NEAR.exec(tokens.slice(Math.max(0, k - 7), k).map((t) => t.lower).join(' '));
    if (near && isPluralPeople(near[1])) return true;
    // "…, its backers claim.", "…, its backers claim, and…": a closing speaker.
    if ((after.text === '.' || after.text === ',') && b === k - 1 && isPluralPeople(before.lower) && tokens.slice(0, b).some((t) => t.text === ',')) return true;
  }
  // "Scholars caution against reading…", "Doctors advise against it": advice in words, after plural people.
  // (Past a connective between commas: "Scholars, however, caution against…".)
  const adviser = before.text === ',' && tokens[b - 2]?.text === ',' ? tokens[b - 3] : b === k - 1 ? before : undefined;
  if (after.lower === 'against' && adviser && isPluralPeople(adviser.lower) && /^(?:caution|advise|warn|argue|counsel)$/.test(verb.lemma)) return true;
  // (Past what qualifies it: "Polls in Ohio and Florida show Trump ahead".)
  // ("figures from the Office for National Statistics (ONS) show": past the body's acronym in brackets.)
  const acronym = b === k - 1 && before.text === ')' && tokens[b - 2]?.text === '(' && /^\p{Lu}[\p{Lu}&]{1,7}$/u.test(tokens[b - 1]?.text ?? '') ? b - 3 : -1;
  const documentHead = acronym >= 0 ? headBeforeQualifier(tokens, acronym) : b !== k - 1 ? null : isDocumentWord(before.lower) ? before : before.pos === 'PROPN' ? headBeforeQualifier(tokens, b) : null;
  const pluralDocument = !!documentHead && isDocumentWord(documentHead.lower) && /s$|^data$/.test(documentHead.lower);
  // ("…, official figures show, putting pressure on…": or an aside's, between commas.)
  if (after.text === ',' && EVIDENCE.has(verb.lower) && pluralDocument && tokens.slice(0, b).some((t) => t.text === ',')) return true;
  // "…, The Wall Street Journal reports.", "The New York Times reports:".
  if (after.text === '.' || after.text === ':') {
    // "…, new figures show.": a verb of evidence closing the sentence after its plural document.
    if (EVIDENCE.has(verb.lower) && pluralDocument) return true;
    return STRONG_CUES.has(verb.lemma) && /s$/.test(verb.lower) && before.pos === 'PROPN' && (after.text === ':' || tokens.slice(0, k).some((t) => t.text === ','));
  }
  // A clause or an object follows: "that…", "the…", "he…", or a name ("references FBI criticism").
  // (Evidence shows figures too: "…laws show just 40 cyclists…".)
  // ("Official figures show inflation fell": a clause without "that", its subject a noun.)
  // (Its verb finite: inflected, or bare after a plural, "show voters prefer…".)
  // ("…show raw sewage was discharged": past the clause subject's adjectives.)
  let subjectAt = k + 1;
  while (tokens[subjectAt]?.pos === 'ADJ' && subjectAt < k + 3) subjectAt++;
  const clauseSubject = tokens[subjectAt];
  const clauseAhead =
    clauseSubject?.pos === 'NOUN' && tokens.slice(subjectAt + 1, subjectAt + 4).some((x) => x.pos === 'VERB' && !/ing$/.test(x.lower) && (x.lower !== x.lemma || /s$/.test(clauseSubject.lower)));
  // ("Satellite images … show new deployments": or what they show, a noun.)
  // ("Polls show Trump ahead": or a name, after a plural document.)
  const evidenceFollows = EVIDENCE.has(verb.lemma) && (after.pos === 'NUM' || after.pos === 'ADV' || clauseAhead || clauseSubject?.pos === 'NOUN' || (after.pos === 'PROPN' && pluralDocument));
  // ("Western officials fear Russia is preparing…": a bare verb after plural people, a name and its verb after it.)
  const namedClause = after.pos === 'PROPN' && b === k - 1 && isPluralPeople(before.lower) && ['AUX', 'VERB'].includes(tokens[k + 2]?.pos ?? '');
  // ("Ministers promise 1.5 million new homes": a bare verb after plural people, a figure after it.)
  const figureAfterPeople = after.pos === 'NUM' && b === k - 1 && !/s$/.test(verb.lower) && isPluralPeople(before.lower);
  // ("…claims President Biden announced…": a title before the name, tagged a noun.)
  const titled = after.pos === 'NOUN' && /^\p{Lu}/u.test(after.text) && tokens[k + 2]?.pos === 'PROPN';
  // ("Jessica Glenza reports long queues", "Our correspondent reports heavy fighting": a verb of saying in -s after one
  // speaker, by name or by trade, past the comma closing an apposition, and what they tell of; not "The Mueller reports
  // show", a plural noun and its verb.)
  // ("the interests of member states trump…": a trade only after its determiner.)
  const tellerAt = before.text === ',' ? b - 1 : b;
  const teller = tokens[tellerAt];
  const byTrade = personNoun(teller?.lower ?? '') === 'singular' && (tokens[tellerAt - 1]?.pos === 'DET' || POSSESSIVE_PRONOUN.has(tokens[tellerAt - 1]?.lower ?? ''));
  const toldOf = STRONG_CUES.has(verb.lemma) && /[^s]s$/.test(verb.lower) && b === k - 1 && (teller?.pos === 'PROPN' || byTrade) && (after.pos === 'ADJ' || after.pos === 'NOUN') && !EVIDENCE.has(after.lemma) && !isListedCue(after.lemma);
  if (toldOf) return true;
  if (!VERB_OBJECT.has(after.lower) && !SUBJECT_PRONOUN.has(after.lower) && !((after.pos === 'PROPN' || after.pos === 'NUM' || titled) && /s$/.test(verb.lower)) && !evidenceFollows && !namedClause && !figureAfterPeople) return false;
  // ("the planning rules that block new homes": a "that" the tagger reads as a pronoun, a verb after it, opens a
  // relative clause about the noun.)
  if (after.lower === 'that' && after.pos === 'PRON' && tokens[k + 2]?.pos === 'VERB') return false;
  // "Polls show a close contest", "Data from the survey show that…": a verb of evidence after its document;
  // "A document on the campaign's website states that…": a verb of saying after one.
  // Not "Apple Music show The 411": the verb agrees with a plural document ("Polls show") or ends in -s ("The poll shows").
  if (EVIDENCE.has(verb.lemma) && (before.pos === 'PROPN' || before.pos === 'NOUN')) {
    // The head may stand before a phrase that qualifies it: "Data from the 2014 American Community Survey show".
    const head = headBeforeQualifier(tokens, b) ?? before;
    if (/s$/.test(verb.lower) || /s$|^data$/.test(head.lower)) return true;
  }
  // "The figures, obtained under Freedom of Information laws, show a sharp rise": past a participle's aside after the document.
  if (EVIDENCE.has(verb.lemma) && before.text === ',') {
    const open = tokens.findLastIndex((x, j) => j < b && j >= b - 12 && x.text === ',');
    const document = tokens[open - 1];
    const participle = tokens[open + 1];
    // ("The figures, which were released by the ONS on Wednesday, show": or a "which" clause; "The emails, sent
    // between 2019 and 2023, show": an irregular participle.)
    const aside = participle?.lower === 'which' || (participle?.pos === 'VERB' && /(?:ed|en|wn|[nlp]t)$/.test(participle.lower));
    if (open > 0 && aside && document?.pos === 'NOUN' && isDocumentWord(document.lower) && (/s$|^data$/.test(document.lower) || /s$/.test(verb.lower))) return true;
  }
  if ((STRONG_CUES.has(verb.lemma) || b < k - 1) && before.pos === 'NOUN' && isDocumentWord(before.lower)) return true;
  // "Posts on social media claim a video shows…": a bare verb of saying after its plural document, past what qualifies it.
  const qualified = bareSaying && before.pos === 'NOUN' ? headBeforeQualifier(tokens, b) : null;
  if (qualified && /s$/.test(qualified.lower) && isDocumentWord(qualified.lower)) return true;
  // ("A viral post shared 40,000 times claims that…": an -s verb of saying and its clause, after its singular speaker
  // past what qualifies it.)
  const singular = !bareSaying && STRONG_CUES.has(verb.lemma) && after.lower === 'that' && before.pos === 'NOUN' ? headBeforeQualifier(tokens, b) : null;
  if (singular && singular !== before && !/s$/.test(singular.lower) && isSpeakerNoun(singular.lower)) return true;
  // "Indiana Gov. Mike Pence, plans to…": after a name and the comma closing its apposition, too.
  const subject = before.text === ',' ? tokens[b - 1] : before;
  if (!subject) return false;
  const quantifier = QUANTIFIER_SUBJECT.has(subject.lower);
  const names = quantifier || subject.pos === 'PROPN' || (subject.pos === 'NOUN' && /^\p{Lu}/u.test(subject.text)) || PERSONAL.has(subject.lower) || subject.lower === 'which' || subject.lower === 'who';
  // "The woman disputes the idea", "The company plans to…": a determiner and a noun, then an -s verb.
  // ("Hill's family disputes the account", "His lawyer disputes the claim": after a possessor too.)
  const determined = tokens[b - 1]?.pos === 'DET' || POSSESSIVE.has(tokens[b - 1]?.lower ?? '') || POSSESSIVE_PRONOUN.has(tokens[b - 1]?.lower ?? '');
  if (subject.pos === 'NOUN' && determined && /s$/.test(verb.lower) && VERB_OBJECT.has(after.lower)) return true;
  // ("The Resolution Foundation think tank estimates that…": a body's kind after its name.)
  const kind = subject === before ? organisationKindStart(tokens, b) : -1;
  if (subject.pos === 'NOUN' && kind >= 0 && tokens[kind - 1]?.pos === 'PROPN' && /s$/.test(verb.lower) && VERB_OBJECT.has(after.lower)) return true;
  // "The plant's critics claim the figures…", "Government insiders fear the vote…": plural people, then a bare verb
  // of saying or thinking; "Friends of the star claim he…": past what qualifies them.
  const bare = !/s$/.test(verb.lower);
  // ("Critics dispute this reading": opening the sentence, the tagger may read them as an adjective.)
  if (bare && (subject.pos === 'NOUN' || (b === 0 && /^\p{Lu}/u.test(subject.text))) && (isPluralSpeakers(subject.lower) || isFiguresOfStanding(tokens, b))) return true;
  // ("Independent analysts at the Planetary Society estimate the delay…": any bare verb of the classes, past a body named.)
  const people = bareSaying || (bare && subject.pos === 'PROPN') ? headBeforeQualifier(tokens, b) : null;
  if (people && isPluralPeople(people.lower)) return true;
  // "Experts fear the…": a plural noun for people, tagged a name for its capital at the start.
  if (!names) return false;
  return /s$/.test(verb.lower) || quantifier || tokens[b - 1]?.lower === 'and' || PLURAL_PERSONAL.has(subject.lower) || isPluralSpeakers(subject.lower);
}

/** The base forms a word in -ing or -ed may have: "boasting" → boast, "raising" → raise, "planned" → plan. */
export function baseForms(lower: string): string[] {
  const stem = lower.slice(0, /ing$/.test(lower) ? -3 : -2);
  return [stem, `${stem}e`, stem.slice(0, -1)];
}

/**
 * "…, with one saying the council had failed", "with one writing:", "with many calling the rumours “cruel”": a
 * verb of saying after "with" and its speaker, tagged a noun. Its lemma, or null.
 */
function saidAfterWith(tokens: ParsedToken[], k: number): string | null {
  const t = tokens[k];
  if (t.pos === 'VERB' || !/ing$/.test(t.lower) || !speakerAfterWith(tokens, k)) return null;
  // ("with some warning privately that…": past an adverb of manner.)
  const next = tokens[k + 1]?.pos === 'ADV' && /ly$/.test(tokens[k + 1].lower) ? tokens[k + 2] : tokens[k + 1];
  // ("with many calling the rumours “cruel”": what they called, then their word for it.)
  const named = next?.pos === 'DET' && tokens.slice(k + 2, k + 6).some((x) => QUOTE_MARK.test(x.text));
  if (!next || !(next.text === ':' || VERB_OBJECT.has(next.lower) || SUBJECT_PRONOUN.has(next.lower) || named)) return null;
  return baseForms(t.lower).find((l) => STRONG_CUES.has(l) || WEAK_CUES.has(l)) ?? null;
}

/**
 * "Obama vetoed the bill, warning that it would…", "The court kept the law on hold, ruling that the state…":
 * a participle after a comma, before its "that" clause, which wink reads as a noun. Its lemma, when it reports
 * (a verb of saying or thinking, or a court's ruling, finding or holding).
 */
function participleBeforeThat(tokens: ParsedToken[], k: number): string | null {
  const t = tokens[k];
  if (t.pos !== 'NOUN' || !/ing$/.test(t.lower) || tokens[k - 1]?.text !== ',' || tokens[k + 1]?.lower !== 'that') return null;
  return baseForms(t.lower).find((l) => isListedCue(l) || verbClass(l) || RULINGS.has(l)) ?? null;
}
const RULINGS = new Set(['rule', 'find', 'hold']);

/**
 * "Nvidia (on Wednesday) forecast fourth-quarter revenue above estimates", "Analysts had forecast a rise": a
 * forecast made, which wink reads as a noun after a name, past a time, before what is forecast, or after "have".
 */
function isForecastMade(tokens: ParsedToken[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== 'NOUN' || !/^forecasts?$/.test(t.lower)) return false;
  if (t.lower === 'forecast' && HAVE.has(tokens[adverbsBefore(tokens, k - 1)]?.lower ?? '')) return true;
  const subject = tokens[skipTimeBefore(tokens, k - 1)];
  const next = tokens[k + 1];
  // ("The Met Office forecast heavy rain": a name's last word the tagger calls a noun; "The company forecast strong
  // sales": or a body by its kind.)
  const named = subject?.pos === 'PROPN' || (subject?.pos === 'NOUN' && ((/^\p{Lu}/u.test(subject.text) && skipTimeBefore(tokens, k - 1) > 0) || (isOrganisationHead(subject.lower) && tokens[skipTimeBefore(tokens, k - 1) - 1]?.pos === 'DET')));
  return !!subject && !!next && (named || PERSONAL.has(subject.lower) || subject.lower === 'it') && ['ADJ', 'NUM', 'NOUN', 'DET', 'SCONJ'].includes(next.pos);
}

/** Verbs whose participle is their bare form: "is set to", "was put on hold", "were hit". */
const SAME_PARTICIPLE = new Set(['set', 'put', 'cut', 'hit', 'hurt', 'let', 'shut', 'spread', 'cast', 'cost', 'quit', 'read', 'split', 'bet', 'burst', 'thrust', 'upset', 'broadcast', 'forecast', 'bid', 'rid', 'run', 'come', 'become', 'overcome', 'beat']);

const HAVE = new Set(['has', 'have', 'had', '’ve', "'ve"]);

/**
 * A reporting verb wink tagged as an adjective: an -ing form after a name and
 * "is" ("Trump is promising lower taxes"), or a past tense after a name or a
 * document with an object or a clause ("Japan branded North Korea…", "The
 * statement also referenced the…"), or any verb of WordNet's classes after
 * "has" ("Obama has articulated…"). Returns the verb's lemma, or null.
 */
function isTaggedAsAdjective(tokens: ParsedToken[], k: number): string | null {
  const t = tokens[k];
  // ("Home Secretary Yvette Cooper said no.": "said" after a name, whatever follows; "the said company" is the legal adjective.)
  if (t.pos === 'ADJ' && t.lower === 'said' && tokens[k - 1]?.pos === 'PROPN') return 'say';
  const ing = /ing$/.test(t.lower);
  const ed = /ed$/.test(t.lower);
  if (t.pos !== 'ADJ' || !(ing || ed)) return null;
  // ('"…," Congress leader Jairam Ramesh alleged.': a past tense after a name, closing the sentence a quote opens, tags it.)
  const tagsQuote = ed && tokens[k - 1]?.pos === 'PROPN' && /^[.!]?$/.test(tokens[k + 1]?.text ?? '') && tokens.slice(0, k).some((x) => QUOTE_MARK.test(x.text));
  if (tagsQuote) return baseForms(t.lower).find(isListedCue) ?? null;
  // "…, promising to lift regulations": a participle after a comma, before its object or clause.
  const afterComma = ing && tokens[k - 1]?.text === ',' && VERB_OBJECT.has(tokens[k + 1]?.lower ?? '');
  if (ing && !BE.has(tokens[k - 1]?.lower ?? '') && !afterComma) return null;
  const lemmas = baseForms(t.lower);
  const listed = lemmas.find(isListedCue) ?? null;
  // "The newspaper has also detailed…", "Obama has articulated…": a participle after "has" makes a perfect tense.
  if (ed && HAVE.has(tokens[adverbsBefore(tokens, k - 1)]?.lower ?? '')) return listed ?? lemmas.find((l) => verbClass(l)) ?? null;
  if (afterComma) return listed;
  const s = tokens[adverbsBefore(tokens, ing ? k - 2 : k - 1)];
  // ("The former prime minister branded the report…": after a person's or a body's noun too.)
  if (!s || !(s.pos === 'PROPN' || PERSONAL.has(s.lower) || (ed && s.pos === 'NOUN' && isSpeakerNoun(s.lower)))) return null;
  const next = tokens[k + 1];
  // "The World Health Organization classified processed meat as a carcinogen": a depiction, its object and "as".
  const depiction = ed && s.pos === 'PROPN' ? [...lemmas, t.lower.replace(/ied$/, 'y')].find((l) => DEPICTIONS.has(l)) : undefined;
  if (depiction && tokens.slice(k + 2, k + 6).some((x) => x.lower === 'as')) return depiction;
  if (ed && !(next && (['DET', 'PROPN', 'PRON'].includes(next.pos) || next.lower === 'that'))) return null;
  return listed;
}

/** "though Lynch notes…": a capitalised word inside a sentence that wink tagged as a verb is a name; not in a Title Case heading. */
function isNameTaggedAsVerb(tokens: ParsedToken[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}/u.test(t.text) || !tokens[k + 1]) return false;
  // "Hope Hicks, a campaign spokeswoman, …": a first name opening the sentence, before a surname and a comma;
  // "Lynch speaks…", "Hope said…": a name before a finite verb (an imperative is not followed by one).
  if (k === 0) return (tokens[k + 1].pos === 'PROPN' && tokens[k + 2]?.text === ',') || (tokens[k + 1].pos === 'VERB' && /[^s']s$|ed$/.test(tokens[k + 1].lower));
  // "Home Secretary Yvette Cooper said": a surname after a first name, before a verb in lower case no heading has.
  if (tokens[k - 1].pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k - 1].text)) return /^\p{Ll}/u.test(tokens[k + 1].text) && ['VERB', 'ADJ', 'AUX'].includes(tokens[k + 1].pos);
  if (!/^\p{Ll}/u.test(tokens[k - 1].text)) return false;
  // "White House spokesman Josh Earnest said": a first name before a surname, after a lower-case noun no
  // Title Case heading would have.
  return !/^\p{Lu}/u.test(tokens[k + 1].text) || (tokens[k - 1].pos === 'NOUN' && tokens[k + 1].pos === 'PROPN');
}

/**
 * "a claim the government disputes", "a charge ministers deny": the verb
 * closing a relative clause after a noun for something said, which wink tags
 * a plural noun.
 */
function closesSaidClause(tokens: ParsedToken[], k: number): boolean {
  const t = tokens[k];
  const after = tokens[k + 1];
  if (t.pos !== 'NOUN' || !/s$/.test(t.lower) || (after && after.pos !== 'PUNCT') || !(isListedCue(t.lemma) || verbClass(t.lemma))) return false;
  let i = k - 1;
  while (i > 0 && ['NOUN', 'PROPN', 'DET', 'ADJ'].includes(tokens[i].pos) && !isSaidNoun(tokens[i].lower)) i--;
  return i < k - 1 && isSaidNoun(tokens[i].lower);
}

/**
 * "Ministers have spent months boasting about…": a participle after time spent, which wink reads as
 * a noun; its lemma, when it is a verb of saying.
 */
function spentDoing(tokens: ParsedToken[], k: number): string | null {
  const t = tokens[k];
  if (t.pos !== 'NOUN' || !/ing$/.test(t.lower) || tokens[k - 1]?.pos !== 'NOUN') return null;
  const spent = tokens.slice(Math.max(0, k - 4), k - 1).some((x) => x.lemma === 'spend');
  if (!spent || !TIME_SPENT.test(tokens[k - 1].lower)) return null;
  return baseForms(t.lower).find((l) => isListedCue(l) || verbClass(l) === 'communication') ?? null;
}
const TIME_SPENT = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|time|summer|weekend|campaign|morning|afternoon|evening|night)$/;

/**
 * "Controversial plans to introduce charges have been approved": a judging adjective opening the sentence, which
 * the tagger reads as a name for its capital, and the plural after it, read as a verb ("Rich says" is Rich speaking).
 */
function openingAdjective(tokens: ParsedToken[]): [ParsedToken, ParsedToken] | null {
  const [first, next] = tokens;
  if (!isJudgingOpener(first, next)) return null;
  const plural = next.pos === 'NOUN' || (next.pos === 'VERB' && /[^s]s$/.test(next.lower) && !STRONG_CUES.has(next.lemma) && !WEAK_CUES.has(next.lemma));
  return plural ? [{ ...first, pos: 'ADJ' }, { ...next, pos: 'NOUN' }] : null;
}

/** Prepositions inside a body's name: "the Department for Education", "the Bank of England". */
const NAME_JOINER = new Set(['of', 'for']);

/**
 * "…, the findings, published in the journal Neurology, show.", "The findings, published in Nature, show that…":
 * a verb of saying after its subject, which wink reads as a noun where a speech tag closes the sentence after a
 * comma, or where the subject's aside between commas stands before it.
 */
function saysAfterSubject(tokens: ParsedToken[], k: number): boolean {
  const t = tokens[k];
  const closing = tokens.slice(k + 1).every((x) => /^[.!?"”’')]$/.test(x.text));
  if (t.pos !== 'NOUN' || !isListedCue(t.lemma) || !(closing || tokens[k + 1]?.lower === 'that')) return false;
  // ("…, family demands charges": after a singular noun, the -s form before it is the verb, this its object.)
  const before = tokens[k - 1];
  if (before?.pos === 'NOUN' && /[^s]s$/.test(before.lower) && isListedCue(before.lemma) && tokens[k - 2]?.pos === 'NOUN' && !/s$/.test(tokens[k - 2].lower)) return false;
  let i = k - 1;
  // Past an aside between commas ("the findings, published in …, show"), or the subject's short form in brackets
  // ("The Department for Education (DfE) estimates that…"): its opening comma or bracket.
  const aside = tokens[i]?.text === ',';
  const bracket = tokens[i]?.text === ')';
  if (aside || bracket) {
    i--;
    while (i > k - 14 && i > 0 && tokens[i].text !== (aside ? ',' : '(')) i--;
    if (tokens[i]?.text !== (aside ? ',' : '(')) return false;
    i--;
  } else if (!closing) return false;
  // Back over the subject to the comma that opens the tag (or, past an aside or a bracket, to the sentence's start).
  const end = i;
  // (Not past a verb read as an adjective after its subject: "…, both candidates crisscrossed the swing states." has its
  // verb, and "states" is its object.)
  const verbAsAdjective = (x: number) => tokens[x].pos === 'ADJ' && /ed$/.test(tokens[x].lower) && ['NOUN', 'PROPN'].includes(tokens[x - 1]?.pos ?? '');
  while (i >= 0 && i > k - 20 && ['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'ADP'].includes(tokens[i].pos) && (tokens[i].pos !== 'ADP' || NAME_JOINER.has(tokens[i].lower)) && !verbAsAdjective(i)) i--;
  const opened = i < 0 ? aside || bracket : tokens[i].text === ',';
  return opened && i < end && tokens.slice(i + 1, end + 1).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
}

/**
 * ", an opposition war monitor, said": a bare form closing an apposition between commas, after its determiner and a
 * noun, is the apposition's own noun, not a verb; so after a hyphenated word (", a UK-based war monitor, said", ", a
 * Britain-based monitor,").
 */
function nounClosingApposition(tokens: ParsedToken[], k: number): boolean {
  const t = tokens[k];
  const hyphenated = (i: number) => (tokens[i]?.text === '-' && tokens[i + 1]?.start === tokens[i].end) || (tokens[i - 1]?.text === '-' && tokens[i - 1].end === tokens[i]?.start);
  if (t.pos !== 'VERB' || t.lower !== t.lemma || tokens[k + 1]?.text !== ',' || !(tokens[k - 1]?.pos === 'NOUN' || hyphenated(k - 1))) return false;
  let i = k - 1;
  while (i > 0 && (['NOUN', 'ADJ', 'PROPN'].includes(tokens[i].pos) || hyphenated(i))) i--;
  return tokens[i]?.pos === 'DET' && tokens[i - 1]?.text === ',';
}

/** Verbs of reporting in -s the tagger reads as plural nouns: "projects", "estimates". */
const ASIDE_REPORTS = /^(?:projects|estimates|forecasts|predicts|reckons|calculates|notes|argues|warns|believes|suspects)$/;
/** Whether the words before `k` are a subject opening after a comma: ", the CBO estimates,". */
function opensAside(tokens: ParsedToken[], k: number): boolean {
  let i = k - 1;
  while (i >= 0 && i > k - 8 && ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(tokens[i].pos)) i--;
  return i < k - 1 && tokens[i]?.text === ',' && ['PROPN', 'NOUN'].includes(tokens[k - 1].pos) && tokens.slice(i + 1, k).some((x) => x.pos === 'DET' || /^\p{Lu}/u.test(x.text));
}

/** The sentence's tokens with the verbs wink tagged as nouns or adjectives read as verbs, and names it tagged as verbs as names. */
export function retagVerbs(tokens: ParsedToken[]): ParsedToken[] {
  const opening = openingAdjective(tokens);
  const named = tokens.map((t, k) => (opening && k < 2 ? opening[k] : isNameTaggedAsVerb(tokens, k) ? { ...t, pos: 'PROPN' } : t));
  return named.map((t, k) => {
    // ('…, the official informed.', "Officials informed that…": Indian English's verb of saying with no one informed.)
    if (t.lower === 'informed' && t.pos === 'ADJ' && (named[k - 1]?.pos === 'NOUN' || named[k - 1]?.pos === 'PROPN') && (/^[.,]$/.test(named[k + 1]?.text ?? '.') || named[k + 1]?.lower === 'that')) return { ...t, pos: 'VERB', lemma: 'inform' };
    // ("One fumed: '…'": a past form right before a colon and a quote introduces it, whatever the tagger made of it.)
    if (t.pos === 'ADJ' && /ed$/.test(t.lower) && named[k + 1]?.text === ':' && QUOTE_MARK.test(named[k + 2]?.text ?? '')) return { ...t, pos: 'VERB' };
    // ("Critics have long accused Musk of…": "long" in a perfect tense is the adverb, and the past form after it the verb,
    // where the tagger read an adjective and a noun.)
    if (HAVE.has(named[k - 1]?.lower ?? '') && t.lower === 'long' && t.pos === 'ADJ' && /ed$/.test(named[k + 1]?.lower ?? '')) return { ...t, pos: 'ADV' };
    if (t.pos !== 'VERB' && /ed$/.test(t.lower) && named[k - 1]?.lower === 'long' && HAVE.has(named[k - 2]?.lower ?? '')) {
      const base = baseForms(t.lower).find((l) => isListedCue(l) || verbClass(l));
      if (base) return { ...t, pos: 'VERB', lemma: base };
    }
    // ("Hegseth shot back that…": a retort the tagger read as a noun after a name.)
    if (t.lower === 'shot' && t.pos === 'NOUN' && named[k + 1]?.lower === 'back' && ['PROPN', 'PRON'].includes(named[k - 1]?.pos ?? '')) return { ...t, pos: 'VERB', lemma: 'shoot' };
    // ("Gomez has opened up about her struggles": speaking candidly; not "China opened up to investors", "Apple opened up
    // about 2%".)
    if (t.pos === 'VERB' && t.lemma === 'open' && named[k + 1]?.lower === 'up' && /^(?:about|on)$/.test(named[k + 2]?.lower ?? '') && named[k + 3]?.pos !== 'NUM') return { ...t, lemma: 'speak' };
    // "as the prophet Ezekiel foretold": a past form the model does not know.
    if (t.lower === 'foretold' || t.lower === 'foretells') return { ...t, pos: 'VERB', lemma: 'foretell' };
    // ("It is learnt that…", as Indian and British papers spell it.)
    if (t.lower === 'learnt') return { ...t, pos: 'VERB', lemma: 'learn' };
    // "One minister texted:": a verb's form the model left unlemmatised, whose base is a cue.
    if (t.pos === 'VERB' && t.lemma === t.lower && /ed$/.test(t.lower)) {
      const base = baseForms(t.lower).find(isListedCue);
      if (base) return { ...t, lemma: base };
    }
    // "His promises notwithstanding", "independent analyses agree…": a form in -s after a possessive, or between an
    // adjective and the verb it is the subject of, is a plural noun.
    if (t.pos === 'VERB' && /[^s']s$/.test(t.lower) && (POSSESSIVE_PRONOUN.has(named[k - 1]?.lower ?? '') || ((named[k - 1]?.pos === 'ADJ' || (k === 1 && named[0].pos !== 'PRON' && /^\p{Lu}/u.test(named[0].text))) && named[k + 1]?.pos === 'VERB' && !/ing$/.test(named[k + 1].lower)))) return { ...t, pos: 'NOUN' };
    // ("Arsenal's title hopes look very much alive", "his re-election fears were"): or a form in -s between a possessed
    // noun and a finite verb, the compound's head.
    if (t.pos === 'VERB' && /[^s']s$/.test(t.lower) && named[k - 1]?.pos === 'NOUN' && (POSSESSIVE.has(named[k - 2]?.lower ?? '') || POSSESSIVE_PRONOUN.has(named[k - 2]?.lower ?? '')) && ['VERB', 'AUX'].includes(named[k + 1]?.pos ?? '') && !/ing$/.test(named[k + 1].lower)) return { ...t, pos: 'NOUN' };
    // "Inflation data dampened hopes that…", "raised fears", "said claims were false": a form in -s right after a past
    // tense is its object's noun, or the next clause's subject, never a second finite verb.
    if (t.pos === 'VERB' && /[^s']s$/.test(t.lower) && named[k - 1]?.pos === 'VERB' && /ed$/.test(named[k - 1].lower)) return { ...t, pos: 'NOUN' };
    // "A man who lives nearby said", "a woman who works at the plant": a verb in -s right after "who", where a noun
    // would be the clause's subject and a verb would follow it ("who voters say…").
    if (t.pos === 'NOUN' && named[k - 1]?.lower === 'who' && /[^s]s$/.test(t.lower) && ['ADV', 'ADP', 'DET', 'PUNCT'].includes(named[k + 1]?.pos ?? 'PUNCT')) return { ...t, pos: 'VERB', lemma: t.lower.slice(0, -1) };
    // ("Within a decade, the Congressional Budget Office projects, interest will…": a verb of reporting in -s closing an
    // aside between commas after its subject, which the tagger read as a plural noun.)
    if (t.pos === 'NOUN' && ASIDE_REPORTS.test(t.lower) && named[k + 1]?.text === ',' && opensAside(named, k)) return { ...t, pos: 'VERB', lemma: t.lower.replace(/s$/, '') };
    // ("…fuelled by Trump's victory and hopes of a friendlier regime", "fears of a recession": the noun, whatever stands before.)
    if (t.pos === 'VERB' && /^(?:hopes|fears|claims|doubts|worries)$/.test(t.lower) && named[k + 1]?.lower === 'of') return { ...t, pos: 'NOUN' };
    // ("The military said it struck…", "The public is tired": an adjective standing for its people or body, after "the"
    // and before the verb it is the subject of.)
    if (t.pos === 'ADJ' && named[k - 1]?.lower === 'the' && (named[k + 1]?.pos === 'AUX' || (named[k + 1]?.pos === 'VERB' && !/ing$/.test(named[k + 1].lower)))) return { ...t, pos: 'NOUN' };
    // ("The Met Office has forecast strong winds", "the Met Police said": a capital after "the" opening a name.)
    if (t.pos === 'VERB' && /^\p{Lu}/u.test(t.text) && named[k - 1]?.lower === 'the' && ['NOUN', 'PROPN'].includes(named[k + 1]?.pos ?? '') && /^\p{Lu}/u.test(named[k + 1].text)) return { ...t, pos: 'PROPN', lemma: t.lower };
    // "Health think tank the King's Fund said": the noun "think tank", no thinking.
    if (t.lower === 'think' && /^tanks?$/.test(named[k + 1]?.lower ?? '') && named[k - 1]?.pos !== 'PRON') return { ...t, pos: 'NOUN' };
    // "made the following comment:", "the following statement": the noun "following" qualifies.
    if (t.pos === 'VERB' && named[k - 1]?.lower === 'following' && named[k - 2]?.lower === 'the') return { ...t, pos: 'NOUN' };
    // "research firm Counterpoint", "the London-based firm said": the firm, not the adverb ("stood firm").
    if (t.pos === 'ADV' && (t.lower === 'firm' || t.lower === 'firms') && (named[k - 1]?.pos === 'NOUN' || named[k + 1]?.pos === 'PROPN' || /ed$/.test(named[k - 1]?.lower ?? '') || named[k - 1]?.pos === 'ADJ' || named[k - 1]?.pos === 'DET')) return { ...t, pos: 'NOUN' };
    // "according to research", "according to estimates": a noun wink read as an infinitive after "to" (past its
    // modifiers: "according to early counts").
    const according = named[k - 1]?.lower === 'to' ? k - 2 : named[k - 1]?.pos === 'ADJ' && named[k - 2]?.lower === 'to' ? k - 3 : -1;
    if (t.pos === 'VERB' && according >= 0 && named[according]?.lower === 'according') return { ...t, pos: 'NOUN' };
    // "the White House's thinking,", "her reasoning.": a form in -ing after a possessor, with no object, is a noun
    // (a verb after it too: "People familiar with the agency's thinking said").
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && (POSSESSIVE.has(named[k - 1]?.lower ?? '') || POSSESSIVE_PRONOUN.has(named[k - 1]?.lower ?? '')) && ['PUNCT', 'ADP', 'CCONJ', 'VERB'].includes(named[k + 1]?.pos ?? 'PUNCT')) return { ...t, pos: 'NOUN' };
    // "Part of the reason is fear of sanctions": a bare form right after "is" is a noun, not a verb.
    if (t.pos === 'VERB' && t.lower === t.lemma && /^(?:is|was|are|were)$/.test(named[k - 1]?.lower ?? '') && !/(?:ing|ed|en)$/.test(t.lower) && !SAME_PARTICIPLE.has(t.lower)) return { ...t, pos: 'NOUN' };
    // ("Many view the move as a betrayal", "Analysts regard the deal as risky": a verb of viewing after its holders.)
    if (t.pos === 'NOUN' && (isPluralPeople(named[k - 1]?.lower ?? '') || QUANTIFIER_SUBJECT.has(named[k - 1]?.lower ?? '')) && viewsAs(named, k)) return { ...t, pos: 'VERB' };
    if (nounClosingApposition(named, k)) return { ...t, pos: 'NOUN' };
    if (isTaggedAsNoun(named, k) || closesSaidClause(named, k) || saysAfterSubject(named, k) || isForecastMade(named, k)) return { ...t, pos: 'VERB' };
    const lemma = isTaggedAsAdjective(named, k) ?? saidAfterWith(named, k) ?? spentDoing(named, k) ?? participleBeforeThat(named, k);
    return lemma ? { ...t, pos: 'VERB', lemma } : t;
  });
}
