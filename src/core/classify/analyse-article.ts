import { findAttributions } from '../attribution/find-attributions';
import { isDashCredit, isLettersPage, isSignOff, letterSignature, postSignature } from '../attribution/labels';
import { findQuotes, isQuoted } from '../attribution/quotes';
import type { Attribution } from '../attribution/types';
import { isWriterOrReader, QUOTE_MARK } from '../attribution/words';
import { DATELINE, isAuthorNote, isBylineLine, isBracketedCaption, isCaptionLine, isChromeLine, isCreditLine, isEditorsNote, releaseNoteStart, TRAILING_READ_MORE } from '../extract/boilerplate';
import { DATE_HEADER, DATE_LINE } from '../extract/dates';
import { countSpaced } from '../text/normalise';
import { escapeRegExp } from '../text/patterns';
import { resolveKnownOutlet } from '../provenance/outlets';
import { type ParsedSentence, type ParsedToken, parseText } from '../text/parse';
import { classifySentence, CLOSING_QUESTION, figureUnitAt, type Flag, SIGNPOST } from './flags';
import { resolveAcronyms, resolveDefiniteMentions, resolveHonouredNames, resolveInterviewee, resolveShortBodyNames, resolveOutletMentions, resolveParticleNames, resolvePronouns, resolveShortOutletNames, resolveSurnames } from './article-names';
import { resolveBodyMentions } from './body-mentions';
import { inheritInterviewAnswers } from './interview-answers';
import { resolveOneWordBodies } from './one-word-bodies';
import {
  type Inheritance,
  inheritedFrom,
  inheritFromFollowing,
  inheritFromLetters,
  inheritFromSignatures,
  inheritOpeningQuotes,
  introducesSpeech,
  isSpeechTag,
  type PreviousSentence,
  quotedShare,
  speakersOf,
  syncInheritedReadings,
} from './speaker-inheritance';

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

/** Function words a sentence writes in lower case and a headline capitalises: "…A Boost With Solid Debate Win Over Kaine". */
const TITLE_FUNCTION_WORDS = new Set(['A', 'An', 'The', 'Of', 'With', 'For', 'To', 'In', 'On', 'Over', 'And', 'At', 'By', 'From', 'As', 'Into', 'After', 'Before', 'About', 'Up', 'Is', 'Are', 'Was', 'Were']);

/** Short words a headline in Title Case may leave in lower case: "Coal Isn't the Villain", "Trump's Plan to Win". */
const TITLE_LOWER_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'v', 'is', 'are', 'was', 'be', 'de', 'la', 'al', 'el', 'von', 'van', 'bin']);

/**
 * A headline in Title Case, even with a full stop after it ("Pence Gives GOP
 * A Boost With Solid Debate Win Over Kaine."): every word capitalised but short
 * function words, and a function word capitalised after the first word,
 * which no sentence does ("Smith won two Oscars, for The Prime of Miss Jean
 * Brodie…" leaves a verb in lower case).
 */
function isTitleCase(t: string): boolean {
  // (A quote mark opening a word is no part of it: "'All Bets Are Off.'"; nor is a number's ending: "‘13th’".)
  const words = t.match(/(?<![\p{L}\p{N}])\p{L}[\p{L}’'-]*/gu) ?? [];
  // (A pull quote set as a subheading needs no capitalised function word: "'Coal Isn't the Villain.'".)
  const pullQuote = /^['‘"“].*['’"”]$/u.test(t);
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w) || TITLE_LOWER_WORDS.has(w)) && (pullQuote || words.slice(1).some((w) => TITLE_FUNCTION_WORDS.has(w)));
}

/** Words in the short questions an explainer sets as its subheadings ("What happened?", "Was it deliberate?"). */
const SUBHEADING_WORDS = 8;

/**
 * Lines the article's layout makes headings whatever their punctuation: the
 * line over a byline ("Hydrogen hype: is the plant too good to be true?"), and
 * an explainer's short questions alone on their lines, when it has two or more
 * (one alone may be the writer asking: "Are you ready?"), and the short line
 * under a live blog entry's time ("09:42 GMT⏎What is a red warning?"), and the headlines a link list gives under its
 * label.
 */
function headingLines(lines: string[]): Set<string> {
  const overBylines = lines.filter((_, i) => i < 10 && isBylineLine(lines[i + 1]?.trim() ?? ''));
  const questions = lines.filter((l) => /^(?:Q\.\s+)?[^.!?]+\?$/.test(l.trim()) && countSpaced(l) <= SUBHEADING_WORDS);
  const underTimes = lines.filter((l, i) => i > 0 && ENTRY_TIME.test(lines[i - 1].trim()) && countSpaced(l) <= SUBHEADING_WORDS);
  return new Set([...overBylines, ...(questions.length >= 2 ? questions : []), ...underTimes, ...linkedHeadlines(lines)]);
}

/** A link list's label: "Related", "More on this story", "You may also like". */
const LINK_LIST_LABEL = /^(?:related(?: (?:articles|stories|content|links|coverage))?|more on this story|you (?:may|might) also like|recommended(?: for you)?|most read|read more)\s*:?$/i;
/** The headlines a link list under its label gives ("Related⏎Why is Hurricane Milton so dangerous?"), up to a line that states. */
function linkedHeadlines(lines: string[]): string[] {
  return lines.flatMap((label, i) => {
    if (!LINK_LIST_LABEL.test(label.trim())) return [];
    const after = lines.slice(i + 1, i + 7);
    const end = after.findIndex((l) => countSpaced(l) > 16 || /[.!]["”’]?$/.test(l.trim()));
    return end < 0 ? after : after.slice(0, end);
  });
}

/** The time alone on a line that opens a live blog's entry ("09:42 GMT", "10.15am", "3:05 p.m. ET"): the short line under it is the entry's heading. */
const ENTRY_TIME = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT)?$/i;

/**
 * Page furniture rather than a claim: `chrome` (page chrome, a byline, a date
 * header, link text) or a `heading` alone on its line; null for a claim.
 */
function boilerplateKind(s: ParsedSentence, text: string, isFirstLine: boolean, mayBeAuthorNote: boolean, headingByLayout: boolean): 'chrome' | 'heading' | null {
  const t = s.text.trim();
  const wholeLine = s.line.trim() === t;
  // "Published: 21:14, 2 December 2026 | Updated: 23:02, 2 December 2026": each header after its separator.
  const header = t.replace(/^[|·•]\s*/, '');
  if (isChromeLine(t) || isBylineLine(t) || isCreditLine(t) || isCaptionLine(s.line) || isBracketedCaption(t) || isEditorsNote(s.line, t) || (mayBeAuthorNote && isAuthorNote(s.line, text)) || DATE_HEADER.exec(header)?.[0].trim() === header || DATELINE.exec(t)?.[0].trim() === t || (wholeLine && DATE_LINE.test(t)) || TRAILING_READ_MORE.test(t) && countSpaced(t) <= 3) return 'chrome';
  // A source line of a link list: "VOA News, February 9, 2021"; an outlet's name alone: "Local Democracy Reporting Service".
  if (wholeLine && /^[A-Z][\w .&'’-]{1,40}, [A-Z][a-z]+\.? \d{1,2}, \d{4}$/.test(t)) return 'chrome';
  // (An explainer's "Q." or "A." split off its line by splitHeaders.)
  if (/^[QA]\.$/.test(t)) return 'chrome';
  if (wholeLine && countSpaced(t) <= 6 && resolveKnownOutlet(t)) return 'chrome';
  // A line ending in a colon introduces what follows ("Limbaugh added:"): a sentence, not a heading.
  // ("…in 1955.[1]": an encyclopedia's reference marks after the stop.)
  // ("• Shares rose 6% after hours": a bulleted line with a verb states a fact, stop or none.)
  // ("A spokesman said: 'We do not comment.'": a stop inside a straight single quote closes a sentence too.)
  if (wholeLine && !/(?:[.!?"”’:]|[.!?,]')(?:\[[^\]]{1,20}\])*$/.test(t) && countSpaced(t) <= 14 && !isBulletedClaim(s)) return 'heading';
  // A headline in Title Case, even when a question splits it: "Is the Euphrates Drying Up? What Revelation 16:12 Says".
  // (A paragraph is never one: its length is checked first, since every sentence of it asks.)
  if (s.line.length <= 250 && countSpaced(s.line) <= 20 && isTitleCase(s.line.trim())) return 'heading';
  // A line the article's layout makes a heading (headingLines), whatever its punctuation.
  if (headingByLayout && countSpaced(s.line) <= 25) return 'heading';
  // The text's first line, short and closing on a question, a cry or nothing, not a stop: its headline ("Fact check:
  // Did the government really cut police numbers by 20,000?", "Is this the end? What the Bible says"); a lede
  // states, and ends on a stop.
  // (Not a quote signed with a dash: "“…” ― Sonya Herridge".)
  if (isFirstLine && countSpaced(s.line) <= 20 && !/[.:;,]["”’]?$/.test(s.line.trim()) && !/[―—]\s*\p{Lu}[\p{L}'’. -]*$/u.test(s.line.trim())) return 'heading';
  // (Nor, short, under a section's label, stops and all: "Opinion: The Electoral College is broken. Here's how to fix it.")
  if (isFirstLine && countSpaced(s.line) <= 20 && SECTION_LABEL.test(s.line.trim())) return 'heading';
  return isFirstLine && wholeLine && countSpaced(t) <= 5 ? 'heading' : null;
}

/** A section's label opening a headline: "Opinion:", "Analysis:", "Comment:". */
const SECTION_LABEL = /^(?:Opinion|Analysis|Comment|Commentary|Editorial|Perspective|Column|Explainer|Review)\s*[:|]\s*\p{Lu}/u;

/** Words in the first person ("US" is a country, not "us"). */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]urs?)\b/;
/** Whether a label speaks for a sentence: one of its own paragraph, or any after it for a transcript's label. */
const speaksFor = (labelled: { line: string; transcript: boolean } | null, s: ParsedSentence) => !!labelled && (labelled.line === s.line || labelled.transcript);

/** How many lines a label opens ("Cole: …" answer after answer: a transcript's, not a headline's credit). */
const linesLabelled = (text: string, label: string) => text.match(new RegExp(String.raw`^[\s*"“]*${escapeRegExp(label)}[*]*:`, 'gm'))?.length ?? 0;

/**
 * A list's item that states something: a bullet, then a clause with its verb ("• Data-center sales jumped 112%"), or
 * a sum or a share ("• A new 2% levy on online gambling", "• £2bn extra for NHS waiting lists"; not a link's "• 10
 * best beaches in Spain").
 */
const isBulletedClaim = (s: ParsedSentence) =>
  /^[•▪◦‣*–-]\s/.test(s.text) && (s.tokens.some((t, k) => k > 1 && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)))) || s.tokens.some(isSumOrShare));
/** A figure with its currency or its unit: "£2bn", "2%", "$4 million", "10 per cent". */
const isSumOrShare = (t: ParsedToken, k: number, tokens: ParsedToken[]) =>
  t.pos === 'NUM' && (/^[£$€]$/.test(tokens[k - 1]?.text ?? '') || /^(?:%|bn|m)$/.test(tokens[k + 1]?.text ?? '') || (!!tokens[k + 1] && figureUnitAt(tokens, k + 1) > 0));

/** An explainer's label opening a question or its answer: "Q. ", "A. ". */
const QA_LABEL = /^[QA]\.\s+(?=\p{Lu})/u;

/** The lines near the top where a story's dateline may stand (under a headline, a byline, a date). */
const DATELINE_LINES = 6;

/**
 * A `date 2021-08-13` header or the dateline opening the story ("PORT SUDAN,
 * Nov 18, 2026 (AFP) -", once, near the top: a heading in capitals before a
 * dash further down is no dateline) on the line of a sentence becomes a
 * sentence of its own (boilerplate), so the claim after it is judged, and
 * traced, alone. Offsets stay those of the text.
 */
function splitHeaders(parsed: ParsedSentence[], text: string): ParsedSentence[] {
  const out: ParsedSentence[] = [];
  // An explainer's "Q. What has been announced?" and "A. The government has…": labels of the page, no part of the
  // sentence (only where both open lines: "A. Smith said" is an initial).
  const qAndA = /^Q\.\s/m.test(text) && /^A\.\s/m.test(text);
  const topLines = new Set(parsed.map((s) => s.line).filter((l, i, all) => all.indexOf(l) === i).slice(0, DATELINE_LINES));
  let datelineSeen = false;
  for (const s of parsed) {
    const opensLine = s.line.trimStart().startsWith(s.text.slice(0, 20));
    const dateline: RegExpExecArray | null = opensLine && !datelineSeen && topLines.has(s.line) ? DATELINE.exec(s.text) : null;
    datelineSeen ||= dateline !== null;
    const header = opensLine ? (DATE_HEADER.exec(s.text) ?? dateline ?? (qAndA ? QA_LABEL.exec(s.text) : null)) : null;
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

/**
 * 'What does she make of national politics? "I try not to," she says.': a question the next sentence answers in
 * someone's quoted words is the interviewer's, not the writer's rhetorical one; its question mark guesses at nothing.
 */
function dropAnsweredQuestions(sentences: AnalysedSentence[]): void {
  sentences.forEach((s, i) => {
    const next = sentences[i + 1];
    const speculative = s.flags.find((f) => f.flag === 'speculative');
    if (!speculative || !next?.attributions.length || !/^["“‘']/.test(next.text) || !CLOSING_QUESTION.test(s.text)) return;
    speculative.cues = speculative.cues.filter((c) => c.text !== '?');
    if (!speculative.cues.length) s.flags = s.flags.filter((f) => f !== speculative);
  });
}

/**
 * Sentences of an article with their boilerplate mark, attributions (own and
 * inherited) and flags with cue spans. `outlet` is the article's own outlet.
 * Pure; offsets index `text`. Cost: dominated by wink-nlp's parse.
 */
export function analyseArticle(text: string, outlet: string | null = null): ArticleAnalysis {
  const parsed = splitHeaders(parseText(text), text);
  const quotes = findQuotes(text);
  const lines = text.split('\n').filter((l) => l.trim());
  const firstLine = lines[0] ?? '';
  const headings = headingLines(lines);
  // The note on the writer stands last, or with only page furniture after it ("…is a politics reporter for Fox News
  // Digital.⏎Follow her on Twitter…", "…based in London.⏎Reuters contributed."), or under the byline: "By Dana
  // Whitlock⏎Dana Whitlock is a labour economist…".
  const closing = lines.findLast((l) => !isChromeLine(l.trim()) && !isCreditLine(l.trim()));
  const bylineAt = lines.findIndex((l, i) => i < 10 && isBylineLine(l.trim()));
  const underByline = bylineAt >= 0 ? lines[bylineAt + 1] : undefined;
  const sentences: AnalysedSentence[] = [];
  let previous: PreviousSentence | null = null;
  const speechTags = new Set<number>();
  const signatures = new Set<number>();
  const letters = new Set<number>();
  // (Under the paper's name too: "The Irish Times⏎Letters to the Editor".)
  const lettersPage = lines.slice(0, 2).some(isLettersPage);
  const releaseNote = releaseNoteStart(text);
  // Each label's lines counted once for the article, not once for every sentence it speaks.
  const counted = new Map<string, number>();
  const labelCounts = (label: string) => counted.get(label) ?? counted.set(label, linesLabelled(text, label)).get(label)!;
  /**
   * The speaker a label names at the start of the current paragraph; a transcript's ("MS. JEAN-PIERRE:", in capitals and
   * met again) speaks on through the paragraphs after it, until the next label.
   */
  let labelled: { line: string; attributions: Attribution[]; transcript: boolean } | null = null;
  for (const s of parsed) {
    // The quotes the sentence overlaps: all that the checks of its own words ask about.
    const here = quotes.filter((q) => q.end > s.start && q.start < s.end);
    // An embedded post's signature is no claim; it names who wrote the line above it (inheritFromSignatures).
    const signature = postSignature(s, outlet);
    // On a letters page, so is a letter's: the name under it (inheritFromLetters).
    const before = sentences.at(-1);
    const letter = lettersPage && before && (!before.boilerplate || isSignOff(before.text)) ? letterSignature(s, outlet) : null;
    if (signature || letter) {
      sentences.push({ index: s.index, start: s.start, end: s.end, text: s.text, boilerplate: true, flags: [], attributions: [(signature ?? letter)!] });
      (signature ? signatures : letters).add(s.index);
      continue;
    }
    // A line alone is no headline of anything: "Of course not." pasted by itself is a sentence.
    // (A press release's closing note on its issuer is the issuer's boilerplate, every line of it; so is the article's own
    // outlet named alone on a line: "Greenfield Energy Inc." under its release's headline.)
    const ownName = !!outlet && s.line.trim() === outlet && s.text.trim() === outlet;
    const kind = (releaseNote >= 0 && s.start >= releaseNote) || ownName ? 'chrome' : boilerplateKind(s, text, s.line === firstLine && lines.length > 1, s.line === closing || s.line === underByline, headings.has(s.line));
    if (kind) {
      // A heading is not judged as a claim, but "Obama Says…" or "Sanders: …" still names who speaks (not one that asks,
      // "What has the Chancellor said?", but for its label: "Q: Why did you resign?").
      const asks = CLOSING_QUESTION.test(s.text);
      const attributions = kind === 'heading' ? findAttributions(s, outlet, here, true).filter((a) => !asks || a.cueText === ':') : [];
      // (A heading ends a transcript's speaker's turn.)
      if (kind === 'heading') labelled = null;
      sentences.push({ index: s.index, start: s.start, end: s.end, text: s.text, boilerplate: true, flags: [], attributions });
      continue;
    }
    // "I think" inside a quote, or after a transcript's label ("MS. JEAN-PIERRE: Look, we believe…"), is the
    // speaker hedging, not a new source: the quote's or the label's speaker stays the source.
    const found = findAttributions(s, outlet, here);
    const opensWithLabel = (a: Attribution) => a.cueText === ':' && a.sourceStart <= s.start + 2;
    // ("A: Some of it stung…⏎Price, 61, says she has no plans to stand again.": a line after an interview's answers that
    // cites someone itself, outside quotes, and says nothing in the first person, is the writer's again.)
    if (labelled?.attributions[0].sourceText === 'A' && s.line !== labelled.line && !FIRST_PERSON.test(s.text) && found.some((a) => a.cueText !== ':' && !isQuoted(here, a.cueStart, a.cueEnd))) labelled = null;
    const underLabel = speaksFor(labelled, s);
    const byLabel: boolean = underLabel || found.some(opensWithLabel);
    // (Nor the writer's signpost: "Here is what we know:" tells of the list below, no one's words.)
    const own: Attribution[] = found.filter((a) => !(isWriterOrReader(a.sourceText) && (byLabel || isQuoted(here, a.cueStart, a.cueEnd) || SIGNPOST.test(s.text))));
    const share = quotedShare(s, here);
    const continuesQuote = here.some((q) => q.start < s.start && q.end > s.start);
    let attributions = own;
    // A quote that closes in this sentence: its speaker is named here, before it, or after it (inheritFromFollowing).
    const closesHere = share > 0.6 && !here.some((q) => q.start < s.end && q.end > s.end);
    // Speech reported inside a whole quote ('"My father always said that was the worst.') is the quote speaker's
    // to tell: the speaker of the quote before, when there is one, is the source.
    // (A transcript's "PENCE: …" label or a dash signing a quote is no speech inside it.)
    const wholeInOne = here.some((q) => q.start <= s.tokens[0].end && q.end >= s.tokens[s.tokens.length - 1].start);
    const nested = wholeInOne && own.length > 0 && own.every((a) => a.cueText !== ':' && !isDashCredit(a) && isQuoted(here, a.cueStart, a.cueEnd));
    const inherited: Inheritance | null = own.length && !nested ? null : inheritedFrom(previous, text, s.start, { continuesQuote, closesHere, share });
    if (inherited) attributions = speakersOf(inherited.attributions).map((a) => ({ ...a, inherited: true }));
    // With no speaker before it, the quote waits for one named after it (inheritFromFollowing): "…” ― Pamela Padilla".
    else if (nested) attributions = [];
    // A transcript's or an interview's label ("WALLACE:", "A:") speaks for the rest of its paragraph.
    else if (!own.length && underLabel) attributions = labelled!.attributions.map((a) => ({ ...a, inherited: true }));
    const label = own.find(opensWithLabel);
    if (label) labelled = { line: s.line, attributions: [label], transcript: label.sourceText === label.sourceText.toUpperCase() && labelCounts(label.sourceText) >= 2 };
    else if (!underLabel) labelled = null;
    const block: boolean = !!inherited?.block;
    // What a transcript's speaker says after their label ("PENCE:", "A:", an interview's "Cole:" met again) is their
    // speech, as a quote is; not an interviewer's "Q:", nor a headline's or a copy's credit ("Sanders: …", "U.S. News: …").
    const speaker = speaksFor(labelled, s) ? labelled!.attributions[0] : undefined;
    // (A briefing's "QUESTION:" is a reporter's speech too.)
    const transcribed = (speaker?.sourceType === 'person' || speaker?.sourceType === 'anonymous') && (speaker.sourceText === speaker.sourceText.toUpperCase() || labelCounts(speaker.sourceText) >= 2);
    // (Past a paragraph's opening quote mark, as transcripts pasted into a story have it: '"PENCE: …⏎"But the truth is…'.)
    const words = transcribed ? s.tokens.find((t) => t.start >= speaker.cueEnd && !QUOTE_MARK.test(t.text)) : undefined;
    // (So is a paragraph quoted as a block after "Wes Streeting said:", without quote marks, as press releases print it.)
    const blockSpoken = block && !here.some((q) => q.end > s.start && q.start < s.end);
    const spoken = words && !isQuoted(here, words.start) ? [{ start: words.start, end: s.end }] : blockSpoken ? [{ start: s.start, end: s.end }] : [];
    // "They don't want you to know this.", "They say…" opening the story: a "they" with nothing before it to stand
    // for is anyone at all, a weasel.
    // (Not a "they" after the people it stands for: "Residents have vowed to fight plans, which they say…".)
    const opensWithThey = (a: Attribution) => /^they$/i.test(a.sourceText) && s.tokens[0]?.start === a.sourceStart;
    if (!sentences.some((x) => !x.boilerplate)) attributions = attributions.map((a) => (opensWithThey(a) && !isQuoted(here, a.sourceStart) ? { ...a, sourceType: 'weasel' } : a));
    const flags = classifySentence(s, { attributions, quotes: [...here, ...spoken] });
    sentences.push({ index: s.index, start: s.start, end: s.end, text: s.text, boilerplate: false, flags, attributions });
    // A speech tag between two quotes ('“…?” Graham asked. “Neither do I.”') carries the quote on.
    const tag = isSpeechTag(s, own, parsed[s.index - 1], quotes);
    if (tag) speechTags.add(s.index);
    // ('"I didn't want to see anyone."⏎What changed?⏎"My physio refused to give up on me."': an interviewer's question
    // alone on its line, between a speaker's quotes, hands the word back to the same speaker.)
    const asks = !own.length && share === 0 && previous?.quoted && s.line.trim() === s.text.trim() && /\?$/.test(s.text.trim());
    if (asks) continue;
    // A quote signed with a dash ("― Sonya Herridge") ends its vox pop: the next quote is someone else's.
    const signed = own.some(isDashCredit);
    previous = {
      attributions: signed ? [] : attributions.filter((a) => !a.inherited || continuesQuote || share > 0.6 || block),
      quoted: share > 0 || tag,
      introduces: introducesSpeech(text, s, attributions),
      block,
      end: s.end,
    };
  }
  inheritFromFollowing(text, sentences, parsed, quotes, speechTags);
  inheritFromSignatures(sentences, parsed, quotes, signatures);
  inheritFromLetters(sentences, parsed, quotes, letters);
  inheritInterviewAnswers(text, sentences, parsed, quotes);
  inheritOpeningQuotes(text, sentences, parsed, quotes);
  dropAnsweredQuestions(sentences);
  resolveSurnames(text, sentences);
  resolveHonouredNames(text, sentences);
  resolveParticleNames(text, sentences);
  resolveOneWordBodies(text, sentences);
  resolveShortBodyNames(text, sentences);
  resolveAcronyms(text, sentences);
  resolveShortOutletNames(text, sentences, outlet);
  resolveOutletMentions(sentences, outlet);
  resolveInterviewee(sentences);
  // "The senator" is named before pronouns are, so "he" after it is the senator too.
  resolveDefiniteMentions(sentences);
  resolveBodyMentions(sentences);
  resolvePronouns(sentences);
  syncInheritedReadings(sentences);
  return { sentences };
}
