import type { QuoteSpan } from '../attribution/quotes';
import { classifySource, isTitleOrParty, surnameOf } from '../attribution/source-type';
import type { Attribution } from '../attribution/types';
import { countSpaced } from '../text/normalise';
import { isStopWord, type ParsedSentence } from '../text/parse';
import type { AnalysedSentence } from './analyse-article';
import { classifySentence } from './flags';

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
  return own.some((a) => !a.inherited) && countSpaced(s.text) <= 12 && quotedShare(s, quotes) === 0 && !!before && quotedShare(before, quotes) > 0.8;
}

/**
 * A quote opened in an unattributed sentence and closed in an attributed one
 * takes the speaker named at its end, as does a quote before a speech tag
 * (indices in `speechTags`). `parsed[i]` is the parse of `sentences[i]`.
 */
export function inheritFromFollowing(sentences: AnalysedSentence[], parsed: ParsedSentence[], quotes: QuoteSpan[], speechTags: Set<number>): void {
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
export function inheritOpeningQuotes(text: string, sentences: AnalysedSentence[], parsed: ParsedSentence[], quotes: QuoteSpan[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    const before = sentences[i - 1];
    if (s.boilerplate || s.attributions.length || before.boilerplate || !before.attributions.length) continue;
    if (text.slice(before.end, s.start).includes('\n') || quotedShare(parsed[i], quotes) <= 0.6) continue;
    s.attributions = speakersOf(before.attributions).map((a) => ({ ...a, inherited: true }));
    s.flags = classifySentence(parsed[i], { attributions: s.attributions, quotes });
  }
}

/** Pronouns for one other person; "I" and "we" outside quotes are the writer (inside them, the quote's speaker is the source). */
const PRONOUN = /^(?:he|she)$/i;

/**
 * "he noted" after "wrote Derek Grossman": the pronoun takes the last named
 * person's name and role, unless another person has been named since ("Her
 * neighbour, Tom Reyes, nodded. … he said"): with no way to tell which one is
 * meant, the pronoun stays unnamed rather than take the wrong name.
 */
export function resolvePronouns(sentences: AnalysedSentence[]): void {
  let lastPerson: Attribution | null = null;
  for (const s of sentences) {
    if (lastPerson && !s.attributions.length && namesAnotherPerson(s.text, lastPerson.name!)) lastPerson = null;
    for (const a of s.attributions) {
      if (a.sourceType !== 'person') continue;
      if (a.name) lastPerson = a;
      else if (PRONOUN.test(a.sourceText) && lastPerson) Object.assign(a, { name: lastPerson.name, role: lastPerson.role, organisation: lastPerson.organisation });
    }
  }
}

/** Whether a sentence names a person other than `name` (by full name): "Her neighbour, Tom Reyes, nodded." */
function namesAnotherPerson(text: string, name: string): boolean {
  const surname = surnameOf(name);
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu)) {
    if (surname && m[0].endsWith(surname)) continue;
    if (classifySource(m[0]).type === 'person') return true;
  }
  return false;
}

/** "the person", "the officials": an unnamed source mentioned again, by its noun alone. */
const DEFINITE_MENTION = /^the (person|people|official|officials|source|sources|aide|aides|diplomat|diplomats|insider|insiders|officer|officers)$/i;
const singular = (noun: string) => (noun === 'people' ? 'person' : noun.replace(/s$/, ''));

/**
 * "The person said…" after "A person with knowledge of the matter, who spoke
 * on condition of anonymity, said…": the unnamed source introduced before, so
 * both citations are one source (the span itself stays as the sentence has it).
 */
export function resolveDefiniteMentions(sentences: AnalysedSentence[]): void {
  const introduced = new Map<string, string>();
  for (const a of sentences.flatMap((s) => s.attributions)) {
    if (a.sourceType !== 'anonymous' || a.inherited) continue;
    const mention = DEFINITE_MENTION.exec(a.sourceText.trim());
    if (mention) {
      const antecedent = introduced.get(singular(mention[1].toLowerCase()));
      if (antecedent) a.name = antecedent;
      continue;
    }
    // An introduction: "a person with knowledge…", "three people familiar with the vote", "two officials".
    const head = /^(?:an?|one|two|three|four|five|several|some|\d+)\s+(?:[\p{L}-]+\s+){0,3}?(person|people|officials?|sources?|aides?|diplomats?|insiders?|officers?)\b/iu.exec(a.sourceText.trim());
    if (head) introduced.set(singular(head[1].toLowerCase()), a.name ?? a.sourceText);
  }
}

/** A title, a party or a word of office before a name: "President", "Mr.", "Democrat", "Former", "First Lady". */
const notAFirstName = (word: string) => isTitleOrParty(word) || /^(?:Former|Vice|First|Lady)$/.test(word);

/**
 * The one full name the article gives a surname: "Mr. Clarke said" after "a
 * man named Tom Clarke" is Tom Clarke, so every citation of him is one
 * source. Of two full names ("Donald Trump", "Ivanka Trump") it is the one the
 * article cites; when it cites both or neither ("Bill Clinton", "Hillary
 * Clinton") the surname stays as it is. Middle initials count as the same name.
 */
export function resolveSurnames(text: string, sentences: AnalysedSentence[]): void {
  const single = sentences.flatMap((s) => s.attributions).filter((a) => a.sourceType === 'person' && a.name && /^\p{Lu}[\p{L}'’-]+$/u.test(a.name));
  if (!single.length) return;
  // One pass over the text: each capitalised run's last word, with the given names before it.
  const fullNames = new Map<string, Set<string>>();
  // A name stays on one line: "…in Geneva⏎⏎Trump said" is not a Geneva Trump.
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]+(?:[^\S\n]+(?:\p{Lu}\.[^\S\n]+)?\p{Lu}[\p{L}'’-]+)+/gu)) {
    const words = m[0].split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
    const surname = words.pop()!;
    const given = words.slice(-2);
    while (given.length && (notAFirstName(given[0]) || isStopWord(given[0].toLowerCase()))) given.shift();
    if (!given.length || given.some(notAFirstName)) continue;
    if (!fullNames.has(surname)) fullNames.set(surname, new Set());
    fullNames.get(surname)!.add(`${given.join(' ')} ${surname}`);
  }
  // Of several full names ("Donald Trump", "Ivanka Trump"), the one the article cites as a source.
  const cited = new Set(sentences.flatMap((s) => s.attributions).map((a) => a.name));
  for (const a of single) {
    const found = [...(fullNames.get(a.name!) ?? [])];
    const speaking = found.filter((n) => cited.has(n));
    if (found.length === 1 || speaking.length === 1) a.name = found.length === 1 ? found[0] : speaking[0];
    // A family name written first ("Mao said" after "spokesperson Mao Ning said"): the one cited two-word name it opens.
    if (!found.length) {
      const familyFirst = [...cited].filter((n) => n && n.split(' ').length === 2 && n.startsWith(`${a.name} `));
      if (familyFirst.length === 1) a.name = familyFirst[0];
    }
  }
}
