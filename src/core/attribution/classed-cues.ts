import type { ParsedToken } from '../text/parse';
import { skipPartyTag, subjectBefore } from './noun-phrases';
import { closesApposition, reportsNothing } from './other-senses';
import { cueStartOf, holdsAView, namedSubject } from './speakers';
import { verbClass } from './verb-classes';
import { isDocumentWord } from './source-type';
import { adverbsBefore, BE, DOCUMENT_MAKING, isAskedAbout, isWriterOrReader, qualifiesNoun, QUOTE_MARK } from './words';

/** What a finite verb form follows: its subject, an auxiliary or an adverb. */
const VERB_FOLLOWS = new Set(['AUX', 'PRON', 'PROPN', 'NOUN', 'ADV']);

/**
 * The named subject of a verb that WordNet files under communication,
 * cognition or emotion, when the sentence has no other cue yet. An infinitive
 * or passive ("to decide", "was chosen") and a participle used as an adjective
 * or opening a clause ("the supposed", "Speaking at…") speak for no one.
 * The caller has already left out verbs inside quotes.
 */
export function classedCue(tokens: ParsedToken[], k: number, sentenceHasCue: boolean): [number, number] | null {
  const verb = tokens[k];
  if (sentenceHasCue || verb.pos !== 'VERB' || !verbClass(verb.lemma) || reportsNothing(tokens, k)) return null;
  const before = tokens[k - 1];
  // "are heavily contesting Ohio": past adverbs, a form of "be" makes it no report.
  if (before && (before.lower === 'to' || BE.has(tokens[adverbsBefore(tokens, k - 1)]?.lower ?? ''))) return null;
  // What the verb follows, past a party tag: "Claire McCaskill (D-Mo.) scolded".
  const subjectEnd = tokens[skipPartyTag(tokens, k - 1)];
  // After the comma closing an apposition, a past tense is the subject's verb: "Marcia Price, a
  // delegate, shouted"; not ", encouraging…". A party tag before a comma is skipped above.
  const afterApposition = /ed$/.test(verb.lower) && before?.text === ',' && closesApposition(tokens, k - 1);
  if (/(?:ing|ed)$/.test(verb.lower) && !(subjectEnd && VERB_FOLLOWS.has(subjectEnd.pos)) && !afterApposition) return null;
  // A participle qualifying its noun reports nothing, unless it is a feeling the noun's people hold ("Americans worried about…").
  if (qualifiesNoun(tokens, k) && verbClass(verb.lemma) !== 'emotion') return null;
  // ("Documents filed with the court show…": a document's making, whatever the tagger makes of its capital.)
  if (DOCUMENT_MAKING.includes(verb.lower) && isDocumentWord(before?.lower ?? '')) return null;
  const src = subjectBefore(tokens, cueStartOf(tokens, k));
  // ("Asked if he regretted the decision, he said…": what is asked about is no one's view.)
  if (!src || isAskedAbout(tokens, src[0]) || !namedSubject(tokens, src, verb.lemma)) return null;
  // "all the experts I interviewed said…": a relative clause without "that" inside the subject describes its noun.
  const main = tokens[k + 1];
  if (src[0] === src[1] && tokens[src[0]].pos === 'PRON' && tokens[src[0] - 1]?.pos === 'NOUN' && (main?.pos === 'VERB' || main?.pos === 'AUX')) return null;
  // "So why do we tolerate it?", "Do you know where…?": the writer asking, not a view reported; so is anyone's view put
  // as a yes-or-no question ("Did she ever feel she was failing?").
  if (isQuestion(tokens) && ((src[0] === src[1] && isWriterOrReader(tokens[src[0]].text)) || /^(?:did|does|do|is|was|are|were|has|have|had)$/.test(tokens[0].lower))) return null;
  return holdsAView(tokens, src) ? src : null;
}

/** A sentence that ends with a question mark, inside a closing quote or not. */
export function isQuestion(tokens: ParsedToken[]): boolean {
  const last = tokens.findLast((t) => !QUOTE_MARK.test(t.text));
  return last?.text === '?';
}
