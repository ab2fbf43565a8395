import { isDashCredit, isSignOff } from '../attribution/labels';
import type { QuoteSpan } from '../attribution/quotes';
import type { Attribution } from '../attribution/types';
import { isWriterOrReader, MANNER_VERBS } from '../attribution/words';
import { countSpaced } from '../text/normalise';
import type { ParsedSentence } from '../text/parse';
import type { AnalysedSentence } from './analyse-article';
import { classifySentence, isUnanswered } from './flags';

// Who speaks a sentence that names no one: the speaker of a quote running on,
// of a block after "X added:", of a speech tag after a quote, or of a
// pronoun's antecedent. analyseArticle applies these in order.

export function quotedShare(s: ParsedSentence, quotes: QuoteSpan[]): number {
  const inside = quotes.reduce((n, q) => n + Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start)), 0);
  return inside / Math.max(1, s.end - s.start);
}

/**
 * Whose words run on into the next sentence: the speakers, not the outlet
 * they "told" ("Ismail Khan … told the AP"); an outlet when it is the only
 * source ("The New York Times reports:").
 */
export function speakersOf(attributions: Attribution[]): Attribution[] {
  const people = attributions.filter((a) => a.sourceType !== 'outlet');
  return people.length ? people : attributions;
}

/** What the next sentence may inherit from the one before it. */
export interface PreviousSentence {
  attributions: Attribution[];
  quoted: boolean;
  /** It ends with a colon: 'Limbaugh added:'. */
  introduces: boolean;
  /** It belongs to a paragraph quoted as a block after such a line. */
  block: boolean;
  end: number;
}

/**
 * Whether a sentence ending in a colon introduces its speaker's words: 'Limbaugh added:', 'The company said in a
 * statement:', 'MSNBC suggested that Clinton has the following tasks:'; not a colon past a clause after the cue
 * ("Here's how the company did, compared with what Wall Street was expecting, based on a survey of analysts:"
 * introduces a table).
 */
export function introducesSpeech(text: string, s: { start: number; text: string }, attributions: Attribution[]): boolean {
  if (!/:\s*$/.test(s.text)) return false;
  const colon = s.start + s.text.trimEnd().length - 1;
  return attributions.some((a) => a.inherited || !text.slice(Math.max(a.cueEnd, s.start), colon).includes(','));
}

export interface Inheritance {
  attributions: Attribution[];
  block: boolean;
}

/**
 * The sentence whose speakers a sentence without attributions of its own
 * takes, if any, and whether that carries a block quote on. A quote goes on,
 * or a speaker introduced the words with a colon ('Limbaugh added:' and the
 * next line, to the paragraph's end); a whole quote after an attributed
 * sentence is that speaker's: 'Cummings called him a master. “He showed…”'.
 */
export function inheritedFrom(
  previous: PreviousSentence | null,
  text: string,
  start: number,
  s: { continuesQuote: boolean; closesHere: boolean; share: number },
): Inheritance | null {
  if (!previous?.attributions.length) return null;
  const inBlock = previous.block && !text.slice(previous.end, start).includes('\n');
  if (!(s.continuesQuote || (s.share > 0.6 && previous.quoted) || s.closesHere || previous.introduces || inBlock)) return null;
  return { attributions: previous.attributions, block: previous.introduces || inBlock };
}

/**
 * "Graham asked." after a sentence that is all quote: a short sentence of its
 * own, with an attribution and no quote, that says who spoke the quote before it.
 */
export function isSpeechTag(s: ParsedSentence, own: Attribution[], before: ParsedSentence | undefined, quotes: QuoteSpan[]): boolean {
  // "Arsenal declined to comment when approached." tags no quote: the club said nothing; nor does a new paragraph's
  // opening ("…a boat."⏎⏎Not everyone agrees.").
  return own.some((a) => !a.inherited) && countSpaced(s.text) <= 12 && !isUnanswered(s.text) && quotedShare(s, quotes) === 0 && !!before && before.line === s.line && quotedShare(before, quotes) > 0.8;
}

/** A quote's closing mark ending a sentence, and its opening mark starting one. */
const CLOSING_MARK = /[”"'’][.!?]?\s*$|[.!?,][”"'’]\s*$/;
const OPENING_MARK = /^\s*[“"]/;

/**
 * A quote opened in an unattributed sentence and closed in an attributed one
 * takes the speaker named at its end, as does a quote before a speech tag
 * (indices in `speechTags`). `parsed[i]` is the parse of `sentences[i]`.
 */
export function inheritFromFollowing(text: string, sentences: AnalysedSentence[], parsed: ParsedSentence[], quotes: QuoteSpan[], speechTags: Set<number>): void {
  for (let i = sentences.length - 2; i >= 0; i--) {
    const s = sentences[i];
    const next = sentences[i + 1];
    if (s.boilerplate || s.attributions.length || !next.attributions.length) continue;
    // ('"We have run out of road.⏎"If we do not reach a deal…," Lopez said.': a quote left open at its paragraph's end
    // runs on into the next paragraph's, as news style has it: a paragraph that opens on a quote mark.)
    const paragraphOpensQuote = OPENING_MARK.test(text.slice(text.lastIndexOf('\n', s.start) + 1));
    const intoNextParagraph = paragraphOpensQuote && quotedShare(parsed[i], quotes) > 0.6 && !CLOSING_MARK.test(s.text) && text.slice(s.end, next.start).includes('\n') && OPENING_MARK.test(next.text);
    const runsOn = quotes.some((q) => q.start < s.end && q.end > next.start) || speechTags.has(i + 1) || intoNextParagraph;
    // A quote signed on the next line ("― Name") belongs to its signer.
    const signedBelow = next.attributions.some((a) => isDashCredit(a) && !a.inherited) && quotedShare(parsed[i], quotes) > 0.5;
    if (!runsOn && !signedBelow) continue;
    s.attributions = speakersOf(next.attributions).map((a) => ({ ...a, inherited: true }));
    s.flags = classifySentence(parsed[i], { attributions: s.attributions, quotes });
  }
}

/**
 * A post embedded in a page is its signer's, quoted: the sentences of the line above a signature ("Starmer must
 * go. He is complicit…⏎— Elon Musk (@elonmusk) January 3, 2025") that name no speaker of their own.
 * `signatures` holds the indices of the signature lines.
 */
export function inheritFromSignatures(sentences: AnalysedSentence[], parsed: ParsedSentence[], quotes: QuoteSpan[], signatures: Set<number>): void {
  for (const i of signatures) {
    const line = parsed[i - 1]?.line;
    let first = i;
    while (first > 0 && parsed[first - 1].line === line && !sentences[first - 1].boilerplate && !sentences[first - 1].attributions.some((a) => !a.inherited)) first--;
    if (first < i) signSentences(sentences, parsed, quotes, first, i, sentences[i].attributions, () => []);
  }
}

/**
 * A letters page: each letter, back to the lines before it, is its signer's (the name under it, "Margaret Hollis"),
 * its "I" the signer too; whom a letter cites stays cited, by the signer. `letters` holds the signature lines.
 */
export function inheritFromLetters(sentences: AnalysedSentence[], parsed: ParsedSentence[], quotes: QuoteSpan[], letters: Set<number>): void {
  for (const i of letters) {
    // (Past its closing words: "Yours, etc,".)
    let end = i;
    while (end > 0 && isSignOff(sentences[end - 1].text)) end--;
    let first = end;
    while (first > 0 && !sentences[first - 1].boilerplate) first--;
    if (first < end) signSentences(sentences, parsed, quotes, first, end, sentences[i].attributions, (s) => s.attributions.filter((a) => !a.inherited && !isWriterOrReader(a.sourceText)));
  }
}

/** The sentences from `first` up to `end` are the signer's words, as a quote is; each keeps the sources `kept` says. */
function signSentences(sentences: AnalysedSentence[], parsed: ParsedSentence[], quotes: QuoteSpan[], first: number, end: number, signature: Attribution[], kept: (s: AnalysedSentence) => Attribution[]): void {
  const signedText = { start: sentences[first].start, end: sentences[end - 1].end };
  const signer = signature.map((a) => ({ ...a, inherited: true }));
  for (let j = first; j < end; j++) {
    sentences[j].attributions = [...signer, ...kept(sentences[j])];
    sentences[j].flags = classifySentence(parsed[j], { attributions: sentences[j].attributions, quotes: [...quotes, signedText] });
  }
}

/**
 * A sentence that is all quote, right after an attributed sentence of the
 * same paragraph, is that speaker's: 'Price shouted to the crowd. "The nation
 * is watching Virginia.' Run after inheritFromFollowing, so that a speaker
 * named where the quote ends comes first; run forwards, so the quote's next sentences follow.
 */
export function inheritOpeningQuotes(text: string, sentences: AnalysedSentence[], parsed: ParsedSentence[], quotes: QuoteSpan[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    const before = sentences[i - 1];
    if (s.boilerplate || s.attributions.length || before.boilerplate) continue;
    if (text.slice(before.end, s.start).includes('\n') || quotedShare(parsed[i], quotes) <= 0.6) continue;
    // ('She shrugs this off. "People said the same…"': or a speaker's gesture, a profile's beat before the words.)
    const speakers = before.attributions.length ? speakersOf(before.attributions) : [beatSpeaker(parsed[i - 1])].filter((a) => a !== null);
    if (!speakers.length) continue;
    s.attributions = speakers.map((a) => ({ ...a, inherited: true }));
    s.flags = classifySentence(parsed[i], { attributions: s.attributions, quotes });
  }
}

/** Gestures a profile sets before a speaker's words: "She pauses.", "He shrugs this off.", "Morgan laughs." */
const BEATS: ReadonlySet<string> = new Set([...MANNER_VERBS, 'pause', 'hesitate', 'lean', 'bristle']);

/**
 * The person a short sentence of gesture shows, as the speaker of the quote after it: "She pauses." → She; none for a
 * sentence of any other kind.
 */
function beatSpeaker(s: ParsedSentence): Attribution | null {
  const t = s.tokens.filter((x) => x.pos !== 'PUNCT');
  // The subject's length: a name's words, or a pronoun.
  let named = 0;
  while (t[named]?.pos === 'PROPN') named++;
  const subject = named || (/^(?:he|she)$/.test(t[0]?.lower ?? '') ? 1 : 0);
  const gesture = t[subject];
  if (!subject || t.length > 6 || !gesture || !BEATS.has(gesture.lemma)) return null;
  const [sourceStart, sourceEnd] = [t[0].start, t[subject - 1].end];
  return { sourceText: s.text.slice(sourceStart - s.start, sourceEnd - s.start), sourceType: 'person', sourceStart, sourceEnd, cueText: gesture.text, cueStart: gesture.start, cueEnd: gesture.end };
}

/**
 * A speaker carried on to later sentences is read as the resolutions above named them where they spoke: "Its
 * president, Dr Adrian Boyle" is of the college in the quote's next sentence too (the copies were made before the
 * college was found).
 */
export function syncInheritedReadings(sentences: AnalysedSentence[]): void {
  const original = new Map<string, Attribution>();
  for (const a of sentences.flatMap((s) => s.attributions)) if (!a.inherited) original.set(`${a.sourceStart}:${a.sourceEnd}:${a.cueStart}`, a);
  for (const a of sentences.flatMap((s) => s.attributions)) {
    const o = a.inherited ? original.get(`${a.sourceStart}:${a.sourceEnd}:${a.cueStart}`) : undefined;
    if (!o) continue;
    a.sourceType = o.sourceType;
    for (const field of ['name', 'role', 'organisation'] as const) if (o[field]) a[field] = o[field];
  }
}
