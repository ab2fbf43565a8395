import type { ParsedToken } from '../text/parse';
import { STANCE_CUES, STRONG_CUES, WEAK_CUES } from './cues';
import { personNoun } from './person-nouns';

// Closed classes of words, and token look-ups, that the attribution rules share.

/** A token as the word lists spell it: wink keeps the curly apostrophe of "isn’t" as "n’t", whose lemma is "not". */
export const word = (t: ParsedToken) => (t.lemma === 'not' ? 'not' : t.lower);
export const BE = new Set(['be', 'am', 'is', 'was', 'were', 'are', 'been', 'being', "'m", '’m', "'re", '’re']);

/** Quantifiers floated off their subject: "Merkley, Brown and Menendez all suggested". */
export const FLOATING = new Set(['all', 'both', 'each']);
/** One more of the people just spoken of: "Another said:", "A third added:", "another commenter". */
export const ONE_MORE = String.raw`(?:another|(?:a\s+)?(?:second|third|fourth|fifth))`;

/** Quantifiers standing for people: "To varying degrees, all agreed", "some note that…". */
export const QUANTIFIER_SUBJECT = new Set([...FLOATING, 'some', 'many', 'most', 'several', 'few', 'others', 'another']);

/** Pronouns that stand for people. */
export const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** Verbs of evidence: what a poll shows or a study finds is the document's claim. */
export const EVIDENCE = new Set(['show', 'find', 'suggest', 'indicate', 'reveal']);

/** Pronouns a bare verb form agrees with: "they support". */
export const PLURAL_PERSONAL = new Set(['they', 'we', 'i', 'you']);
/** Pronouns that open a clause: "analysts agreed it was…". */
export const SUBJECT_PRONOUN = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** A lemma of the hand-kept lists of reporting verbs. */
export const isListedCue = (lemma: string) => STRONG_CUES.has(lemma) || WEAK_CUES.has(lemma) || STANCE_CUES.has(lemma);

/** The tags of the words a noun phrase is made of, but its pronouns: "some Sydney hospitals", "the 2024 budget". */
export const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Possessive determiners: "your immigrant story", "his plan". */
export const POSSESSIVE_PRONOUN = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
/** The possessive (or contracted "is") ending as wink splits it off. */
export const POSSESSIVE = new Set(["'s", '’s']);

/** The index of the first token at or before `i` that is no adverb: "has (since) said", "and (repeatedly) says". */
export function adverbsBefore(tokens: ParsedToken[], i: number): number {
  while (tokens[i]?.pos === 'ADV') i--;
  return i;
}

/** "I", "we", "you" as a source: the writer or the reader (or, inside a quote, its speaker), not someone else to credit. */
export const isWriterOrReader = (sourceText: string): boolean => /^(?:i|we|you)$/i.test(sourceText);

/** Lower-case words inside a name: "Majed al-Ansari", "Mohammed bin Salman", "Ursula von der Leyen". */
export const NAME_PARTICLE = /^(?:al|el|bin|ibn|abu|van|von|de|da|di|du|der|den|la|le|dos|das|del|ter|ten)$/;

/** A title only a person is given: "Mr", "Dr", "Prof", "Dame"; "Mr Court", "Dr Amelia Bank" are people, whatever the words after. */
export const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\.?$/;

/** A subject opening a clause asked about: "whether Israel…", "asked if the minister…". */
export const isAskedAbout = (t: ParsedToken[], subject: number): boolean =>
  t[subject - 1]?.lower === 'whether' || (t[subject - 1]?.lower === 'if' && /^(?:ask|wonder|know|see|check)$/.test(t[subject - 2]?.lemma ?? ''));

/** A quotation mark standing as a token: curly, straight, guillemets or '' . */
export const QUOTE_MARK = /^(?:[“”"‘’«»']|'')$/;

/** A comma at i, or one closing a quotation there: "…successful,” adding that…". */
export function endsAtComma(tokens: ParsedToken[], i: number): boolean {
  return tokens[i]?.text === ',' || (QUOTE_MARK.test(tokens[i]?.text ?? '') && tokens[i - 1]?.text === ',');
}

/** A clause's finite verb: an auxiliary or an inflected verb not in -ing ("had", "was", "rose"; not "rise", "rising"). */
export const isInflectedVerb = (verb: ParsedToken | undefined): boolean =>
  !!verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && verb.lower !== verb.lemma && !/ing$/.test(verb.lower)));

/**
 * Whether a clause opens at `k`: a noun phrase of up to `reach` words, then its finite verb ("the couple had split",
 * "Smith was").
 */
export function nounClauseAt(t: ParsedToken[], k: number, reach = 4): boolean {
  let i = k;
  while (i < k + reach && NOMINAL.has(t[i]?.pos ?? '')) i++;
  return i > k && ['NOUN', 'PROPN'].includes(t[i - 1].pos) && isInflectedVerb(t[i]);
}

/** An auxiliary (a clause's finite verb: "was cancelled", "will go ahead") from `from` on, before a comma, a conjunction or a new subject. */
export function clauseVerbFollows(tokens: ParsedToken[], from: number): boolean {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    // A verb, a conjunction or a pronoun opens another clause: "announced in a speech Tuesday he will run";
    // a colon or a quote opens what was said: "posted on X: “Arsenal are pushing.”".
    if (t.text === ',' || t.text === ':' || QUOTE_MARK.test(t.text) || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'VERB' || t.pos === 'PRON' || /^(?:whether|that|if)$/.test(t.lower)) return false;
    if (t.pos === 'AUX') return true;
  }
  return false;
}

/** What a "who" clause says unnamed people know: "who have heard those discussions", "who were briefed on the talks". */
export const KNOWING_CLAUSE = '(?:have |had |were |was |has )?(?:been )?(?:heard|seen|attended|briefed on|told of|reviewed|read|witnessed|know|knows)';

/**
 * What places unnamed people near a body: "sources close to the club", "a person familiar with the matter", "people
 * who have heard those discussions".
 */
export const NEAR_BODY = `(?:close to|familiar with|near|inside|within|briefed on|with (?:direct |first-hand |firsthand |detailed )?knowledge of|involved in|aware of|who ${KNOWING_CLAUSE})`;

/** The months by their full names ("May" also a name: its readers check what follows). */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';

export const WEEKDAY_OR_DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow)$/;
export const TIME_UNIT = /^(?:week|month|year|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter)$/;

/** Where a time at `i` ends ("Tuesday", "on Monday", "last week", "this morning"): the index after it, or `i` when none stands there. */
export function pastTime(tokens: ParsedToken[], i: number): number {
  const at = tokens[i]?.lower === 'on' ? i + 1 : i;
  if (WEEKDAY_OR_DAY.test(tokens[at]?.lower ?? '')) return at + 1;
  if (/^(?:last|this|next|that|each|every|earlier)$/.test(tokens[i]?.lower ?? '') && TIME_UNIT.test(tokens[i + 1]?.lower ?? '')) return i + 2;
  // ("In the next eight weeks the Clinton campaign…", "over the past two years": a span of time.)
  const span = tokens[i]?.lower === 'the' ? i + 1 : i;
  if (/^(?:next|last|past|coming|first|final)$/.test(tokens[span]?.lower ?? '')) {
    const unit = tokens[span + 1]?.pos === 'NUM' ? span + 2 : span + 1;
    if (TIME_UNIT.test(tokens[unit]?.lower.replace(/s$/, '') ?? '') && (unit > span + 1 || span > i)) return unit + 1;
  }
  // ("At one point the senator said": after "at", a time in the telling.)
  if (tokens[i - 1]?.lower === 'at' && /^(?:one|some|that|this|another)$/.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'point') return i + 2;
  return i;
}

/** Words that open a subordinate clause ("When Patriot filed…", "as the experts predicted"): never part of its subject. */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'if', 'as', 'while', 'because', 'after', 'before', 'since', 'although', 'though', 'unless', 'until', 'once', 'whereas', 'whenever']);

/**
 * "…, one of the people cautioned", "Some of the protesters claimed": an "of" after a share opening its clause is the
 * subject's own phrase, governing nothing ("delivered 4,000 of the homes promised" is an object's).
 */
export const isShareOf = (tokens: ParsedToken[], of: number): boolean =>
  tokens[of]?.lower === 'of' &&
  (tokens[of - 1]?.pos === 'NUM' || /^(?:one|some|many|most|several|none|all|each|both|few|any)$/.test(tokens[of - 1]?.lower ?? '')) &&
  (of === 1 || ['PUNCT', 'CCONJ', 'SCONJ'].includes(tokens[of - 2]?.pos ?? ''));

/** The determiners a noun phrase may open with. */
const ARTICLE = /^(?:a|an|the|these|those|this|that)$/;

/**
 * A participle qualifying the noun before it, with the clause's own verb
 * after: "The Grand Prix scheduled for Sunday was cancelled", "a new study
 * published in The BMJ has found", "Economists surveyed by Bloomberg said";
 * or closing the clause after an object: "delivered 4,000 of the homes promised".
 */
export function qualifiesNoun(tokens: ParsedToken[], k: number): boolean {
  const next = tokens[k + 1];
  if (!/ed$/.test(tokens[k].lower) || !['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '')) return false;
  // "A Gallup survey published Tuesday found…", "the temperatures recorded that summer would have been…": a time, then
  // the clause's own verb.
  const afterTime = pastTime(tokens, k + 1);
  const verbAfter = tokens[afterTime];
  if (afterTime > k + 1 && verbAfter && (verbAfter.pos === 'AUX' || (verbAfter.pos === 'VERB' && !/ing$/.test(verbAfter.lower)))) return true;
  // "one post on X viewed more than 4 million times": a count of times qualifies the noun.
  if (tokens.slice(k + 1, k + 6).some((t) => t.lower === 'times') && tokens.slice(k + 1, k + 5).some((t) => t.pos === 'NUM')) return true;
  // "has delivered just 4,000 of the 300,000 homes promised.": an object's participle closing the clause
  // (not "as the experts predicted.", whose phrase is the subject).
  // ("…far above the 1.5C limit agreed in Paris in 2015.": or with where and when it was done, to the clause's end,
  // after the clause's own verb: in "Dan McLaughlin at the National Review agreed with…" the participle is that verb.)
  let end = k + 1;
  while (next?.pos === 'ADP' && tokens[end] && !['VERB', 'AUX', 'PRON', 'SCONJ'].includes(tokens[end].pos) && !/^[.,;]$/.test(tokens[end].text)) end++;
  // (Not after a name, the subject of a clause with no "that": "the birth pangs Jesus warned about in Matthew 24".)
  // ("…far above the 1.5C limit agreed in Paris, a UN report has found": or to a comma.)
  const closesWithPlace = next?.pos === 'ADP' && next.lower !== 'by' && tokens[k - 1].pos === 'NOUN' && (!tokens[end] || /^[.;,]$/.test(tokens[end].text));
  if (!next || /^[.,;]$/.test(next.text) || closesWithPlace) {
    let j = k - 1;
    // ("from the £22.6 billion uplift announced at the Spending Review": a sum's currency sign inside the phrase.)
    while (j > 0 && ['NOUN', 'NUM', 'ADJ', 'PROPN', 'SYM'].includes(tokens[j - 1].pos)) j--;
    const governor = tokens[j - 2];
    const objectOf = tokens[j - 1]?.pos === 'DET' && !!governor && ['ADP', 'VERB', 'AUX'].includes(governor.pos) && !SUBORDINATORS.has(governor.lower) && governor.lower !== 'than' && !isShareOf(tokens, j - 2);
    return objectOf && (!closesWithPlace || tokens.slice(0, j - 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
  }
  // ("was taken to hospital with injuries described as serious": a judgement of a preposition's object, whoever made it;
  // "with what police described as minor injuries" names who did.)
  if (next?.lower === 'as') {
    let j = k - 1;
    while (j > 0 && (['NOUN', 'ADJ', 'NUM'].includes(tokens[j - 1].pos) || ARTICLE.test(tokens[j - 1].lower))) j--;
    return tokens[j - 1]?.pos === 'ADP';
  }
  // ("Analysts questioned whether the plan would work": a clause's "whether", tagged a preposition, follows a verb.)
  if (next?.pos !== 'ADP' || next.lower === 'whether') return false;
  // "surveyed by Bloomberg" names an agent; "responded by using" is how someone answered.
  return (next.lower === 'by' && !/ing$/.test(tokens[k + 2]?.lower ?? '')) || clauseVerbFollows(tokens, k + 2);
}

/** Where people post what they say: "posted on X", "posted to Facebook", "posted on his Telegram channel". */
const PLATFORM = /^(?:x|twitter|facebook|instagram|tiktok|threads|bluesky|telegram|linkedin|truth|youtube|weibo|social|website|blog|account|channel|page|feed|substack)$/;

/**
 * "Musk posted on X hours later that…", "Another posted: “Just fight already.”", "“Scam Altman strikes again,” Musk
 * posted on Saturday": posting to a platform, or posting words, is saying; "posted a loss" and "posted bail" are not.
 */
export function postedOnline(tokens: ParsedToken[], k: number): boolean {
  if (tokens[k].lemma !== 'post') return false;
  const next = tokens[k + 1];
  if (/^(?::|that)$/.test(next?.lower ?? '')) return true;
  // (After a quote it closes, with no object of its own.)
  if (tokens.slice(0, k).some((x) => QUOTE_MARK.test(x.text)) && (!next || next.pos === 'PUNCT' || next.pos === 'ADV' || /^(?:on|in|overnight|online)$/.test(next.lower))) return true;
  if (!/^(?:on|to)$/.test(next?.lower ?? '')) return false;
  // (The sentence's stop the tokenizer leaves on the name: "posted on X.".)
  return tokens.slice(k + 2, k + 6).some((x) => PLATFORM.test(x.lower.replace(/\.$/, '')));
}

/**
 * Whether a cue states something: what follows it before the next comma holds
 * "that…", "…as serious" or a quote, and no modal stands before it ("could embrace a policy as president").
 */
export function statesContent(tokens: ParsedToken[], cueStart: number, cueEnd: number): boolean {
  const cue = tokens.findIndex((x) => x.start >= cueStart);
  if (/^(?:could|would|might|may|can|will|should)$/.test(tokens[cue - 1]?.lower ?? '')) return false;
  const from = tokens.findIndex((x) => x.start >= cueEnd);
  for (let i = from; i >= 0 && i < tokens.length && i < from + 8 && tokens[i].text !== ','; i++) {
    if (tokens[i].lower === 'that' || tokens[i].lower === 'as' || QUOTE_MARK.test(tokens[i].text)) return true;
  }
  return false;
}

/**
 * Whether people named in a short phrase after "with" stand right before the
 * token at `cue`: "with one", "with many of them", "with Smith", "with one
 * resident" (not "with softer language").
 */
export function speakerAfterWith(t: ParsedToken[], cue: number): boolean {
  let w = cue - 2;
  while (w >= cue - 4 && w >= 0 && t[w].lower !== 'with') w--;
  if (w < cue - 4 || w < 0) return false;
  const phrase = t.slice(w + 1, cue);
  // (Or a body: "…, with a cross-party committee concluding he deceived MPs".)
  const people = phrase.some((x) => x.pos === 'NUM' || x.pos === 'PRON' || x.pos === 'PROPN' || QUANTIFIER_SUBJECT.has(x.lower) || (x.pos === 'NOUN' && (!!personNoun(x.lower) || isOrganisationHead(x.lower))));
  return people && phrase.every((x) => ['DET', 'NUM', 'NOUN', 'PRON', 'PROPN', 'ADJ'].includes(x.pos) || x.lower === 'of');
}

/** "campaign", "company", "companies": a noun naming a body of people, singular or plural, which can speak as one. */
export const isOrganisationHead = (word: string): boolean => ORGANISATION_HEAD.test(word.replace(/ies$/, 'y').replace(/(?<=ss|ch|sh)es$/, '').replace(/(?<!s)s$/, ''));
/** Where the word for a body's kind ending at `i` starts, the compound "think tank" included; -1 when it names none. */
export const organisationKindStart = (tokens: { lower: string }[], i: number): number =>
  tokens[i]?.lower === 'tank' && tokens[i - 1]?.lower === 'think' ? i - 1 : isOrganisationHead(tokens[i]?.lower ?? '') ? i : -1;
export const ORGANISATION_HEAD = /\b(?:campaign|administration|government|committee|company|agency|ministry|department|party|council|court|union|bank|network|board|commission|organi[sz]ation|coalition|alliance|bloc|foundation|institute|think ?tank|center|centre|university|police|military|army|navy|regime|prefecture|municipality|governorate|parliament|senate|legislature|newspaper|paper|outlet|channel|magazine|site|group|firm|college|society|trust|association|federation|charity|authority|startup|start-up|retailer|airline|carrier|lender|insurer|broadcaster|regulator|watchdog|operator|supplier|manufacturer|automaker|carmaker|chipmaker|drugmaker|planemaker|jetmaker|toymaker|steelmaker|truckmaker|service|brigade|force|office|embassy|consulate|cabinet|intelligence|tribunal|jury|inquest|inquiry|panel|giant|multinational|conglomerate|industry|lobby|supermarket|grocer|chain|store|hospital|hospice|clinic|school|academy|prison|club|team|hotel|airport|museum|gallery|observatory|zoo|theatre|theater|library|church|cathedral|diocese|mosque|synagogue|temple|festival|care home|nursing home|palace|body|business|chamber)$/;

/**
 * Participles that say who made a document, before "by" or "in": "published in The Lancet", "released by the VA",
 * "carried out by YouGov". ("compiled by" credits its compiler as a source of its own: "data compiled by Bloomberg".)
 */
export const DOCUMENT_MAKING = ['published', 'released', 'issued', 'conducted', 'commissioned', 'produced', 'prepared', 'carried', 'funded', 'led', 'written', 'authored', 'posted', 'filed', 'submitted'];

/** A firm's legal form closing its name: "Inc.", "plc". */
export const LEGAL_FORM = /^(?:plc|PLC|Inc|Ltd|LLC|Corp|Co|SA|AG|NV|SE)\.?$/;

/** Words that size a figure after them: "about 300", "more than 500", "up to £2bn". */
export const FIGURE_SIZERS = ['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'under', 'more than', 'fewer than', 'less than', 'at least', 'at most', 'up to'];

/** Verbs that hold a view of a thing as something: "sees China as a threat". */
const VIEWING = new Set(['see', 'view', 'regard']);
/** Verbs that judge their object as what follows it, with no "as": "consider the deal risky", "deemed it unsafe". */
const JUDGING_AS = new Set(['consider', 'deem']);

/**
 * "Analysts consider the deal risky", "Washington considers Hamas a terrorist group", "The UN considers its figures
 * broadly reliable": an object, then what it is judged to be, an adjective or a noun phrase (not "considered the case
 * on Monday", "is considering a sale").
 */
function judgesAs(tokens: ParsedToken[], k: number): boolean {
  // (Not a second verb after "and", whose subject stands too far back to tell: "…choose to muddle the numbers and
  // consider the fine simply the cost of doing business".)
  if (/^(?:and|or)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  let i = k + 1;
  const object = (x: ParsedToken) => ['DET', 'NOUN', 'PROPN', 'NUM'].includes(x.pos) || POSSESSIVE.has(x.lower) || POSSESSIVE_PRONOUN.has(x.lower) || /^(?:it|them|him|her)$/.test(x.lower);
  while (i <= k + 5 && tokens[i] && object(tokens[i]) && !/^(?:a|an)$/.test(tokens[i].lower)) i++;
  if (i === k + 1) return false;
  while (tokens[i]?.pos === 'ADV') i++;
  return tokens[i]?.pos === 'ADJ' || /^(?:a|an)$/.test(tokens[i]?.lower ?? '') || (tokens[i]?.lower === 'to' && tokens[i + 1]?.lower === 'be');
}

/** "as a child", "as a teenager": when, not what the thing is seen as. */
const AS_LIFE_STAGE = /^(?:child|kid|boy|girl|teenager|teen|student|youngster|baby|toddler|schoolboy|schoolgirl)$/;

/**
 * Whether the verb at `k` views its object as something: "Trump sees China as a threat", "Many view the move as a
 * betrayal" (not "saw the film as a child", "see the same pattern as last year"); or judges it so without "as" (judgesAs).
 */
export function viewsAs(tokens: ParsedToken[], k: number): boolean {
  if (JUDGING_AS.has(tokens[k].lemma)) return judgesAs(tokens, k);
  if (!VIEWING.has(tokens[k].lemma)) return false;
  for (let i = k + 2; i <= k + 6 && i < tokens.length; i++) {
    if (tokens[i].lower !== 'as') continue;
    const object = tokens.slice(k + 1, i);
    const stage = /^an?$/.test(tokens[i + 1]?.lower ?? '') && AS_LIFE_STAGE.test(tokens[i + 2]?.lower ?? '');
    return !stage && !object.some((x) => /^(?:same|such|as|much|many)$/.test(x.lower)) && object.every((x) => ['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(x.pos) || POSSESSIVE.has(x.lower));
  }
  return false;
}

/** Verbs of manner that tag a quote as a verb of saying does: '"Things change," he shrugs.' */
export const MANNER_VERBS: ReadonlySet<string> = new Set(['laugh', 'sigh', 'smile', 'shrug', 'grin', 'chuckle', 'nod', 'wince', 'groan', 'beam', 'scoff', 'snort', 'gasp', 'giggle', 'frown', 'sob']);

/** The last word of a newspaper's name, by which it is mentioned again: "the Times", "the Post", "the Echo". */
export const MASTHEAD_WORD = '(?:Times|Post|Journal|Globe|Herald|Tribune|Chronicle|Star|Sun|Mail|Mirror|Express|Telegraph|Observer|Standard|Gazette|Examiner|Inquirer|Enquirer|Bee|Dispatch|Echo|Argus|Courier|Advertiser|Sentinel|Citizen|Recorder)';

/** An outlet mentioned again by its trade: "the newspaper", "the paper", "the broadcaster", "the news agency". */
export const OUTLET_MENTION = /^[Tt]he (?:[\p{Ll}-]+ )?(newspaper|paper|tabloid|broadcaster|network|outlet|publication|magazine|website|news site|channel|news agency|wire service)$/u;
