import type { ParsedToken } from '../text/parse';
import { JUDGING_VERBS, SIGNALLING_VERBS, STRONG_CUES, WEAK_CUES } from './cues';
import { classifySource, isNamedStorm } from './source-type';
import { adverbsBefore, isListedCue, PERSONAL, word } from './words';

// Who a cue's subject can be, and where a cue starts: the checks every cue rule shares.

/** What a paper "can reveal": its own reporting, "can" and all. */
const REVEALED = new Set(['reveal', 'disclose', 'confirm', 'report']);
/** Auxiliaries that belong to the cue they precede. */
const CUE_AUXILIARY = new Set(['has', 'have', 'had', 'did', 'does', 'not', "n't", 'also']);
/** The kind of source the tokens of `span` name, as the span's words read. */
export const sourceTypeOf = (tokens: ParsedToken[], [start, end]: [number, number], articleOutlet: string | null = null) =>
  classifySource(spanText(tokens, start, end), articleOutlet).type;

/** The words of tokens start…end as written, spaced where the text is: "Moody's", "Ban Ki-moon". */
function spanText(tokens: ParsedToken[], start: number, end: number): string {
  let text = tokens[start].text;
  for (let i = start + 1; i <= end; i++) text += (tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].text;
  return text;
}

/**
 * A subject that names someone: a proper noun in it, or a personal pronoun
 * alone; for a listed cue, also a document ("a new poll shows…", "The ad then
 * references…").
 */
export function namedSubject(tokens: ParsedToken[], [start, end]: [number, number], lemma: string): boolean {
  const span = tokens.slice(start, end + 1);
  // ("Hurricane Delia slammed the coast", "Storm Ciarán lashed…": a named storm takes no stance.)
  if (span.length > 1 && isNamedStorm(`${span[0].text} ${span[1].text} ${span[2]?.text ?? ''}`)) return false;
  if (span.some((t) => t.pos === 'PROPN') || (span.length === 1 && PERSONAL.has(span[0].lower))) return true;
  return isListedCue(lemma) && sourceTypeOf(tokens, [start, end]) === 'document';
}

/**
 * "His advisers have suggested…", "analysts agreed…": unnamed people say and
 * think things too, with a verb of saying or thinking, or take a stance in
 * words, as bodies do; what they do ("officers attacked the crowd") is no report. One person
 * named by role ("the woman disputes…", "the president declined…") takes
 * stances as a name does.
 */
export function peopleSubject(tokens: ParsedToken[], [start, end]: [number, number], lemma: string): boolean {
  const type = sourceTypeOf(tokens, [start, end]);
  if (type === 'person') return true;
  // ("The company rejected the claims", "The union condemned the cuts": a body judges in words as people do;
  // so do people left vague: "Critics dispute this reading".)
  // (And let a stance be known: "as policymakers signalled they wanted more evidence".)
  if ((JUDGING_VERBS.has(lemma) || SIGNALLING_VERBS.has(lemma)) && (type === 'anonymous' || type === 'organisation' || type === 'weasel')) return true;
  if (!WEAK_CUES.has(lemma) && !STRONG_CUES.has(lemma)) return false;
  return type === 'anonymous' || type === 'weasel';
}

/**
 * People or a document hold a view; a state or a company acting ("China
 * cares little", "China seeks stability", "Chinese state-owned companies
 * signed") is the writer's claim about it, which stays unsourced.
 */
export function holdsAView(tokens: ParsedToken[], [start, end]: [number, number]): boolean {
  return VIEW_HOLDERS.has(sourceTypeOf(tokens, [start, end]));
}
/** People, named or not ("Republicans", "critics"), and documents. */
const VIEW_HOLDERS = new Set(['person', 'document', 'anonymous', 'weasel']);

const RAISING = new Set(['appear', 'seem', 'continue', 'begin', 'start']);

/** Where a cue starts: "has not said", "did not respond", "also said", "appeared to suggest". */
export function cueStartOf(tokens: ParsedToken[], k: number): number {
  let start = k;
  // "he appeared to suggest", "continued to call for": the verb the cue hangs on is part of it.
  if (tokens[k - 1]?.lower === 'to' && RAISING.has(tokens[k - 2]?.lemma ?? '')) start = k - 2;
  // "Ham went on to explain": going on to speak.
  else if (tokens[k - 1]?.lower === 'to' && tokens[k - 2]?.lower === 'on' && tokens[k - 3]?.lemma === 'go') start = k - 3;
  // "ministers keep telling us", "Trump kept saying", "she continued insisting": speaking again and again.
  else if (/ing$/.test(tokens[k].lower) && /^(?:keep|continue)$/.test(tokens[k - 1]?.lemma ?? '')) start = k - 1;
  // "The Telegraph can reveal", "The Sun can exclusively disclose": a paper's formula for its own reporting.
  if (REVEALED.has(tokens[k].lemma) && tokens[adverbsBefore(tokens, k - 1)]?.lower === 'can') start = adverbsBefore(tokens, k - 1);
  // "did not immediately respond": past the adverbs between an auxiliary and its verb, too.
  for (;;) {
    const before = start > 0 && CUE_AUXILIARY.has(word(tokens[start - 1])) ? start - 1 : adverbsBefore(tokens, start - 1);
    if (before < 0 || !CUE_AUXILIARY.has(word(tokens[before]))) break;
    start = before;
  }
  // Never from inside a word: "isn’t saying", not "n’t saying".
  if (start > 0 && tokens[start].pos === 'PART' && tokens[start - 1].end === tokens[start].start) start--;
  return start;
}

/** How a source a passive hides is shown. */
export const NOT_NAMED = 'not named';

/**
 * A passive that hides who speaks ("Mr. Quiros was accused of…"): a weasel
 * whose source span is its cue, the verb group standing in for the unnamed speaker.
 */
export function hidesSpeaker(a: { sourceType: string; sourceStart: number; sourceEnd: number; cueStart: number | null; cueEnd: number | null }): boolean {
  return a.sourceType === 'weasel' && a.sourceStart === a.cueStart && a.sourceEnd === a.cueEnd;
}
