import { findAttributions } from '../attribution/find-attributions';
import { findQuotes, isQuoted, type QuoteSpan } from '../attribution/quotes';
import type { Attribution } from '../attribution/types';
import { isWriterOrReader } from '../attribution/words';
import { isChromeLine, isCreditLine, TRAILING_READ_MORE } from '../extract/boilerplate';
import { DATE_HEADER } from '../extract/dates';
import { type ParsedSentence, parseText } from '../text/parse';
import { classifySentence, type Flag } from './flags';

export interface AnalysedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Headings, bylines, datelines, page chrome and link text: shown, never judged as claims. */
  boilerplate: boolean;
  flags: Flag[];
  attributions: Attribution[];
}

export interface ArticleAnalysis {
  sentences: AnalysedSentence[];
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** "By Derek Grossman", "BY JOHN SMITH, Associated Press"; not "By any definition, …". */
const isByline = (t: string) => /^by:?\s+\p{Lu}/u.test(t) && wordCount(t) <= 8;

/** Function words a sentence writes in lower case and a headline capitalises: "…A Boost With Solid Debate Win Over Kaine". */
const TITLE_FUNCTION_WORDS = new Set(['A', 'An', 'The', 'Of', 'With', 'For', 'To', 'In', 'On', 'Over', 'And', 'At', 'By', 'From', 'As', 'Into', 'After', 'Before']);

/**
 * A headline in Title Case, even with a full stop after it ("Pence Gives GOP
 * A Boost With Solid Debate Win Over Kaine."): every word of four letters or
 * more capitalised, and a function word capitalised after the first word,
 * which no sentence does.
 */
function isTitleCase(t: string): boolean {
  const words = t.match(/[\p{L}’'-]+/gu) ?? [];
  return words.length >= 3 && words.every((w) => w.length < 4 || /^\p{Lu}/u.test(w)) && words.slice(1).some((w) => TITLE_FUNCTION_WORDS.has(w));
}

/**
 * Page furniture rather than a claim: `chrome` (page chrome, a byline, a date
 * header, link text) or a `heading` alone on its line; null for a claim.
 */
function boilerplateKind(s: ParsedSentence, isFirstLine: boolean): 'chrome' | 'heading' | null {
  const t = s.text.trim();
  const wholeLine = s.line.trim() === t;
  if (isChromeLine(t) || isByline(t) || (wholeLine && isCreditLine(t)) || DATE_HEADER.exec(t)?.[0].trim() === t || TRAILING_READ_MORE.test(t) && wordCount(t) <= 3) return 'chrome';
  // A source line of a link list: "VOA News, February 9, 2021".
  if (wholeLine && /^[A-Z][\w .&'’-]{1,40}, [A-Z][a-z]+\.? \d{1,2}, \d{4}$/.test(t)) return 'chrome';
  // A line ending in a colon introduces what follows ("Limbaugh added:"): a sentence, not a heading.
  if (wholeLine && !/[.!?"”’:]$/.test(t) && wordCount(t) <= 14) return 'heading';
  if (wholeLine && isTitleCase(t) && wordCount(t) <= 20) return 'heading';
  return isFirstLine && wholeLine && wordCount(t) <= 5 ? 'heading' : null;
}

/**
 * A `date 2021-08-13` header pasted on the line of the first sentence becomes
 * a sentence of its own (boilerplate), so the claim after it is judged alone.
 * Offsets stay those of the text.
 */
function splitDateHeaders(parsed: ParsedSentence[]): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  for (const s of parsed) {
    const header = s.line.trimStart().startsWith(s.text.slice(0, 20)) ? DATE_HEADER.exec(s.text) : null;
    const end = header ? s.start + header[0].length : 0;
    const head = s.tokens.filter((t) => t.end <= end);
    const rest = s.tokens.filter((t) => t.end > end);
    if (!header || !rest.length) {
      out.push({ ...s, index: out.length });
      continue;
    }
    for (const tokens of [head, rest]) {
      const start = tokens[0].start;
      const stop = tokens[tokens.length - 1].end;
      out.push({ ...s, index: out.length, start, end: stop, text: s.text.slice(start - s.start, stop - s.start), tokens });
    }
  }
  return out;
}

function quotedShare(s: ParsedSentence, quotes: QuoteSpan[]): number {
  const inside = quotes.reduce((n, q) => n + Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start)), 0);
  return inside / Math.max(1, s.end - s.start);
}

/**
 * Whose words run on into the next sentence: the speakers, not the outlet
 * they "told" ("Ismail Khan … told the AP"); an outlet when it is the only
 * source ("The New York Times reports:").
 */
function speakersOf(attributions: Attribution[]): Attribution[] {
  const people = attributions.filter((a) => a.sourceType !== 'outlet');
  return people.length ? people : attributions;
}

/** What the next sentence may inherit from the one before it. */
interface PreviousSentence {
  attributions: Attribution[];
  quoted: boolean;
  /** It ends with a colon: 'Limbaugh added:'. */
  introduces: boolean;
  /** It belongs to a paragraph quoted as a block after such a line. */
  block: boolean;
  end: number;
}

interface Inheritance {
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
function inheritedFrom(
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
 * Sentences of an article with their boilerplate mark, attributions (own and
 * inherited) and flags with cue spans. `outlet` is the article's own outlet.
 * Pure; offsets index `text`. Cost: dominated by wink-nlp's parse.
 */
export function analyseArticle(text: string, outlet: string | null = null): ArticleAnalysis {
  const parsed = splitDateHeaders(parseText(text));
  const quotes = findQuotes(text);
  const firstLine = text.split('\n').find((l) => l.trim()) ?? '';
  const sentences: AnalysedSentence[] = [];
  let previous: PreviousSentence | null = null;
  const speechTags = new Set<number>();
  for (const s of parsed) {
    const kind = boilerplateKind(s, s.line === firstLine);
    if (kind) {
      // A heading is not judged as a claim, but "Obama Says…" or "Sanders: …" still names who speaks.
      const attributions = kind === 'heading' ? findAttributions(s, outlet, quotes, true) : [];
      sentences.push({ index: s.index, start: s.start, end: s.end, text: s.text, boilerplate: true, flags: [], attributions });
      continue;
    }
    // "I think" inside a quote is the speaker hedging, not a new source: the quote's speaker stays the source.
    const own = findAttributions(s, outlet, quotes).filter((a) => !(isWriterOrReader(a.sourceText) && isQuoted(quotes, a.cueStart, a.cueEnd)));
    const share = quotedShare(s, quotes);
    const continuesQuote = quotes.some((q) => q.start < s.start && q.end > s.start);
    let attributions = own;
    // A quote that closes in this sentence: its speaker is named here, before it, or after it (inheritFromFollowing).
    const closesHere = share > 0.6 && !quotes.some((q) => q.start < s.end && q.end > s.end);
    const inherited: Inheritance | null = own.length ? null : inheritedFrom(previous, text, s.start, { continuesQuote, closesHere, share });
    if (inherited) attributions = speakersOf(inherited.attributions).map((a) => ({ ...a, inherited: true }));
    const block: boolean = !!inherited?.block;
    const flags = classifySentence(s, { attributions, quotes });
    sentences.push({ index: s.index, start: s.start, end: s.end, text: s.text, boilerplate: false, flags, attributions });
    // A speech tag between two quotes ('“…?” Graham asked. “Neither do I.”') carries the quote on.
    const tag = isSpeechTag(s, own, parsed[s.index - 1], quotes);
    if (tag) speechTags.add(s.index);
    previous = {
      attributions: attributions.filter((a) => !a.inherited || continuesQuote || share > 0.6 || block),
      quoted: share > 0 || tag,
      introduces: /:\s*$/.test(s.text),
      block,
      end: s.end,
    };
  }
  inheritFromFollowing(sentences, parsed, quotes, speechTags);
  inheritOpeningQuotes(text, sentences, parsed, quotes);
  resolvePronouns(sentences);
  return { sentences };
}

/**
 * "Graham asked." after a sentence that is all quote: a short sentence of its
 * own, with an attribution and no quote, that says who spoke the quote before it.
 */
function isSpeechTag(s: ParsedSentence, own: Attribution[], before: ParsedSentence | undefined, quotes: QuoteSpan[]): boolean {
  return own.some((a) => !a.inherited) && wordCount(s.text) <= 12 && quotedShare(s, quotes) === 0 && !!before && quotedShare(before, quotes) > 0.8;
}

/**
 * A quote opened in an unattributed sentence and closed in an attributed one
 * takes the speaker named at its end, as does a quote before a speech tag
 * (indices in `speechTags`). `parsed[i]` is the parse of `sentences[i]`.
 */
function inheritFromFollowing(sentences: AnalysedSentence[], parsed: ParsedSentence[], quotes: QuoteSpan[], speechTags: Set<number>): void {
  for (let i = sentences.length - 2; i >= 0; i--) {
    const s = sentences[i];
    const next = sentences[i + 1];
    if (s.boilerplate || s.attributions.length || !next.attributions.length) continue;
    const runsOn = quotes.some((q) => q.start < s.end && q.end > next.start) || speechTags.has(i + 1);
    // A quote signed on the next line ("― Name") belongs to its signer.
    const signedBelow = next.attributions.some((a) => /^[―—]$/.test(a.cueText) && !a.inherited) && quotedShare(parsed[i], quotes) > 0.5;
    if (!runsOn && !signedBelow) continue;
    s.attributions = speakersOf(next.attributions).map((a) => ({ ...a, inherited: true }));
    s.flags = classifySentence(parsed[i], { attributions: s.attributions, quotes });
  }
}

/**
 * A sentence that is all quote, right after an attributed sentence of the
 * same paragraph, is that speaker's: 'Price shouted to the crowd. "The nation
 * is watching Virginia.' Run after inheritFromFollowing, so that a speaker
 * named where the quote ends comes first; run forwards, so the quote's next sentences follow.
 */
function inheritOpeningQuotes(text: string, sentences: AnalysedSentence[], parsed: ParsedSentence[], quotes: QuoteSpan[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    const before = sentences[i - 1];
    if (s.boilerplate || s.attributions.length || before.boilerplate || !before.attributions.length) continue;
    if (text.slice(before.end, s.start).includes('\n') || quotedShare(parsed[i], quotes) <= 0.6) continue;
    s.attributions = speakersOf(before.attributions).map((a) => ({ ...a, inherited: true }));
    s.flags = classifySentence(parsed[i], { attributions: s.attributions, quotes });
  }
}

const PRONOUN = /^(?:he|she|they|we|i)$/i;

/** "he noted" after "wrote Derek Grossman": the pronoun takes the last named person's name and role. */
function resolvePronouns(sentences: AnalysedSentence[]): void {
  let lastPerson: Attribution | null = null;
  for (const s of sentences) {
    for (const a of s.attributions) {
      if (a.sourceType !== 'person') continue;
      if (a.name) lastPerson = a;
      else if (PRONOUN.test(a.sourceText) && lastPerson) Object.assign(a, { name: lastPerson.name, role: lastPerson.role, organisation: lastPerson.organisation });
    }
  }
}
