import { isJoiningHyphen, type ParsedToken } from '../text/parse';
import { resolveKnownOutlet } from '../provenance/outlets';
import { isTitleWords } from './quotes';
import { personNoun } from './person-nouns';
import { isKnownPlace } from './place-names';
import { isDocumentWord, isPersonRole, isTitle, namesOrganisation } from './source-type';
import { adverbsBefore, DOCUMENT_MAKING, EVIDENCE, FIGURE_SIZERS, FLOATING, HONORIFIC, isOrganisationHead, KNOWING_CLAUSE, LEGAL_FORM, MONTH_NAMES, NAME_PARTICLE, organisationKindStart, PERSONAL, POSSESSIVE, POSSESSIVE_PRONOUN, pastTime, QUANTIFIER_SUBJECT, QUOTE_MARK, SUBORDINATORS, TIME_UNIT, WEEKDAY_OR_DAY, word } from './words';

// Where a source's noun phrase starts and ends around its cue: walking back from
// a verb to its subject ("Ismail Khan, a warlord near Herat, told") or forward
// from an inverted verb or a phrase ("…, said Jen Psaki", "according to X").

const NP_POS = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM']);
const NP_LINK = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'near', 'across', 'around', 'along', 'outside', 'inside', 'throughout', 'among', 'and', '&', 'on', 'to', 'by', '-', '.', "'s", '’s', 'familiar']);
const AUXILIARY = new Set(["'ve", '’ve', "'re", '’re', 'has', 'have', 'had', 'did', 'does', 'do', 'will', 'would', 'could', 'also', 'not', "n't", 'later', 'previously', 'then', 'once', 'again', 'repeatedly', 'publicly', 'privately', 'recently', 'further', 'openly', 'is', 'was', 'were', 'are', 'been', 'be']);
const NOT_HEAD = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT']);
/** A phrase with a head noun; a capitalised word counts whatever wink tagged it ("Lynch" reads as a verb to it). */
const HAS_HEAD = (ts: ParsedToken[]) => ts.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'NUM' || (/^\p{Lu}/u.test(t.text) && !NOT_HEAD.has(t.pos)));
const MAX_SOURCE_TOKENS = 18;
const MAX_APPOSED_TOKENS = 30;
const DASH = /^(?:--|—|–)$/;
/** Where a source phrase after its verb ends: "told the AP this week", "said on Friday". */
const TIME_WORD = /^(?:this|last|next|on|yesterday|today|tonight|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|when|after|before|during|while|because|as)$/;

export const hasName = (tokens: ParsedToken[], span: [number, number] | null) => !!span && tokens.slice(span[0], span[1] + 1).some((t) => t.pos === 'PROPN');

/**
 * A post opening on a word the tagger reads as a verb: "lead author", "managing partner", "acting director",
 * "outgoing chairman" (a role in lower case after it; "demanding President Obama" is a verb and its object, "Trump's
 * running mate" his running mate).
 */
export const opensPost = (t: ParsedToken, next: ParsedToken | undefined): boolean =>
  POST_OPENER.test(t.lower) && next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && (personNoun(next.lower) === 'singular' || isPersonRole(next.lower));
const POST_OPENER = /^(?:lead|managing|acting|founding|outgoing|incoming|presiding|ranking|reigning|sitting|retiring|commanding|consulting|supervising|visiting|serving)$/;

function isNpToken(t: ParsedToken, next?: ParsedToken): boolean {
  if (NP_POS.has(t.pos) || NP_LINK.has(t.lower)) return true;
  // Capitalised words that wink tags otherwise: "Public Works Ministry", "Lynch said".
  if (/^[A-Z][a-z]/.test(t.text) && t.pos !== 'AUX' && t.pos !== 'ADP' && t.pos !== 'CCONJ' && t.pos !== 'SCONJ') return true;
  // ("Surfers Against Sewage", "Campaign Against Climate Change": a preposition capitalised inside a name.)
  if (/^[A-Z][a-z]/.test(t.text) && t.pos === 'ADP' && /^\p{Lu}/u.test(next?.text ?? '')) return true;
  // "lead author", "lead researcher": the study's first, tagged a verb.
  if (opensPost(t, next)) return true;
  // Hyphenated compounds that wink tags as verbs: "U.S.-allied", "Western-backed" (not "published Monday").
  if (t.pos === 'VERB' && next && (next.pos === 'NOUN' || next.pos === 'PROPN') && /ed$/.test(t.lower) && !WEEKDAY_OR_DAY.test(next.lower)) return true;
  // "62% of voters", "62 per cent of voters": a share is a count.
  if (t.text === '%' || (t.lower === 'per' && next?.lower === 'cent')) return true;
  // "CBS News/YouGov": a slash joins two names.
  return (t.pos === 'PUNCT' && (t.text === '-' || t.text === '.')) || (t.text === '/' && /^\p{Lu}/u.test(next?.text ?? ''));
}

/** A verb form before a noun, or before an adjective and a noun: "exit polls", "leaked internal memo". */
const isVerbBeforeNoun = (tokens: ParsedToken[], i: number) => {
  const nounAfter = (j: number) => tokens[j]?.pos === 'NOUN' || tokens[j]?.pos === 'PROPN';
  return tokens[i].pos === 'VERB' && (nounAfter(i + 1) || (tokens[i + 1]?.pos === 'ADJ' && nounAfter(i + 2)));
};
/** One after a determiner, an adjective or a possessive, qualifying the noun: "a leaked memo", "a bestselling author". */
const qualifiesNounAfter = (tokens: ParsedToken[], i: number) =>
  isVerbBeforeNoun(tokens, i) && (tokens[i - 1]?.pos === 'DET' || tokens[i - 1]?.pos === 'ADJ' || POSSESSIVE.has(tokens[i - 1]?.lower ?? ''));

/** Words that size the number after them: "about 2,000", "nearly 300". */
const SIZING_WORD = new Set(FIGURE_SIZERS.filter((w) => !w.includes(' ')));
/** Two-word ones: "more than", "at least", "up to". */
const SIZING_PAIR = new RegExp(`^(?:${FIGURE_SIZERS.filter((w) => w.includes(' ')).join('|')})$`);

/** How many tokens at `i` size the number that follows them (0 when none do). */
export function numberSizing(tokens: ParsedToken[], i: number): number {
  // ("more than a dozen officials": a number in words after "a".)
  const isNumber = (j: number) => !!tokens[j] && (tokens[j].pos === 'NUM' || /^\d/.test(tokens[j].text) || (tokens[j].lower === 'a' && /^(?:dozen|hundred|thousand|million|billion)$/.test(tokens[j + 1]?.lower ?? '')));
  if (SIZING_WORD.has(tokens[i].lower) && isNumber(i + 1)) return 1;
  if (tokens[i + 1] && SIZING_PAIR.test(`${tokens[i].lower} ${tokens[i + 1].lower}`) && isNumber(i + 2)) return 2;
  return 0;
}

const PARTY_TAG = /^[RDI](?:-[A-Z][\w.]*)?$/;
/** A British or Irish party in brackets after a councillor's or an MP's name, its words run together: "(Labour)", "(Lib Dem)". */
const BRACKETED_PARTY = /^(?:Lab(?:our)?|Con(?:servative)?|LD|LibDems?|LiberalDemocrats?|Green|SNP|Plaid(?:Cymru)?|Reform(?:UK)?|Ind(?:ependent)?|DUP|SDLP|UUP|Alliance|SinnF[ée]in)$/;
/** An age ("45") or a party and state ("R-Ky.") set between commas after a name. */
const isAgeOrPartyTag = (chunk: ParsedToken[]) => (chunk.length === 1 && chunk[0].pos === 'NUM') || (chunk.length <= 5 && PARTY_TAG.test(chunk.map((x) => x.text).join('')));

/** A party member by party: "a Democrat from Massachusetts". */
const PARTY_WORD = /^(?:Democrat|Republican|Conservative|Labour|Liberal|Independent)s?$/;

/** A short form of a name, in capitals with a small letter or two: "JCS", "NEU", "DfE", "HMRC". */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,6}$/;

const PICTURED = /^(?:pictured|left|right|centre|center|above|below|inset)$/i;
/** A stock ticker as press releases print it after a company's name: "(NYSE: NWB)". */
const STOCK_TICKER = /^(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|AMEX|OTC|OTCQX|HKEX|TSE|Euronext|NYSEAmerican|NYSEArca|CBOE):[A-Z][A-Z.]{0,6}$/;

/**
 * When `i` closes a party tag after a name ("(R-Utah)", ", R-Ky.,", "(R)",
 * also "(D-Newport News)," before a comma), the index just before the tag;
 * else `i`. wink splits the tag into several tokens.
 */
export function skipPartyTag(tokens: ParsedToken[], i: number): number {
  const close = tokens[i]?.text;
  if (close !== ')' && close !== ',') return i;
  if (close === ',' && tokens[i - 1]?.text === ')') {
    const before = skipPartyTag(tokens, i - 1);
    if (before < i - 1) return before;
  }
  for (let open = i - 1; open >= Math.max(0, i - 6); open--) {
    if (tokens[open].text !== (close === ')' ? '(' : ',')) continue;
    const inner = tokens.slice(open + 1, i).map((t) => t.text).join('');
    // (Or a body's acronym after its name: "the Joint Chiefs of Staff (JCS) said", "the Department for Education (DfE)".)
    // (Or its stock ticker, as press releases print it: "Northwind Bank (NYSE: NWB) today reported".)
    // (Or written as a word, as British papers do: "the UN Environment Programme (Unep)", its first letter the name's.)
    const wordAcronym = /^[A-Z][a-z]{2,6}$/.test(inner) && inner[0] === nameStartBefore(tokens, open)?.text[0];
    // ("Northwind Energy plc (LSE: NWE)": the name's legal form, which the tagger calls a noun, closes it.)
    // ("The Information Commissioner's Office (ICO) said": or a capitalised head the tagger calls a noun.)
    const named = tokens[open - 1]?.pos === 'PROPN' || LEGAL_FORM.test(tokens[open - 1]?.text ?? '') || (tokens[open - 1]?.pos === 'NOUN' && /^\p{Lu}/u.test(tokens[open - 1].text));
    const acronym = close === ')' && (ACRONYM.test(inner) || STOCK_TICKER.test(inner) || wordAcronym) && named;
    // ("Olivia Grant (pictured) said": a caption's pointer to the photograph.)
    const pictured = close === ')' && PICTURED.test(inner);
    return PARTY_TAG.test(inner) || acronym || pictured || (close === ')' && BRACKETED_PARTY.test(inner)) ? open - 1 : i;
  }
  return i;
}

/** The first word of the capitalised name ending before `at` ("UN" of "the UN Environment Programme"). */
function nameStartBefore(tokens: ParsedToken[], at: number): ParsedToken | undefined {
  let k = at - 1;
  while (k > 0 && ((/^\p{Lu}/u.test(tokens[k - 1].text) && tokens[k - 1].pos !== 'DET') || (/^(?:of|for|and|on)$/.test(tokens[k - 1].lower) && /^\p{Lu}/u.test(tokens[k - 2]?.text ?? '')))) k--;
  return /^\p{Lu}/u.test(tokens[k]?.text ?? '') ? tokens[k] : undefined;
}

/** "He’s claiming": "’s" after a personal pronoun is "is" or "has"; after a name it may be a possessive. */
const isContractedAuxiliary = (tokens: ParsedToken[], i: number) => POSSESSIVE.has(tokens[i].lower) && PERSONAL.has(tokens[i - 1]?.lower ?? '');

/** Whether "Sunday" at `i` closes or opens a masthead ("The Mail on Sunday revealed", "the Sunday Times reported"): its name, no time. */
const mastheadSunday = (tokens: ParsedToken[], i: number) =>
  tokens[i]?.text === 'Sunday' &&
  ((tokens[i - 1]?.lower === 'on' && !!resolveKnownOutlet(tokens.slice(Math.max(0, i - 3), i + 1).map((x) => x.text).join(' '))) || (/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && !!resolveKnownOutlet(`Sunday ${tokens[i + 1].text}`)));

/** When a time phrase ends at `i` ("Friday", "on Monday", "this month", "in 2010"), the index before it; else `i`. */
export function skipTimeBefore(tokens: ParsedToken[], i: number): number {
  const t = tokens[i];
  if (!t) return i;
  const before = tokens[i - 1]?.lower;
  if (mastheadSunday(tokens, i)) return i;
  if (WEEKDAY_OR_DAY.test(t.lower)) return before === 'on' || before === 'early' || before === 'late' || before === 'earlier' ? i - 2 : i - 1;
  if (/^(?:19|20)\d\d$/.test(t.text) && before === 'in') return i - 2;
  // "(admonishing) at one point": a time in the telling.
  if (t.lower === 'point' && /^(?:one|some|that|this|another)$/.test(before ?? '') && tokens[i - 2]?.lower === 'at') return i - 3;
  if (TIME_UNIT.test(t.lower) && (before === 'this' || before === 'last' || before === 'next' || before === 'earlier')) return i - 2;
  // "(taken) over the past two weeks", "in the last three months".
  if (/s$/.test(t.lower) && TIME_UNIT.test(t.lower.slice(0, -1)) && tokens[i - 1]?.pos === 'NUM' && /^(?:past|last|next)$/.test(tokens[i - 2]?.lower ?? '')) {
    const the = tokens[i - 3]?.lower === 'the' ? i - 3 : i - 2;
    return tokens[the - 1]?.pos === 'ADP' ? the - 2 : the - 1;
  }
  return i;
}

/**
 * "Then the Times reported", "Last month the police said", "On Monday the
 * mayor said", "In 2019 Smith wrote": an adverb or a time opening the clause
 * without its comma is no part of the speaker's phrase; the index after it.
 */
function pastOpeningAdverbial(tokens: ParsedToken[], start: number, last: number): number {
  // ("In a Bloomberg interview Trump declared", "At the convention in Cleveland his operatives forced": a phrase opening
  // the sentence with no comma after it ends where a name or a pronoun follows its noun, or people follow the event
  // it names: "At the briefing officials said".)
  if (tokens[start - 1]?.pos === 'ADP' && tokens.slice(0, start - 1).every((t) => t.pos === 'PUNCT' && t.text !== ',')) {
    const subject = tokens.findIndex((t, j) => {
      if (j <= start || j > last) return false;
      const before = tokens[j - 1];
      const named = t.pos === 'PROPN' && before.pos === 'NOUN' && /^\p{Ll}/u.test(before.text);
      const pronoun = /^(?:his|her|their|its|he|she|they)$/.test(t.lower) && ['NOUN', 'PROPN'].includes(before.pos);
      return named || pronoun || (EVENT.has(before.lower) && personNoun(t.lower) === 'plural');
    });
    if (subject > 0) return subject;
  }
  let k = tokens[start].pos === 'ADV' ? start + 1 : start;
  k = /^(?:19|20)\d\d$/.test(tokens[k]?.text ?? '') ? k + 1 : pastTime(tokens, k);
  // "…released on Tuesday by a group of researchers shows": a time inside the phrase, which goes on.
  const goesOn = tokens[k] && (NP_LINK.has(tokens[k].lower) || tokens[k].pos === 'ADP');
  return k > start && k <= last && !goesOn && HAS_HEAD(tokens.slice(k, last + 1)) ? k : start;
}

/** Gatherings a sentence can open at: "At the briefing officials said". */
const EVENT = new Set(['briefing', 'meeting', 'conference', 'summit', 'rally', 'hearing', 'ceremony', 'funeral', 'vigil', 'inquest', 'debate', 'gathering', 'event', 'session']);

/** Recordings that show someone speaking: "footage of X saying", "a video of X telling". */
const RECORDING = new Set(['footage', 'video', 'videos', 'clip', 'clips', 'recording', 'recordings', 'tape', 'tapes', 'audio']);

/**
 * The "who" of a relative clause that ends an apposition closing at `comma`, after the role's noun and
 * within the apposition: "Name, a glaciologist at Cambridge who was not involved, said"; else -1.
 */
function relativeClosingApposition(tokens: ParsedToken[], comma: number): number {
  const open = tokens.findLastIndex((t, k) => k < comma && t.text === ',');
  if (open < 1 || tokens[open - 1].pos !== 'PROPN' || tokens[open + 1]?.pos !== 'DET') return -1;
  const who = tokens.findIndex((t, k) => k > open + 2 && k < comma && t.lower === 'who');
  return who > 0 && (tokens[who - 1].pos === 'NOUN' || tokens[who - 1].pos === 'PROPN') ? who : -1;
}

/** Past participles not in -ed, -en or -wn: "shot by", "hit by", "held by", "led by". */
const IRREGULAR_PARTICIPLE = /^(?:shot|hit|held|led|made|built|brought|caught|sent|struck|bought|sold|paid|kept|run|won|met|fought|bitten|beaten)$/;

/** Verbs that link their subject to how it is: "remain anonymous", "was unavailable". */
const LINKING = new Set(['be', 'remain', 'stay', 'become', 'seem', 'feel', 'keep']);

/** Where a "who" clause's subject lives or stays: "who lives nearby", "who stayed behind". */
const PLACE_ADVERB = /^(?:nearby|locally|there|here|abroad|overseas|home|away|behind|inside|outside|upstairs|downstairs|next door)$/;

/** Connectives a writer sets between commas after a subject: "Critics, however, say". */
const CONNECTIVE = /^(?:however|though|meanwhile|too|also|instead|nonetheless|nevertheless|moreover|furthermore|therefore|likewise|similarly)$/;

/** What may measure a participle's reach: "more than 40,000 times", "2m times", "thousands of times". */
const MEASURE = new Set(['NUM', 'ADJ', 'ADP', 'NOUN', 'DET']);

/**
 * The document before a participle and its measure ending at `end`: "post" in "a post shared more than 40,000
 * times"; -1 when there is none.
 */
function measuredDocument(tokens: ParsedToken[], end: number): number {
  if (tokens[end]?.pos !== 'NOUN' || !tokens.slice(end - 5, end).some((t) => t.pos === 'NUM' || /^(?:thousands|millions|hundreds)$/.test(t.lower))) return -1;
  for (let p = end - 1; p > 0 && p >= end - 6; p--) {
    if (tokens[p].pos === 'VERB') return /(?:ed|en|wn)$/.test(tokens[p].lower) && isDocumentWord(tokens[p - 1].lower) ? p - 1 : -1;
    if (!MEASURE.has(tokens[p].pos)) return -1;
  }
  return -1;
}

/**
 * The document that an outlet or someone obtained, ending at `end`: "figures" in "Treasury figures obtained by the ABC
 * under freedom of information laws", "Documents seen by Reuters"; -1 when there is none. (Who made it stays in the
 * span: "A report released by the Department of Veterans Affairs reveals".)
 */
function documentWithAgent(tokens: ParsedToken[], end: number): number {
  for (let p = end - 1; p > 0 && p >= end - 12; p--) {
    const t = tokens[p];
    // (The document's noun may be tagged a name for the capital opening the sentence: "Figures obtained by…".)
    const noun = tokens[p - 1];
    const isNoun = noun.pos === 'NOUN' || (p === 1 && noun.pos === 'PROPN');
    if (t.pos === 'VERB' && tokens[p + 1]?.lower === 'by') return OBTAINED.has(t.lower) && isNoun && isDocumentWord(noun.lower) ? p - 1 : -1;
    if (!AGENT_PHRASE.has(t.pos)) return -1;
  }
  return -1;
}
const AGENT_PHRASE = new Set(['DET', 'NOUN', 'PROPN', 'ADP', 'ADJ', 'NUM']);
const OBTAINED = new Set(['obtained', 'seen', 'reviewed', 'viewed', 'leaked', 'shared', 'passed', 'acquired', 'analysed', 'analyzed']);

/** Prepositions opening an aside on where or when a speaker spoke: "in his nightly address", "at a rally", "on Monday". */
const SETTING = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'via', 'through']);
/** Where words are spoken or written: "in a televised interview", "during a press conference", "on a podcast". */
const SPOKEN_IN = /^(?:interviews?|statements?|speech|address|letter|posts?|tweets?|videos?|podcast|appearance|briefing|hearing|conference|op-ed|memo|email|call|broadcast|rally)$/;

/** Participles that open an aside on the name someone goes by: ", known as…,", ", born Marshall Mathers,". */
const NAME_GONE_BY = /^(?:known|nicknamed|dubbed|born)$/;

/** The noun phrase ending just before `end` (exclusive), walking back; appositions between commas are kept. */
export function subjectBefore(tokens: ParsedToken[], end: number): [number, number] | null {
  // "A third added:": the tagger reads the ordinal as an adverb, which the skipping below would pass.
  if (/^(?:second|third|fourth|fifth)$/.test(tokens[end - 1]?.lower ?? '') && tokens[end - 2]?.lower === 'a' && (end === 2 || tokens[end - 3].pos === 'PUNCT')) return [end - 2, end - 1];
  let i = end - 1;
  // Adverbs, auxiliaries and times are not the speaker: "Wells Fargo just this month announced", "who in 2010 said".
  for (let moved = true; moved; ) {
    const from = i;
    while (i >= 0 && (tokens[i].pos === 'ADV' || AUXILIARY.has(word(tokens[i])) || isContractedAuxiliary(tokens, i) || (FLOATING.has(tokens[i].lower) && i > 0 && tokens[i - 1].text !== ','))) i--;
    i = skipTimeBefore(tokens, i);
    // A reduced relative clause after the subject: "a report released (last year) found"; "Data published on
    // Wednesday shows", its noun tagged a name for the capital that opens the sentence.
    // (Or the participle and its measure: "a viral post shared more than 40,000 times claims", "a video viewed 2m times".)
    // (Or the participle, its agent and where it acted: "Treasury modelling obtained by the ABC under freedom of
    // information laws shows".)
    const measured = measuredDocument(tokens, i);
    const withAgent = measured < 0 && (tokens[i]?.pos === 'NOUN' || tokens[i]?.pos === 'PROPN') ? documentWithAgent(tokens, i) : -1;
    // ("Figures from the ONS published on Wednesday showed": after the body that made the document, too.)
    if (tokens[i]?.pos === 'VERB' && /(?:ed|en)$/.test(tokens[i].lower) && (tokens[i - 1]?.pos === 'NOUN' || (i === 1 && isDocumentWord(tokens[0].lower)) || (tokens[i - 1]?.pos === 'PROPN' && documentHeadBefore(tokens, i - 1) >= 0))) i--;
    else if (measured >= 0) i = measured;
    else if (withAgent >= 0) i = withAgent;
    // One without "that": "all the experts I interviewed said", "One doctor I spoke to said".
    else if (tokens[i]?.pos === 'VERB' && PERSONAL.has(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.pos === 'NOUN') i -= 2;
    else if (/^(?:to|with)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.pos === 'VERB' && PERSONAL.has(tokens[i - 2]?.lower ?? '') && tokens[i - 3]?.pos === 'NOUN') i -= 3;
    // The year of a work cited by its authors: "Smith (2020) found", "Smith et al. (2020) found".
    else if (tokens[i]?.text === ')' && /^(?:19|20)\d{2}[a-z]?$/.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.text === '(') {
      i -= 3;
      if (tokens[i]?.text === '.' && tokens[i - 1]?.lower === 'al' && tokens[i - 2]?.lower === 'et' && tokens[i - 3]?.pos === 'PROPN') {
        let first = i - 3;
        while (tokens[first - 1]?.pos === 'PROPN') first--;
        return [first, i];
      }
    }
    // A place between the subject and its participle: "Mark Cuban has been out there saying".
    else if (/^(?:there|here)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.pos === 'ADP') i -= 2;
    // Or right after it: "local authorities there said", "Officials there said" (a capital opening the sentence).
    else if (/^(?:there|here)$/.test(tokens[i]?.lower ?? '') && (tokens[i - 1]?.pos === 'NOUN' || (i === 1 && tokens[0].pos === 'PROPN'))) i -= 1;
    // A connective set between commas: "Critics, however, say", "Scholars, though, caution".
    else if (tokens[i]?.text === ',' && CONNECTIVE.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.text === ',') i -= 3;
    moved = i !== from;
  }
  // ('Michael Burry, the investor made famous by "The Big Short," has argued': a title's closing mark past the comma
  // closing an apposition.)
  if (QUOTE_MARK.test(tokens[i]?.text ?? '') && tokens[i - 1]?.text === ',' && closesTitle(tokens, i - 1)) i--;
  // ("Let us hope the talks succeed": the writer's wish, said to the reader, no one's report.)
  if (tokens[i]?.lower === 'us' && tokens[i - 1]?.lower === 'let') return null;
  // A body's short name in brackets before a comma closing an apposition or an aside is kept apart, and the comma
  // with it: "Jane Doe, a professor at the London School of Economics (LSE), said", "The researchers, led by Dr
  // Marta Ruiz of the Barcelona Institute for Global Health (ISGlobal), estimated".
  const bracketed = tokens[i]?.text === ',' && tokens[i - 1]?.text === ')' && tokens[i - 3]?.text === '(' && /^\p{Lu}[\p{L}&]{1,9}$/u.test(tokens[i - 2].text) ? 3 : 0;
  // A party and state after a name: "Rep. Gwen Moore (D-Wis.) said", "Mitch McConnell, R-Ky., said".
  if (!bracketed) i = skipPartyTag(tokens, i);
  // An aside between dashes: "Kall -- co-editor of Debating The Donald -- said"; the speaker stands before it.
  // (Or between hyphens spaced as dashes: "The UK, France and Germany - known as the E3 - say".)
  const isDash = (k: number) => DASH.test(tokens[k]?.text ?? '') || isSpacedHyphen(tokens, k);
  if (isDash(i)) {
    const open = tokens.findLastIndex((_, k) => k < i && isDash(k));
    return open > 0 ? subjectBefore(tokens, open) : null;
  }
  // The comma closing a "who" clause or a participle's aside that ends in a verb: "One mother, who asked not to be
  // named, told…", "An official, speaking on condition of anonymity because he was not authorised to speak publicly, said".
  // ("The Portuguese coach, who has won just eight of his 27 games, said": a "who" clause ending in anything.)
  if (tokens[i]?.text === ',') {
    let open = tokens.findLastIndex((t, k) => k < i - 1 && t.text === ',');
    // (Past the commas of a list inside it: "DigitalEurope, which represents companies including Google, Microsoft
    // and Apple, said".)
    const inList = (comma: number) => ['PROPN', 'NOUN'].includes(tokens[comma + 1]?.pos ?? '') && tokens.slice(comma + 1, i).some((t) => t.pos === 'CCONJ') && !tokens.slice(comma + 1, i).some((t) => t.pos === 'VERB');
    let listed = false;
    while (open > 0 && inList(open)) [open, listed] = [tokens.findLastIndex((t, k) => k < open && t.text === ','), true];
    const endsInVerb = tokens[i - 1]?.pos === 'VERB' || tokens[i - 1]?.pos === 'ADV';
    // ("The author, whose name has been redacted, added:": a "whose" clause the same.)
    const who = /^(?:who|whose)$/.test(tokens[open + 1]?.lower ?? '');
    // ("The figures, which were released by the ONS on Wednesday, show": a document's "which" clause; any "which"
    // clause holding a list, which the walk back below would stop in.)
    const which = tokens[open + 1]?.lower === 'which' && (listed || isDocumentWord(tokens[open - 1]?.lower ?? ''));
    // ("Volodymyr Zelenskyy, in his nightly video address, said": a phrase of where or when the speaker spoke.)
    // (Not where they work: "Dr Jane Doe, at the University of Leeds, said".)
    const placed = tokens[open + 2]?.lower === 'the' ? tokens[open + 3] : tokens[open + 2];
    // (Its last noun may be read as a verb: "video address".)
    const setting = SETTING.has(tokens[open + 1]?.lower ?? '') && !/^\p{Lu}/u.test(placed?.text ?? 'A') &&
      !tokens.slice(open + 1, i).some((t, j, all) => (t.pos === 'VERB' || t.pos === 'AUX') && !(j === all.length - 1 && ['NOUN', 'ADJ'].includes(all[j - 1]?.pos ?? '')));
    // ("Al-Sharaa, previously known by his nom de guerre Abu Mohammed al-Julani, said": the name the speaker goes by.)
    const byName = NAME_GONE_BY.test((tokens[open + 1]?.pos === 'ADV' ? tokens[open + 2] : tokens[open + 1])?.lower ?? '');
    const aside = who || which || setting || byName || (endsInVerb && tokens[open + 1]?.pos === 'VERB' && /ing$/.test(tokens[open + 1].lower));
    // (The clause's own opening comma may close an apposition: "Sen. Elizabeth Warren, a Democrat from Massachusetts, who…".)
    // ("A doctor I spoke to, who asked not to be named, said": a clause ending before the "who" is no apposition the comma
    // closes; the subject is found as if the "who" clause were not there.)
    const clauseBefore = tokens[open - 1]?.pos === 'ADP' && tokens[open - 2]?.pos === 'VERB';
    if (open > 0 && aside && (listed || !tokens.slice(open + 1, i).some((t) => t.text === ','))) return subjectBefore(tokens, who && !clauseBefore ? open + 1 : open);
  }
  // A participle's aside after a document: "the findings, published in the journal Neurology, show", "The papers,
  // marked "official sensitive", show" (a list inside it too: "The exit poll, conducted by Ipsos for the BBC, ITV and
  // Sky, suggests").
  if (tokens[i]?.text === ',') {
    const open = tokens.findLastIndex((t, k) => k < i && k >= i - 16 && t.text === ',' && tokens[k + 1]?.pos === 'VERB' && /ed$/.test(tokens[k + 1].lower));
    const participle = tokens[open + 1];
    if (open > 0 && participle?.pos === 'VERB' && /ed$/.test(participle.lower) && isDocumentWord(tokens[open - 1]?.lower ?? '')) return subjectBefore(tokens, open);
  }
  // The comma closing an apposition: "Ismail Khan, a warlord near Herat, told"; a "who" clause closing it is left out
  // ("Dr Emily Carter, a glaciologist at Cambridge who was not involved in the research, said").
  const relative = tokens[i]?.text === ',' ? relativeClosingApposition(tokens, i) : -1;
  const closingComma = relative > 0 || (tokens[i]?.text === ',' && tokens[i - 1 - bracketed] && isNpToken(tokens[i - 1 - bracketed]));
  if (closingComma) i = relative > 0 ? relative - 1 : i - 1 - bracketed;
  // "there" or "here" left standing is a place or an existential subject, never a speaker.
  if (/^(?:there|here)$/.test(tokens[i]?.lower ?? '') && !closingComma) return null;
  // "sources who reviewed them told": an object pronoun ends a relative clause; the subject is what it is about.
  // So does a clause with no object: "Residents who fled described…", "Residents who stayed behind said", "A man
  // who lives nearby said" (its place kept in the span).
  const objectPronoun = /^(?:them|him|me|us)$/.test(tokens[i]?.lower ?? '');
  // (Or one that ends on how its subject is: "A doctor who wishes to remain anonymous told us".)
  const complement = tokens[i]?.pos === 'ADJ' && LINKING.has(tokens[i - 1]?.lemma ?? '');
  const intransitive = tokens[i]?.pos === 'VERB' || (tokens[i]?.pos === 'ADP' && tokens[i - 1]?.pos === 'VERB') || complement;
  if ((objectPronoun || intransitive) && !closingComma) {
    const who = tokens.findLastIndex((t, k) => k < i && k >= i - 6 && t.lower === 'who');
    const head = who > 0 && tokens[who - 1].text !== ',' ? subjectBefore(tokens, who) : null;
    const clause = tokens.slice(who + 1, complement ? i : i + 1);
    const noObject = clause.every((t) => ['VERB', 'AUX', 'ADV', 'ADP', 'PART'].includes(t.pos));
    let last = i;
    while (last + 1 < end && PLACE_ADVERB.test(tokens[last + 1].lower)) last++;
    if (head && clause.some((t) => t.pos === 'VERB') && (objectPronoun || noObject)) return [head[0], last];
  }
  // "…the $18 million he says", "what they call": a pronoun right before the verb is the whole subject.
  if (tokens[i] && (PERSONAL.has(tokens[i].lower) || tokens[i].lower === 'it') && !closingComma) return [i, i];
  let last = i;
  let start = i + 1;
  let antecedent = false;
  // (A person's apposition may run longer: "Dr Mingyang Song, an associate professor of clinical epidemiology and
  // nutrition at Harvard TH Chan School of Public Health and one of the study's authors, said".)
  const limit = closingComma ? MAX_APPOSED_TOKENS : MAX_SOURCE_TOKENS;
  while (i >= 0 && last - i < limit) {
    const t = tokens[i];
    if (t.text === ',') {
      // ("Acme Robotics, Inc. said": a firm's legal form after a comma is its name's.)
      if (LEGAL_FORM.test(tokens[i + 1]?.text ?? '') && i + 1 <= last && tokens[i - 1]?.pos === 'PROPN') {
        i--;
        continue;
      }
      // "The Department for Environment, Food and Rural Affairs said": a comma between the remits a body's name lists.
      // ("Barking, Havering and Redbridge University Hospitals NHS Trust said": or the places it serves, opening its name.)
      const remits = tokens.slice(i + 1, last + 1);
      const listed = remits.some((x) => x.lower === 'and') && remits.every((x) => /^\p{Lu}/u.test(x.text) || x.lower === 'and') && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '');
      const ofRemits = tokens[i - 2]?.lower === 'for' && /^\p{Lu}/u.test(tokens[i - 3]?.text ?? '');
      const ofPlaces = (i === 1 || tokens[i - 2]?.pos === 'DET') && isOrganisationHead(tokens[last].lower);
      if (listed && (ofRemits || ofPlaces)) {
        i--;
        continue;
      }
      // ("the team at the University of California, San Francisco said": a campus closing a university's name.)
      // ("the Santa Clara, California-based company said": a town and its state before "-based".)
      if (isCampus(tokens, i, last) || isTownBeforeBase(tokens, i)) {
        i--;
        continue;
      }
      // ("Germany, France and Italy said", "The CBI, the British Chambers of Commerce and the Federation of Small
      // Businesses said": a list of those who spoke, its first items before commas.)
      if (!closingComma && !antecedent && isListedName(tokens, i, last)) {
        i--;
        continue;
      }
      // "Sen. Elizabeth Warren, a Democrat from Massachusetts, who called…": an antecedent's apposition, too.
      if (!closingComma && !antecedent) break;
      // "John Barker, 54, of Elm Road, Swindon, admitted": the town closing an address; "residents of Cedar Ridge,
      // Texas, asked": the state closing a town's name.
      if (isTownOfAddress(tokens, i, last) || isStateOfTown(tokens, i, last)) {
        i--;
        continue;
      }
      // ("Rep. Pramila Jayapal (D-Wash.), chair of the caucus, said": a party tag in brackets between the name and the comma.)
      const tag = tokens[i - 1]?.text === ')' ? skipPartyTag(tokens, i - 1) : i - 1;
      if (tag < i - 1 && tokens[tag]?.pos === 'PROPN' && ['DET', 'ADJ', 'NOUN'].includes(tokens[i + 1]?.pos ?? '')) {
        i = tag;
        continue;
      }
      // An apposition: "Name, a role of Organisation, said", or an age: "Mr. King, 82, told". Keep going only
      // when a name precedes the comma.
      const before = tokens[i - 1];
      const segment = tokens.slice(i + 1, last + 1);
      // ("Tom Fry, 45, a builder from Leeds, said", "Sen. Mitch McConnell, R-Ky., a veteran…, said": an age or a party
      // tag between the name and the role, opening the apposition here or standing right before this comma.)
      const tagEnd = segment.findIndex((x) => x.text === ',');
      const tagged = isAgeOrPartyTag(tagEnd < 0 ? segment : segment.slice(0, tagEnd));
      const opened = tokens.findLastIndex((x, k) => k < i && k >= i - 6 && x.text === ',');
      const taggedName = opened > 0 && isAgeOrPartyTag(tokens.slice(opened + 1, i)) && tokens[opened - 1]?.pos === 'PROPN';
      // ("The DGAC, France's civil aviation authority, asked": a possessor opening the apposition.)
      const possessed = segment[0]?.pos === 'PROPN' && POSSESSIVE.has(segment[1]?.lower ?? '') && /^\p{Ll}/u.test(segment[2]?.text ?? '');
      // (A name the tagger read as a verb, "Tim Cook, Apple's chief executive", "Amy Ward, of Wiltshire Police", still has its capital.)
      const capitalised = /^\p{Lu}/u.test(before?.text ?? '');
      // ("Ban Ki-moon, the secretary general…": a name's hyphenated last part, in lower case after the hyphen.)
      const hyphenated = isJoiningHyphen(tokens, i - 2) && /^\p{Lu}/u.test(tokens[i - 3]?.text ?? '');
      const named = before?.pos === 'PROPN' || taggedName || hyphenated || (capitalised && (possessed || tokens[i - 2]?.pos === 'PROPN'));
      // ("Dr Sarah Hill, of the British Medical Association, said": where the person is from.)
      // ("John Barker, 54, of Swindon, denied": after the age.)
      const affiliation = /^(?:of|from|at)$/.test(segment[0]?.lower ?? '') && ['DET', 'PROPN'].includes(segment[1]?.pos ?? '') && segment.slice(1).some((x) => x.pos === 'PROPN') && (tokens[i - 2]?.pos === 'PROPN' || taggedName);
      // ("Mr Reyes, Chelsea manager, said": a post with its body and no article.)
      const post = segment[0]?.pos === 'PROPN' && closingComma && opensRolePhrase(tokens, i + 1);
      // ("One marcher, a 52-year-old plumber from Essex, said": a person unnamed opening the sentence, then who they are.)
      const unnamedPerson = /^an?$/.test(segment[0]?.lower ?? '') && !!before && !!personNoun(before.lower) && opensSentence(tokens, i - 1);
      if (unnamedPerson) {
        i--;
        continue;
      }
      // ("Vivienne Stern, its chief executive, said": a role owned by the body just spoken of.)
      const owned = /^(?:its|their|his|her)$/.test(segment[0]?.lower ?? '') && ['NOUN', 'ADJ'].includes(segment[1]?.pos ?? '');
      // ("Gene Munster, managing partner at Deepwater, said": a post opening on a participle, "managing", "acting", "outgoing".)
      const participlePost = !!segment[0] && opensPost(segment[0], segment[1]);
      const placeBefore = before?.pos === 'PROPN' && isPlaceAfterIn(tokens, i);
      if (before && named && !placeBefore && segment[0] && (segment[0].pos === 'DET' || segment[0].pos === 'ADJ' || segment[0].pos === 'NOUN' || tagged || possessed || affiliation || post || owned || participlePost)) {
        i--;
        continue;
      }
      // A role before the name it introduces: "Tesla's head of vehicle engineering, Lars Moravy, wrote".
      // So does a kinship before a first name: "Mrs Hale's daughter, Susan, said".
      const kin = segment.length === 1 && isNameWord(segment[0]) && KIN.has(tokens[i - 1]?.lower ?? '') && POSSESSIVE.has(tokens[i - 2]?.lower ?? '');
      // And a body's kind before its name: "The regulator, Ofwat, said", "The production company, Mosfilm, told".
      const bodyNamed = segment.length <= 4 && segment.every(isNameWord) && endsPhraseOf(tokens, i - 1, isBodyWord);
      // And a place's kind before its name: "Residents of the capital, Sanaa, reported".
      const placeNamed = segment.length <= 3 && segment.every(isNameWord) && PLACE_WORD.test(tokens[i - 1]?.lower ?? '');
      // And a work before its title: "Her memoir, A Different Kind of Power, describes".
      const workNamed = segment.length <= 8 && isDocumentWord(tokens[i - 1]?.lower ?? '') && isTitleWords(segment.map((x) => x.text));
      if (closingComma && (((isFullName(segment) || kin) && endsPhraseOf(tokens, i - 1, isPostWord)) || bodyNamed || placeNamed || workNamed)) {
        i--;
        continue;
      }
      break;
    }
    // "said Monday that President Obama has called": the subject starts after "that" (unless "that" is the determiner of
    // a noun: "that policy"; not after a noun, "a video that fact-checkers said was filmed", where it opens a clause).
    if (t.lower === 'that' && (!(tokens[i + 1]?.pos === 'NOUN' && /^[a-z]/.test(tokens[i + 1].text)) || (i !== last && tokens[i - 1]?.pos === 'NOUN'))) break;
    // ("compared with the 42% scientists say is needed": a share before the people is what they speak of.)
    if ((t.text === '%' || t.lower === 'percent') && i === last - 1 && personNoun(tokens[last].lower) === 'plural') break;
    // "four cases in which Kaine defended": the relative clause's own subject, not its antecedent; "laid bare what
    // prosecutors called…" the same.
    if (/^(?:which|whom|what|whatever)$/.test(t.lower) && i !== last) break;
    const aside = /^(?:,|--|—|–)$/.test(tokens[i - 1]?.text ?? '');
    // "the study, which notes that…": a document's "which" stands for the document.
    // So does a named body's: "the Office of Management and Budget, which did not respond".
    const which = t.lower === 'which' && i === last && i > 1 && aside;
    // ("a report by the Institute for Fiscal Studies, which said": the body named right before it, and only that.)
    const body = which ? namedBodyStart(tokens, i - 2) : -1;
    if (body >= 0) return [tokens[body - 1]?.lower === 'the' ? body - 1 : body, i - 2];
    // ("according to the statistics agency, which said": a body by its kind's word, too.)
    // ("members of the Saudi government, which has denied": the body, not the members.)
    if (which && isOrganisationHead(tokens[i - 2]?.lower ?? '') && tokens[i - 2].pos === 'NOUN') {
      let from = i - 2;
      while (from > 0 && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(tokens[from - 1].pos)) from--;
      return [tokens[from - 1]?.pos === 'DET' ? from - 1 : from, i - 2];
    }
    const whichDocument = which && documentHeadBefore(tokens, i - 2) >= 0;
    if ((t.lower === 'who' || whichDocument) && i === last && i > 0) {
      // "a spokesperson who said", "McConnell, now the Senate majority leader, who said": the source is the antecedent.
      // (Another "…, which reported" stays "which": a thing's antecedent is too often misread.)
      i -= aside ? 2 : 1;
      last = i;
      start = i + 1;
      antecedent = true;
      continue;
    }
    // "a retort to both Democrats and Republicans, who…", "risky for Cruz, who…": the people the clause
    // is about stand after the preposition ("the Secretary of State, who…" keeps its "of").
    // ("a Democrat from Massachusetts, who…" is about the Democrat: a person's noun stands before the preposition.)
    // ("Her 1979 paper in Nature, which showed…" is about the paper: a document's word stands before it.)
    // ("the Institute for Fiscal Studies, which…": a preposition inside a name is the name's; not an agent's "by" after a
    // time, "signed in September by Governor Greg Abbott, who…".)
    const inName = /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && !(t.lower === 'by' && (MONTH.test(tokens[i - 1].text) || WEEKDAY_OR_DAY.test(tokens[i - 1].lower)));
    if (antecedent && t.pos === 'ADP' && t.lower !== 'of' && !inName && !(personNoun(tokens[i - 1]?.lower ?? '') || PARTY_WORD.test(tokens[i - 1]?.text ?? '') || isDocumentWord(tokens[i - 1]?.lower ?? ''))) break;
    // A hyphen with a space on either side is a dash: "…is also predictable - Donald J. Trump says".
    if (isSpacedHyphen(tokens, i)) break;
    // "A major study of nearly 500,000 people found": the words that size a number inside the phrase are the phrase's.
    const sizes = (k: number) => k >= 0 && numberSizing(tokens, k) > 0 && k + numberSizing(tokens, k) >= start;
    // ("However, polling experts caution": a form in -ing naming what the people do, opening the phrase.)
    const activity = t.pos === 'VERB' && /ing$/.test(t.lower) && i === last - 1 && personNoun(tokens[last].lower) === 'plural' && (i === 0 || ['DET', 'PUNCT'].includes(tokens[i - 1].pos));
    // ("so-called scientists", "would-be buyers": a word a hyphen joins to the next is the compound's.)
    // ("Russian state-run media", "The Hamas-run health ministry": and the one it joins to the word before, inside the phrase.)
    const joined = isJoiningHyphen(tokens, i + 1) || (i < last && isJoiningHyphen(tokens, i - 1));
    // (A title's marks inside an apposition: 'the investor made famous by "The Big Short,"'.)
    const titleMark = closingComma && QUOTE_MARK.test(t.text) && (/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') || tokens[i - 1]?.text === ',');
    // ("The Child Poverty Action Group (CPAG) analysis found": a body's short name in brackets inside the phrase, between
    // its name and the noun the name qualifies.)
    if (t.text === ')' && i < last && tokens[i + 1].pos === 'NOUN' && /^\p{Ll}/u.test(tokens[i + 1].text) && skipPartyTag(tokens, i) < i) {
      i = skipPartyTag(tokens, i);
      continue;
    }
    // ("Joel Rosenberg, a bestselling author and analyst,": a verb form after an article qualifies the noun after it.)
    if (!isNpToken(t, tokens[i + 1]) && !sizes(i) && !sizes(i - 1) && !activity && !joined && !titleMark && !qualifiesNounAfter(tokens, i)) break;
    // ("the first time a sitting president had testified": a noun before an article ends another phrase, whose relative
    // clause the subject opens.)
    // (Not a name's own "The", "Korean site The Elec", nor a name after a body's kind, "think tank the King's Fund".)
    if (t.pos === 'NOUN' && /^(?:a|an|the)$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.pos !== 'PROPN' && i + 1 <= last) break;
    start = i;
    // ("injuries his family described as severe": a possessive pronoun after a noun opens a relative clause's subject.)
    // (Not a capital's: "the Save Our Fields campaign group".)
    if (POSSESSIVE_PRONOUN.has(t.text) && tokens[i - 1]?.pos === 'NOUN') break;
    i--;
  }
  // "what multiple lawmakers called": the speakers, without the relative word.
  // "When Patriot filed…": the subordinator opens the clause, not the subject.
  while (start <= last && (NP_LINK.has(tokens[start].lower) || tokens[start].pos === 'PUNCT' || tokens[start].lower === 'who' || tokens[start].lower === 'what' || SUBORDINATORS.has(tokens[start].lower))) start++;
  start = pastOpeningAdverbial(tokens, start, last);
  // "About 300 people said", "At least 12 officials told": the words that size the number are the phrase's.
  const sizedFrom = [start - 2, start - 1].find((k) => k >= 0 && numberSizing(tokens, k) > 0 && k + numberSizing(tokens, k) >= start);
  if (sizedFrom !== undefined) start = sizedFrom;
  // "footage of Hillary Clinton asking": the recording shows the speaker, who is the source ("The video of the incident
  // shows…", "A video of the officer shows him…" are the video's).
  const recording = tokens[start]?.pos === 'DET' ? start + 1 : start;
  const shown = tokens[recording + 2]?.pos === 'DET' ? recording + 3 : recording + 2;
  const showsSomeone = (tokens[shown]?.pos === 'PROPN' || PERSONAL.has(tokens[shown]?.lower ?? '') || !!personNoun(tokens[shown]?.lower ?? '')) && !EVIDENCE.has(tokens[last + 1]?.lemma ?? '');
  if (RECORDING.has(tokens[recording]?.lower ?? '') && tokens[recording + 1]?.lower === 'of' && recording + 2 <= last && showsSomeone) start = recording + 2;
  // ("McDonald's said", "Moody's cut": a firm named in the possessive, which a possessor's "'s" would not end; a
  // person's comes with a noun, "under Mr. Ban's watch".)
  const firmInPossessive =
    start < last && POSSESSIVE.has(tokens[last].lower) && !HONORIFIC.test(tokens[start].text) && tokens.slice(start, last).every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text));
  if (start > last || (NP_LINK.has(tokens[last].lower) && !firmInPossessive) || tokens[last].pos === 'ADP') return null;
  // "A doctor who signed the letter called…", "My cousin who is a nurse says": the phrase is the object of a "who"
  // clause qualifying the subject (or what it says the subject is), which stands before it; so is a document's "that"
  // clause ("A 2014 study that appeared in the BMJ found"), past its preposition.
  const verb = adverbsBefore(tokens, tokens[start - 1]?.pos === 'ADP' ? start - 2 : start - 1);
  const clauseVerb = tokens[verb]?.pos === 'VERB' || /^(?:is|was|are|were)$/.test(tokens[verb]?.lower ?? '');
  // (Past the clause's auxiliaries: "The report that was leaked to the BBC shows".)
  let pronoun = verb - 1;
  while (pronoun > verb - 3 && tokens[pronoun]?.pos === 'AUX') pronoun--;
  const qualifying = tokens[pronoun]?.lower === 'who' || (tokens[pronoun]?.lower === 'that' && isDocumentWord(tokens[pronoun - 1]?.lower ?? ''));
  if (!closingComma && clauseVerb && qualifying && tokens[pronoun - 1] && tokens[pronoun - 1].text !== ',') {
    const head = subjectBefore(tokens, pronoun);
    if (head) return [head[0], last];
  }
  const phraseStart = start;
  start = relativeClauseSubject(tokens, start, last);
  // ("The data showed one thing and ministers said another": a thing before "and", right after a verb, is that verb's
  // object; the speakers start after "and".)
  const and = tokens.findIndex((t, k) => k > start && k < last && t.lower === 'and');
  const speakerLike = (t: ParsedToken) => t.pos === 'PROPN' || PERSONAL.has(t.lower) || !!personNoun(t.lower) || isOrganisationHead(t.lower) || isDocumentWord(t.lower);
  if (and > 0 && tokens[start - 1]?.pos === 'VERB' && !tokens.slice(start, and).some(speakerLike)) start = and + 1;
  // ("Last week Stumpf in a televised interview appeared to blame…": where the speaker spoke is no part of them.)
  // (Asked only of a phrase closing on such a word: this runs for every cue's subject.)
  const spokeIn = SPOKEN_IN.test(tokens[last].lower) ? tokens.findIndex((t, j) => j > start && j < last && /^(?:in|during|on|via)$/.test(t.lower) && (tokens[j - 1].pos === 'PROPN' || PERSONAL.has(tokens[j - 1].lower))) : -1;
  if (spokeIn > 0) last = spokeIn - 1;
  const span = tokens.slice(start, last + 1);
  // "To varying degrees, all agreed": a quantifier standing for the people; but not "this says".
  if (span.length === 1 && QUANTIFIER_SUBJECT.has(span[0].lower)) return [start, last];
  const headless = !HAS_HEAD(span) || (span.length === 1 && span[0].pos === 'DET');
  // "Trump, speaking to a veterans group, said", "Mulgrew, …, which represents city educators, said",
  // "Younger voters, in particular, have expressed": the phrase before the comma sits inside an
  // interrupting clause; the speaker opens the sentence.
  // So does "Trump, appearing after Clinton at the NBC/MSNBC forum, cited": a participle opens the aside.
  const opening = tokens.findLastIndex((t, k) => k < start && t.text === ',');
  const participleAside = opening >= 0 && tokens[opening + 1]?.pos === 'VERB' && /(?:ing|ed)$/.test(tokens[opening + 1].lower);
  // (So does a "which" clause's: "The USC Dornsife poll, which tracks Americans’ support…, showed".)
  const relativeAside = /^(?:which|who)$/.test(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.text === ',';
  const interrupted = closingComma && (headless || participleAside || relativeAside || !span.some((t) => t.pos === 'PROPN') || tokens[start - 1]?.pos === 'VERB' || tokens[start - 1]?.pos === 'ADP');
  if (interrupted) {
    // Before the comma opening this aside ("…, as Eric Garner, gasping facedown on a sidewalk, said"),
    // else before the sentence's first comma (asides in a row: "Mulgrew, president of…, which represents…, said").
    for (const comma of [opening, tokens.findIndex((t) => t.text === ',')]) {
      let lead = comma > 0 && comma < start ? subjectBefore(tokens, comma) : null;
      // "Chris Marchese, counsel for NetChoice, one of the groups that…, called": that lead is the apposition of a name.
      const named = lead && tokens[lead[0] - 1]?.text === ',' && tokens[lead[0] - 2]?.pos === 'PROPN' ? subjectBefore(tokens, lead[0] - 1) : null;
      if (lead && named && isFullName(tokens.slice(named[0], named[1] + 1))) lead = [named[0], lead[1]];
      // The lead is the speaker when it opens the sentence ("The mayor, who was elected in 2012, warned")
      // or names someone; not "In the past, …".
      // So is one a "who" clause is about: "…,” one mother, who asked not to be named, told the Evening Standard.
      if (lead && (lead[0] === 0 || tokens[comma + 1]?.lower === 'who' || tokens.slice(lead[0], lead[1] + 1).some((t) => t.pos === 'PROPN'))) return lead;
    }
  }
  // "Protesters marching through the streets chanted", "A union representing flight attendants endorsed",
  // "A Quinnipiac University poll released in late August found": the phrase is the object of a
  // participle qualifying the subject, which stands before it. A form in -ed counts only before a
  // preposition: "Trump dropped a bomb called…" has a past tense with its object.
  // The participle's object may open with a time before its preposition ("A report released last week by the
  // GAO found"), or be the whole phrase before a name read as a relative clause's subject ("…published in the
  // journal Nature Medicine found").
  // (The "on" of "released on Tuesday by…" was trimmed from the phrase above.)
  const timeStart = tokens[phraseStart - 1]?.lower === 'on' ? phraseStart - 1 : phraseStart;
  const timed = pastTime(tokens, timeStart) > phraseStart && tokens[pastTime(tokens, timeStart)]?.pos === 'ADP';
  const objectStart = timed || tokens[start - 1]?.pos !== 'ADP' ? phraseStart : start;
  // ("A video shared more than 40,000 times on TikTok claims": how often, then the preposition.)
  const counted = !timed && isCountOfTimes(tokens, objectStart);
  const preposition = timed || counted || tokens[objectStart - 1]?.pos === 'ADP';
  let participle = timed ? timeStart - 1 : preposition && !counted ? objectStart - 2 : objectStart - 1;
  // ("A post shared widely on Facebook claims": an adverb after the participle.)
  if (tokens[participle]?.pos === 'ADV' && /ly$/.test(tokens[participle].lower) && tokens[participle - 1]?.pos === 'VERB') participle--;
  const form = preposition ? /(?:ing|ed|en|wn)$/ : /ing$/;
  // "An exhaustive study being released on Tuesday by…": "being" before the participle too.
  // ("a man fatally shot by a police officer": an adverb before it, and a participle of its own form.)
  let being = tokens[participle - 1]?.lower === 'being' ? participle - 1 : participle;
  while (tokens[being - 1]?.pos === 'ADV' && /ly$/.test(tokens[being - 1].lower)) being--;
  const participleForm = form.test(tokens[participle]?.lower ?? '') || (preposition && IRREGULAR_PARTICIPLE.test(tokens[participle]?.lower ?? ''));
  // ("fresh attacks on shipping in the Red Sea raised concerns": a noun in -ing the tagger read as a verb, after a
  // preposition, is the object of the noun before it, which heads the subject.)
  const gerund = tokens[being - 1]?.pos === 'ADP' && /ing$/.test(tokens[participle]?.lower ?? '') && ['NOUN', 'PROPN'].includes(tokens[being - 2]?.pos ?? '');
  if (gerund) being--;
  if (!closingComma && !antecedent && being > 0 && tokens[participle].pos === 'VERB' && participleForm && ['NOUN', 'PROPN'].includes(tokens[being - 1].pos)) {
    const head = subjectBefore(tokens, being);
    // ("Two people briefed on the matter said": where unnamed people stand stays theirs, as after "according to"; so does
    // who made a document: "A study published in The Lancet found", "A report released last week by the GAO said".)
    const briefed = BRIEFED.test(tokens[participle].lower) && UNNAMED_PEOPLE.test(tokens[being - 1].lower);
    const made = isDocumentWord(tokens[being - 1].lower) && (madeByAt(tokens, participle) > 0 || (MADE.has(tokens[participle].lower) && tokens[objectStart - 1]?.lower === 'by'));
    return head && (briefed || made) ? [head[0], last] : head;
  }
  // "Experts not involved in the research cautioned": the phrase, "not" and all, qualifies the noun before it.
  if (!closingComma && tokens[start - 1]?.lower === 'not' && /ed$/.test(tokens[start].lower) && ['NOUN', 'PROPN'].includes(tokens[start - 2]?.pos ?? '')) {
    return subjectBefore(tokens, start - 1);
  }
  return headless ? null : [start, last];
}

/** "more than 40,000 times on", "2 million times in": how often something was done, from `k`, then a preposition. */
function isCountOfTimes(tokens: ParsedToken[], k: number): boolean {
  let i = k;
  while (i < k + 3 && /^(?:more|over|nearly|almost|about|some|than|around|roughly)$/.test(tokens[i]?.lower ?? '')) i++;
  if (tokens[i]?.pos !== 'NUM') return false;
  while (tokens[i + 1]?.pos === 'NUM') i++;
  return tokens[i + 1]?.lower === 'times' && tokens[i + 2]?.pos === 'ADP';
}

const isNameWord = (t: ParsedToken) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);

/** Whether the noun phrase ending at `k` opens the sentence (past "But", "And" or a quote mark): "One marcher" in "One marcher, a plumber, said". */
function opensSentence(tokens: ParsedToken[], k: number): boolean {
  let i = k;
  while (i >= 0 && ['DET', 'NUM', 'ADJ', 'NOUN'].includes(tokens[i].pos)) i--;
  return i < 0 || (i === 0 && (tokens[0].pos === 'CCONJ' || /^["“‘']$/.test(tokens[0].text)));
}

/**
 * Whether the comma at `comma` sets a town after a street the person is "of" or "from", and the tokens up to `last`
 * are that town: "John Barker, 54, of Elm Road, Swindon, admitted"; the address follows a name or an age.
 */
function isTownOfAddress(tokens: ParsedToken[], comma: number, last: number): boolean {
  const town = tokens.slice(comma + 1, last + 1);
  if (!town.length || town.length > 3 || !town.every(isNameWord)) return false;
  const from = tokens.findLastIndex((t, k) => k < comma && k >= comma - 5 && /^(?:of|from)$/.test(t.lower));
  const street = tokens.slice(from + 1, comma);
  const opener = tokens[from - 2];
  return from > 1 && tokens[from - 1].text === ',' && street.length > 0 && street.every(isNameWord) && (opener?.pos === 'PROPN' || opener?.pos === 'NUM');
}
/** Whether the tokens after `comma` up to `last` are a known place closing the name of a town people are of, from or in. */
function isStateOfTown(tokens: ParsedToken[], comma: number, last: number): boolean {
  const state = tokens.slice(comma + 1, last + 1);
  const town = namesStart(tokens, comma);
  return state.length > 0 && state.length <= 3 && state.every(isNameWord) && tokens[comma - 1]?.pos === 'PROPN' &&
    /^(?:of|from|in|at|near)$/.test(tokens[town - 1]?.lower ?? '') && isKnownPlace(state.map((x) => x.text).join(' '));
}
/** Whether the comma at `comma` ends a title in quotes opened after a word: 'made famous by "The Big Short,"'. */
function closesTitle(tokens: ParsedToken[], comma: number): boolean {
  const open = tokens.findLastIndex((t, k) => k < comma && k >= comma - 9 && QUOTE_MARK.test(t.text));
  const title = tokens.slice(open + 1, comma);
  return open > 0 && tokens[open - 1].pos !== 'PUNCT' && isTitleWords(title.map((t) => t.text));
}

/**
 * Whether the comma at `comma` ends an item of a list of names whose last items, joined by "and" or "or", run to
 * `last`: the item closing on a name, opening the sentence or the list.
 */
function isListedName(tokens: ParsedToken[], comma: number, last: number): boolean {
  const rest = tokens.slice(comma + 1, last + 1);
  if (!rest.some((t) => t.lower === 'and' || t.lower === 'or') || rest.some((t) => ((t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text)) || (t.pos === 'PUNCT' && t.text !== ','))) return false;
  const from = tokens.findLastIndex((t, k) => k < comma && t.pos === 'PUNCT') + 1;
  const item = tokens.slice(from, comma);
  const opens = from === 0 || tokens[from - 1].text === ',';
  // (Its first item may be people of a place: "the leaders of France, Germany and Britain", "officials in Paris, Berlin
  // and Rome".)
  const closing = item.at(-1);
  return opens && !!closing && item.length <= 8 && closing.pos === 'PROPN' && /^\p{Lu}/u.test(closing.text) &&
    item.every((t, k) => isNameWord(t) || (k === 0 && t.pos === 'DET') || (k > 0 && (['NOUN', 'ADJ'].includes(t.pos) || /^(?:of|for|in|and|&)$/.test(t.lower))));
}
/** Where the run of names that ends right before `end` starts ("Cedar Ridge" before ", Texas"). */
function namesStart(tokens: ParsedToken[], end: number): number {
  let start = end - 1;
  while (tokens[start - 1]?.pos === 'PROPN') start--;
  return start;
}
/** A hyphen with a space on either side, standing for a dash. */
const isSpacedHyphen = (tokens: ParsedToken[], k: number) => tokens[k]?.text === '-' && tokens[k - 1]?.end !== tokens[k].start && tokens[k + 1]?.start !== tokens[k].end;

/** Whether the comma at `comma` follows a town the phrase opens on, before its state's "-based": "the Santa Clara, California-based company". */
function isTownBeforeBase(tokens: ParsedToken[], comma: number): boolean {
  const town = namesStart(tokens, comma);
  const opens = town === 0 || tokens[town - 1].pos === 'DET' || tokens[town - 1].text === ',';
  return opens && tokens[comma - 1]?.pos === 'PROPN' && tokens[comma + 1]?.pos === 'PROPN' && isJoiningHyphen(tokens, comma + 2) && tokens[comma + 3]?.lower === 'based';
}
/** "University of California, San Francisco", "University of Wisconsin, Madison": a campus after its university's name. */
function isCampus(tokens: ParsedToken[], comma: number, last: number): boolean {
  const campus = tokens.slice(comma + 1, last + 1);
  return campus.length > 0 && campus.length <= 3 && campus.every(isNameWord) && tokens[comma - 2]?.lower === 'of' && /^universit(?:y|ies)$/i.test(tokens[comma - 3]?.text ?? '');
}
/** Words for a place, which its name may follow in apposition: "the capital, Sanaa". */
const PLACE_WORD = /^(?:capital|city|town|village|region|province|state|port|island|county|district|suburb|neighbourhood|neighborhood)$/;
/** A person's relation to another, who may be named by first name alone: "his daughter, Susan". */
const KIN = new Set(['daughter', 'son', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'partner', 'niece', 'nephew', 'granddaughter', 'grandson', 'widow', 'widower']);

/** "Lars Moravy", "Majed al-Ansari": a name of two words or more, with its particles, and nothing else. */
const isFullName = (span: ParsedToken[]) =>
  span.length >= 2 && span.length <= 6 && isNameWord(span[0]) && span.every((t, k) => isNameWord(t) || (k > 0 && isSurnameWord(t, span[k - 1])) || (k < span.length - 1 && (NAME_PARTICLE.test(t.lower) || t.text === '-')));
/** A surname the tagger reads as a common word, capitalised after a name: "John Park", "Emma Wood". */
const isSurnameWord = (t: ParsedToken, before: ParsedToken) => /^\p{Lu}\p{Ll}/u.test(t.text) && isNameWord(before) && t.pos !== 'PUNCT';

/**
 * Whether a phrase holding a word of a kind (a person's post, `isRoleWord`, or a body's kind, `isBodyWord`)
 * ends at `end` and opens its clause: "the company's chief executive", "Zelenskyy's chief of staff" (not
 * "Trump's running mate", which wink breaks at the participle), "The production company".
 */
function endsPhraseOf(tokens: ParsedToken[], end: number, isKindWord: (t: ParsedToken) => boolean): boolean {
  // ("The UN secretary-general, António Guterres": a hyphenated post ends in whatever its last part is tagged.)
  const compound = tokens[end - 1]?.text === '-' && tokens[end - 1].end === tokens[end]?.start;
  if (tokens[end]?.pos !== 'NOUN' && tokens[end]?.pos !== 'PROPN' && !compound) return false;
  let role = false;
  let i = end;
  for (; i >= 0 && isNpToken(tokens[i], tokens[i + 1]); i--) role ||= isKindWord(tokens[i]);
  // It opens its clause: at the start, after punctuation or after a subordinator ("fell 4% after the chipmaker's chief executive, Jensen Huang, said").
  return role && (i < 0 || tokens[i].pos === 'PUNCT' || SUBORDINATORS.has(tokens[i].lower));
}

/** "company", "regulator": a word for a kind of body, in lower case. */
const isBodyWord = (t: ParsedToken) => t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && isOrganisationHead(t.lower);
/** "chief", "author", "counsel": a word in lower case for one person's post or part. */
const isRoleWord = (t: ParsedToken) => (t.pos === 'NOUN' || t.pos === 'ADJ') && /^\p{Ll}/u.test(t.text) && (personNoun(t.lower) === 'singular' || isPersonRole(t.lower));

/** A role word, or a post in capitals: "The UN Secretary-General, António Guterres, said". */
const isPostWord = (t: ParsedToken) => isRoleWord(t) || (/^\p{Lu}\p{Ll}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN') && (isPersonRole(t.lower) || isTitle(t.text)));

/** Whether a phrase naming a person's post starts at `start` without an article: ", senior author of the study". */
function opensRolePhrase(tokens: ParsedToken[], start: number): boolean {
  for (let i = start; i < start + 4 && tokens[i] && isNpToken(tokens[i], tokens[i + 1]); i++) if (isRoleWord(tokens[i]) || isTitledPost(tokens, i)) return true;
  return false;
}

/**
 * A post in Title Case, then the body it is of: ", Chief Executive Officer of Northwind Bank"; or closing the sentence,
 * as a release prints it: ", Chairman and Chief Executive Officer."
 */
function isTitledPost(tokens: ParsedToken[], i: number): boolean {
  const t = tokens[i];
  if (!/^\p{Lu}/u.test(t.text) || !(isPersonRole(t.lower) || personNoun(t.lower) === 'singular')) return false;
  let k = i + 1;
  while (k < i + 6 && tokens[k] && (/^\p{Lu}/u.test(tokens[k].text) || (/^(?:and|&)$/.test(tokens[k].lower) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')))) k++;
  return /^(?:of|at|for)$/.test(tokens[k]?.lower ?? '') || (tokens[k]?.text === '.' && k === tokens.length - 1);
}

/** Where it appeared or who made it: "paper in Nature", "report by the Government Accountability Office". */
const DOCUMENT_SOURCE = /^(?:in|by|from|of)$/;

/**
 * Where the head of a document's phrase ending at `end` stands: at `end` ("the study"), or before a preposition and
 * the names after it (`link`: by default where it appeared or who made it, "Her 1979 paper in Nature"); -1 when the
 * phrase is no document's.
 */
export function documentHeadBefore(tokens: ParsedToken[], end: number, link = DOCUMENT_SOURCE): number {
  if (isDocumentWord(tokens[end]?.lower ?? '')) return end;
  let at = end - 1;
  while (at >= end - 5 && at > 0 && !link.test(tokens[at].lower)) at--;
  return at >= end - 5 && at > 0 && isDocumentWord(tokens[at - 1].lower) && tokens.slice(at + 1, end + 1).every((t) => t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'ADJ') ? at - 1 : -1;
}

/**
 * Where the body's name ending at `end` starts ("the Office of Management and Budget", "Boeing Co", "the
 * Institute for Fiscal Studies"), or -1 when the words there name no body.
 */
function namedBodyStart(tokens: ParsedToken[], end: number): number {
  // "the Israeli military, which said…": a body's word after a proper adjective (not the body of "members of the Saudi
  // government, which…", whose phrase runs on before it).
  if (isOrganisationHead(tokens[end].lower) && /^\p{Lu}/u.test(tokens[end - 1]?.text ?? '') && tokens[end - 2]?.lower === 'the' && tokens[end - 3]?.lower !== 'of') return end - 1;
  let i = end;
  while (i >= 0 && (/^\p{Lu}/u.test(tokens[i].text) || (/^(?:of|and|for)$/.test(tokens[i].lower) && i < end))) i--;
  // (Not from a linking word: "…of Fiscal Studies" starts at "Fiscal".)
  while (i < end && /^(?:of|and|for)$/.test(tokens[i + 1].lower)) i++;
  return i < end && /^\p{Lu}/u.test(tokens[end].text) && namesOrganisation(tokens.slice(i + 1, end + 1).map((t) => t.text).join(' ')) ? i + 1 : -1;
}

/**
 * Where the subject of a relative clause without "that" starts: "a charge
 * Prime Minister Giorgia Meloni rejected", "the policies Clinton supported"
 * are what the name did, not who. A noun for people, a body or a document
 * before a name is an apposition instead ("the senator John Smith", "the
 * company Apple", "the report Tuesday"), and the phrase stays whole. Unnamed
 * people ("a charge ministers deny", "a claim the mayor made") count after a
 * noun for something said only: "the government ministers" is one phrase.
 */
function relativeClauseSubject(tokens: ParsedToken[], start: number, last: number): number {
  const expecting = figureExpected(tokens, start, last);
  if (expecting > start) return expecting;
  // ("something a 911 caller also told a dispatcher", "everything the president said": a pronoun for a thing is what
  // the one after it said.)
  if (last > start && /^(?:something|everything|anything|nothing)$/.test(tokens[start].lower)) return start + 1;
  // "the war nobody wants", "the truth everyone knows": an indefinite pronoun after a noun is the clause's subject.
  if (last > start && INDEFINITE.has(tokens[last].lower) && tokens[last - 1].pos === 'NOUN') return last;
  // ("the very alliance Ezekiel 38 describes": a book's chapter after its name.)
  const chapter = tokens[last].pos === 'NUM' && last > start && /^\p{Lu}/u.test(tokens[last - 1].text);
  let name = chapter ? last : last + 1;
  while (name > start && /^\p{Lu}/u.test(tokens[name - 1].text) && (tokens[name - 1].pos === 'PROPN' || tokens[name - 1].text.endsWith('.'))) name--;
  const named = name <= last;
  // ("the great power the Bible calls the kings of the east": a name with its own "the" is in no apposition.)
  const nounBefore = (t: ParsedToken | undefined) => t?.pos === 'NOUN' && /^[a-z]/.test(t.text) && !NAME_PARTICLE.test(t.lower);
  if (named && name - 2 >= start && tokens[name - 1].lower === 'the' && nounBefore(tokens[name - 2]) && tokens.slice(start, name - 2).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || nounBefore(t))) return name - 1;
  if (!named) name = unnamedPeopleStart(tokens, start, last);
  const noun = tokens[name - 1];
  // ("von der Leyen said": a name's particles, tagged nouns, are the name's.)
  if (name > last || name - 1 < start || noun.pos !== 'NOUN' || !/^[a-z]/.test(noun.text) || NAME_PARTICLE.test(noun.lower)) return start;
  // (A book with its chapter is never a body's name in apposition: "the alliance Ezekiel 38 describes".)
  if (!chapter && (named ? personNoun(noun.lower) || isOrganisationHead(noun.lower) || isDocumentWord(noun.lower) : !isSaidNoun(noun.lower) && !gapAfterVerb(tokens, last + 1))) return start;
  // ("the birth pangs Jesus warned about": a compound noun before the name.)
  return tokens.slice(start, name - 1).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'NOUN' && /^[a-z]/.test(t.text))) ? name : start;
}

/**
 * Where the people start in "below the 6% growth analysts had expected.", "the $2.8 billion Wall Street analysts had
 * forecast.": a figure, then people whose verb after them has no object of its own, so the figure is what they
 * expected; else `start`.
 */
function figureExpected(tokens: ParsedToken[], start: number, last: number): number {
  if (personNoun(tokens[last].lower) !== 'plural') return start;
  let people = last;
  while (people > start && (tokens[people - 1].pos === 'ADJ' || tokens[people - 1].pos === 'PROPN')) people--;
  // (Not a count of the people themselves: "The 40 analysts had expected.")
  const thingCounted = /^(?:NOUN|SYM)$/.test(tokens[people - 1]?.pos ?? '') || /^(?:million|billion|trillion|bn|m|%)$/.test(tokens[people - 1]?.lower ?? '');
  if (people === start || !thingCounted || !tokens.slice(start, people).some((t) => t.pos === 'NUM' || /^[$£€%]$/.test(t.text))) return start;
  let k = last + 1;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB' && (!tokens[k + 1] || tokens[k + 1].pos === 'PUNCT') ? people : start;
}

/**
 * "an operation many colleagues had said was impossible", "a plan officials said would fail": the verb after
 * the subject is followed at once by the antecedent's own verb, so that subject opens a relative clause
 * (no compound noun such as "party officials said" is followed so).
 */
function gapAfterVerb(tokens: ParsedToken[], from: number): boolean {
  let k = from;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV') k++;
  const next = tokens[k + 1];
  // (A bare "say" there is often tagged a noun: "the deal critics say is too weak".)
  return (tokens[k]?.pos === 'VERB' || tokens[k]?.lemma === 'say') && (next?.pos === 'AUX' || (next?.pos === 'VERB' && !/ing$/.test(next.lower)));
}

const INDEFINITE = new Set(['nobody', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody']);

/** What someone says and another denies, rejects or makes: the nouns a relative clause about speech follows. */
const SAID_NOUNS: ReadonlySet<string> = new Set(['charge', 'claim', 'accusation', 'allegation', 'assertion', 'characterization', 'characterisation', 'suggestion', 'argument', 'view', 'account', 'description', 'label', 'assessment', 'criticism', 'comparison', 'figure', 'estimate']);

/** "claim", "charges": a noun for something said, singular or plural. */
export const isSaidNoun = (word: string): boolean => SAID_NOUNS.has(word.replace(/s$/, ''));

/** Where "ministers", "the mayor", "the government" start at the end of a phrase; past `last` when it ends in no person or body. */
function unnamedPeopleStart(tokens: ParsedToken[], start: number, last: number): number {
  if (!personNoun(tokens[last].lower) && !isOrganisationHead(tokens[last].lower)) return last + 1;
  let k = last;
  while (k > start && tokens[k - 1].pos === 'ADJ') k--;
  return k > start && tokens[k - 1].pos === 'DET' ? k - 1 : k;
}

/**
 * The person a recording shows speaking, when the cue at `cue` is its
 * participle: "A video of the senator saying…", "…shows footage of Clinton
 * asking, “…”", "The clip shows the minister saying…". The recording is the medium; the speaker is the source.
 */
export function recordedSpeaker(tokens: ParsedToken[], cue: number): [number, number] | null {
  let i = cue - 1;
  while (i >= 0 && tokens[i].lower !== 'of' && isNpToken(tokens[i], tokens[i + 1])) i--;
  const shown = tokens[i]?.pos === 'VERB' && /^(?:show|capture|catch|depict)$/.test(tokens[i].lemma);
  const named = i < cue - 1 && ((tokens[i]?.lower === 'of' && RECORDING.has(tokens[i - 1]?.lower ?? '')) || shown);
  return named && HAS_HEAD(tokens.slice(i + 1, cue)) ? [i + 1, cue - 1] : null;
}

/**
 * The comma closing a sentence's opening phrase when the first verb stands in
 * it: a participle opening the sentence ("Following the meeting, …") or a cue
 * right after an opening preposition ("After saying her foot was swollen, …");
 * -1 otherwise.
 */
function openingPhraseEnd(tokens: ParsedToken[], cue: number): number {
  const first = tokens[0];
  const participle = first?.pos === 'VERB' && /(?:ing|ed)$/.test(first.lower);
  const afterPreposition = (first?.pos === 'ADP' || first?.pos === 'SCONJ') && cue <= 3;
  if (!participle && !afterPreposition) return -1;
  return tokens.findIndex((t, k) => k > (participle ? 0 : cue) && t.text === ',');
}

/**
 * The subject of the sentence's first verb (or "be" or another auxiliary: "X
 * is bearish on loans and says…"), when it comes before `limit`; when the
 * first verb opens the sentence ("Following…", "After saying…"), the subject
 * of the main clause after the opening phrase.
 */
export function firstSubject(tokens: ParsedToken[], limit: number): [number, number] | null {
  const isVerb = (t: ParsedToken) => t.pos === 'VERB' || t.pos === 'AUX';
  // Not a participle qualifying a noun: "In a statement announcing the pick, the union called…".
  const qualifies = (k: number) => /ing$/.test(tokens[k].lower) && tokens[k - 1]?.pos === 'NOUN';
  const first = tokens.findIndex((t, k) => k < limit && isVerb(t) && !qualifies(k));
  // Nor a relative clause's verb: "Northwind, which employs 14,000 people, said … but did not say" goes on from "said".
  for (let verb = first; verb > 0 && verb < limit; verb++) {
    if (!isVerb(tokens[verb]) || qualifies(verb)) continue;
    const subject = subjectBefore(tokens, verb);
    if (!subject || subject[0] !== subject[1] || !/^(?:which|who|that)$/.test(tokens[subject[0]].lower)) return subject;
  }
  const opening = openingPhraseEnd(tokens, limit);
  if (opening < 0) return null;
  const main = tokens.findIndex((t, k) => k > opening && isVerb(t));
  return main > opening + 1 ? subjectBefore(tokens, main) : null;
}

/** Participles placing unnamed people near what they know: "briefed on", "informed about", "involved in". */
export const BRIEFED = /^(?:briefed|informed|involved|consulted|knowledgeable)$/;
export const UNNAMED_PEOPLE = /^(?:people|persons?|sources?|officials?|insiders?|diplomats?|aides?|executives?|officers?)$/;
const KNOWING = new RegExp(String.raw`^${KNOWING_CLAUSE}\b`);

/** Participles that say who made or carried a document: "published in", "released by", "carried out by". */
const MADE = new Set(DOCUMENT_MAKING);
/** A month's name: "published in May" says when, not where. */
export const MONTH = new RegExp(`^(?:${MONTH_NAMES})$`);

/** How many tokens at `i` say who made the document before it ("published in", "carried out by"), or 0; not when ("published in May"). */
function madeByAt(tokens: ParsedToken[], i: number): number {
  if (!MADE.has(tokens[i].lower)) return 0;
  // ("documents posted Wednesday by the NHTSA", "a lawsuit filed in federal court by three workers": past a time, or a
  // place before the maker's "by".)
  let at = pastTime(tokens, i + 1 + (tokens[i + 1]?.lower === 'out' ? 1 : 0));
  const by = tokens.findIndex((t, k) => k > at && k <= at + 4 && t.lower === 'by');
  if (/^(?:in|on|at)$/.test(tokens[at]?.lower ?? '') && by > 0 && tokens.slice(at, by).every((t) => t.pos !== 'PUNCT' && t.pos !== 'VERB')) at = by;
  const preposition = tokens[at]?.lower;
  const maker = tokens[at + 1]?.text ?? '';
  // ("reports filed with the Consumer Product Safety Commission", "a complaint submitted to Ofcom": where it was lodged names it too.)
  const lodged = (preposition === 'with' || preposition === 'to') && /^(?:filed|submitted)$/.test(tokens[i].lower);
  // ("Exit polls conducted for a consortium of news organizations": whom it was done for, too.)
  const client = preposition === 'for' && /^(?:conducted|commissioned|carried|prepared|produced)$/.test(tokens[i].lower);
  return (preposition === 'by' || lodged || client || (preposition === 'in' && /^(?:published|written)$/.test(tokens[i].lower))) && /^(?:the|an?|\p{Lu}|\d)/u.test(maker) && !MONTH.test(maker) ? at + 1 - i : 0;
}

/** Whether the phrase opening at `start` is about someone who speaks: its head a post, a person, a body ("a think tank in California") or a document. */
function describesSpeaker(tokens: ParsedToken[], start: number): boolean {
  let at = -1;
  // (Past an ordinal the tagger reads as an adverb: ", the fourth straight month at or above that pace"; past a
  // possessor: ", the mission's project scientist".)
  for (let i = start; i < start + 8 && tokens[i] && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB', 'ADV'].includes(tokens[i].pos) || POSSESSIVE.has(tokens[i].lower)); i++) {
    if (tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN') at = i;
  }
  if (at < 0) return true;
  const head = tokens[at];
  return head.pos === 'PROPN' || isRoleWord(head) || !!personNoun(head.lower) || organisationKindStart(tokens, at) >= 0 || isDocumentWord(head.lower);
}

/** A month's name ("in January", "in May 2023"; not "Theresa May" alone). */
const isMonthAt = (tokens: ParsedToken[], k: number) => MONTH.test(tokens[k]?.text ?? '') && (tokens[k].text !== 'May' || !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''));

/**
 * Whether the name closing before `comma` is a place after "in", "at" or "near": where, no speaker in apposition ("…were
 * killed in Kyiv, the head of the city's military administration, Tymur Tkachenko, said"; "As Steven Rosenthal, a tax
 * lawyer, put it" has one).
 */
function isPlaceAfterIn(tokens: ParsedToken[], comma: number): boolean {
  const start = namesStart(tokens, comma);
  return /^(?:in|at|near)$/.test(tokens[start - 1]?.lower ?? '') && isKnownPlace(tokens.slice(start, comma).map((x) => x.text).join(' '));
}

/** A word that may modify a noun in a list of them: an adjective, or a one-word name ("US", "European"). */
const isModifier = (t: ParsedToken | undefined) => t?.pos === 'ADJ' || (t?.pos === 'PROPN' && !/\s/.test(t.text));
/**
 * Where the words after "and" start, when the comma at `comma` goes on a list of modifiers of one noun ("US, European and
 * Russian officials"); else -1.
 */
function modifierListEnd(tokens: ParsedToken[], comma: number): number {
  // (After a name, only names of peoples and places go on it: "according to the ONS, rich and poor households…" ends.)
  const named = tokens[comma - 1]?.pos === 'PROPN';
  const listed = (t: ParsedToken | undefined) => isModifier(t) && (!named || /^\p{Lu}/u.test(t!.text));
  if (!listed(tokens[comma - 1])) return -1;
  let i = comma;
  while (tokens[i]?.text === ',' && listed(tokens[i + 1])) i += 2;
  if (tokens[i]?.text === ',') i++;
  if (!/^(?:and|or)$/.test(tokens[i]?.lower ?? '')) return -1;
  let j = i + 1;
  while (listed(tokens[j])) j++;
  return j > i + 1 && tokens[j]?.pos === 'NOUN' ? i + 1 : -1;
}

/** The noun phrase starting at `from`, walking forward, through an apposition that starts with a determiner. */
export function phraseAfter(tokens: ParsedToken[], from: number): [number, number] | null {
  let i = from;
  while (i < tokens.length && tokens[i].pos === 'ADV') i++;
  // "said of Mrs. Clinton's plan": what it was said of, not who said it ("according to on-chain data": a compound's
  // first part is none).
  if (tokens[i]?.pos === 'ADP' && !isJoiningHyphen(tokens, i + 1)) return null;
  const first = i;
  let last = -1;
  /** Where an apposition opened (", a senior analyst"), until it closes. */
  let appositionComma = -1;
  /** The second part of the last hyphenated compound ("self-described"). */
  let compound = -1;
  while (i < tokens.length && i - first < MAX_SOURCE_TOKENS) {
    const t = tokens[i];
    // "the conservative-leaning Tax Foundation", "the so-called Steele dossier": a hyphenated compound is one word,
    // whatever its parts' tags.
    if (isJoiningHyphen(tokens, i + 1)) {
      last = compound = i + 2;
      i += 3;
      continue;
    }
    // ('a self-described "natural health coach"': a few words in quotes inside the phrase are part of it.)
    if (QUOTE_MARK.test(t.text) && i > first) {
      const close = tokens.findIndex((x, k) => k > i + 1 && k <= i + 6 && QUOTE_MARK.test(x.text));
      if (close > 0 && tokens.slice(i + 1, close).every((x) => ['ADJ', 'NOUN', 'PROPN'].includes(x.pos))) {
        last = close;
        i = close + 1;
        continue;
      }
    }
    // A verb form modifying the noun after it: "exit polls", "leaked documents", "the study's lead author", "a leaked
    // internal memo".
    if (i === first ? isVerbBeforeNoun(tokens, i) : qualifiesNounAfter(tokens, i)) {
      i++;
      continue;
    }
    // "a study published in The Lancet", "an analysis released by the VA", "research conducted by the Center for…": who
    // made a document is part of naming it.
    const madeBy = madeByAt(tokens, i);
    if (madeBy && last >= first && isDocumentWord(tokens[last].lower)) {
      i += madeBy;
      continue;
    }
    // ("according to research involving nearly 500,000 people": who a study took in names it too.)
    if (/^(?:involving|covering)$/.test(t.lower) && last >= first && isDocumentWord(tokens[last].lower)) {
      i++;
      continue;
    }
    // "two people briefed on the matter", "sources informed about the talks": where unnamed people stand is theirs.
    // (Past the preposition too: "on" would otherwise end the phrase as a time's.)
    if (t.pos === 'VERB' && BRIEFED.test(t.lower) && UNNAMED_PEOPLE.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.pos === 'ADP') {
      i += 2;
      continue;
    }
    // ("said Mao Ning, spokesperson for the Chinese Foreign Ministry, at a regular press briefing": where it was said.)
    if (t.text === ',' && /^(?:at|during|in|on)$/.test(tokens[i + 1]?.lower ?? '') && tokens.slice(i + 2, i + 7).some((x) => SPOKEN_IN.test(x.lower))) break;
    // ("citing current and former US, European and Russian officials": a list of modifiers of the one noun runs on.)
    const listed = t.text === ',' && i > first ? modifierListEnd(tokens, i) : -1;
    if (listed > 0) {
      i = listed;
      continue;
    }
    if (t.text === ',') {
      const next = tokens[i + 1];
      // (", whose associate medical director…" opens a clause about the body, no apposition.)
      // (Not a phrase about the figure the sentence gives: "according to the Office for National Statistics, the lowest
      // level in more than two years", nor the figure itself: "…, more than 68,000 Palestinians, mostly women…".)
      const figure = !!next && (next.pos === 'NUM' || numberSizing(tokens, i + 1) > 0);
      if (next && !figure && next.lower !== 'whose' && ((next.pos === 'DET' && describesSpeaker(tokens, i + 1)) || next.lower === 'who' || opensRolePhrase(tokens, i + 1)) && tokens[i - 1]?.pos === 'PROPN') {
        appositionComma = i;
        i++;
        continue;
      }
      // ("according to the regional governor, Oleh Syniehubov": the post's holder named after it, closing the phrase.)
      // ("according to the UN refugee agency, UNHCR": so is a body's, closing the sentence.)
      let close = i + 1;
      while (close < tokens.length && tokens[close].pos !== 'PUNCT') close++;
      const named = tokens.slice(i + 1, close);
      // ("announced by her sons, Chris Larkin and Toby Stephens": or the holders of a post, two of them.)
      const and = named.findIndex((x) => x.lower === 'and');
      const pair = and > 0 && personNoun(tokens[i - 1].lower) === 'plural' && isFullName(named.slice(0, and)) && isFullName(named.slice(and + 1));
      if ((isRoleWord(tokens[i - 1]) && isFullName(named)) || pair) last = close - 1;
      else if (isOrganisationHead(tokens[i - 1].lower) && named.length && named.every((x) => x.pos === 'PROPN') && (!tokens[close] || /^[.;]$/.test(tokens[close].text))) last = close - 1;
      break;
    }
    // ("the Intergovernmental Panel on Climate Change": "on" inside a body's name is no time.)
    // ("told the Mail on Sunday": nor is a masthead's.)
    const inName = t.lower === 'on' && i > first && /^\p{Lu}/u.test(tokens[i - 1].text) && ((isOrganisationHead(tokens[i - 1].lower) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && !WEEKDAY_OR_DAY.test(tokens[i + 1].lower)) || mastheadSunday(tokens, i + 1));
    // ("according to people who have heard those discussions": who unnamed people are is what they know, to the
    // clause's end.)
    if (t.lower === 'who' && last >= first && UNNAMED_PEOPLE.test(tokens[last].lower) && KNOWING.test(tokens.slice(i + 1, i + 4).map((x) => x.lower).join(' '))) {
      const end = tokens.findIndex((x, k) => k > i && /^[,.;:!?]$/.test(x.text));
      if (end > 0 && end - first <= MAX_SOURCE_TOKENS) last = end - 1;
      break;
    }
    if (t.lower === 'who' || t.lower === 'that' || t.lower === 'which' || (TIME_WORD.test(t.lower) && !inName && !mastheadSunday(tokens, i))) break;
    // "told The Times he was furious": a subject pronoun after the phrase opens the clause told.
    // ("cited whistleblower documents his office obtained": so does a possessive after its noun, opening a clause about it.)
    if (i > first && (/^(?:he|she|they|we|i|it|you)$/.test(t.lower) || (POSSESSIVE_PRONOUN.has(t.lower) && tokens[i - 1].pos === 'NOUN'))) break;
    // "wrote Gordon Johnson of GLJ Research in a note to clients", "said Smith on a call": where, not who.
    if (/^(?:in|on|during)$/.test(t.lower) && /^(?:a|an)$/.test(tokens[i + 1]?.lower ?? '')) break;
    // ("said NBS spokesperson Fu Linghui at a press conference": nor where words are spoken, "at" too.)
    if (t.lower === 'at' && i > first && tokens.slice(i + 1, i + 5).some((x) => SPOKEN_IN.test(x.lower))) break;
    // "declared by President Richard Nixon in the 1970s", "told Bloomberg News in January 2023": a time after the name is
    // not part of it.
    if (t.lower === 'in' && (/^\d/.test(tokens[i + 1]?.text ?? '') || (tokens[i + 1]?.pos === 'DET' && /^\d/.test(tokens[i + 2]?.text ?? '')) || isMonthAt(tokens, i + 1))) break;
    // "backed by the planning committee by five votes to four", "by 7-2": a tally after the agent is no part of it.
    if (t.lower === 'by' && i > first && tokens[i + 1]?.pos === 'NUM') break;
    // "told The Associated Press by phone", "told Reuters via Zoom": nor is the medium it was told by.
    if (/^(?:by|via|over)$/.test(t.lower) && i > first && /^(?:phone|telephone|email|e-mail|text|video|videolink|zoom|skype|whatsapp)$/.test(tokens[i + 1]?.lower ?? '')) break;
    // "a study of more than 16,000 adults", "a poll of at least 500 firms": the words that size a number.
    const sizing = numberSizing(tokens, i);
    if (sizing) {
      i += sizing;
      continue;
    }
    // "a large international trial", "the very latest figures": a modifier the tagger read as an adverb.
    const modifier = t.pos === 'ADV' && i > first && ['DET', 'ADJ'].includes(tokens[i - 1].pos) && ['ADJ', 'NOUN'].includes(tokens[i + 1]?.pos ?? '');
    if (!modifier && !isNpToken(t, tokens[i + 1])) break;
    last = i;
    i++;
  }
  // "According to Ham, the current administration has…", "According to the ONS, the UK's contribution in 2019 was…": a
  // phrase after the comma that a verb follows before any comma is the next clause's subject, not an apposition, which
  // closes with a comma or the sentence, or runs on into a relative clause (", a scientist who studies…") or a
  // participle's (", a former aide now teaching at…", ", an economist appointed by…").
  if (appositionComma >= 0 && i < tokens.length && tokens[i].text !== ',' && !/^(?:who|that|which)$/.test(tokens[i].lower)) {
    const clauseEnd = tokens.findIndex((x, k) => k >= i && x.pos === 'PUNCT');
    const finite = (x: ParsedToken, k: number) => x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower) && tokens[k + 1]?.lower !== 'by');
    if (tokens.slice(i, clauseEnd < 0 ? tokens.length : clauseEnd).some((x, o) => finite(x, i + o))) last = appositionComma - 1;
  }
  // An apposition too long to take whole ends before its last "and": "Dr. David Kao, senior author of the study".
  if (i - first >= MAX_SOURCE_TOKENS && appositionComma >= 0) {
    const and = tokens.findLastIndex((t, k) => k > appositionComma && k <= last && t.lower === 'and');
    if (and > 0) last = and - 1;
  }
  // "a study published Monday": a participle whose time was cut off qualifies nothing left in the phrase.
  // (Not a hyphenated compound's second part, "self-described", nor a phrase's closing quote.)
  const kept = (k: number) => k === compound || (QUOTE_MARK.test(tokens[k].text) && tokens.slice(first, k).some((x) => QUOTE_MARK.test(x.text)));
  // ("court documents unsealed on Thursday": a participle after its document, the tagger's adjective, as well.)
  const participle = (k: number) => (tokens[k].pos === 'VERB' && /^\p{Ll}/u.test(tokens[k].text)) || (tokens[k].pos === 'ADJ' && /ed$/.test(tokens[k].lower) && k > first && isDocumentWord(tokens[k - 1].lower));
  while (last >= first && !kept(last) && (NP_LINK.has(tokens[last].lower) || tokens[last].pos === 'PUNCT' || tokens[last].pos === 'DET' || participle(last))) last--;
  if (last < first) return null;
  return HAS_HEAD(tokens.slice(first, last + 1)) ? [first, last] : null;
}
