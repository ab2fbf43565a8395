import { classifySource } from '../attribution/source-type';
import type { QuoteSpan } from '../attribution/quotes';
import type { Attribution } from '../attribution/types';
import { isWriterOrReader } from '../attribution/words';
import type { ParsedSentence } from '../text/parse';
import type { AnalysedSentence } from './analyse-article';
import { fullNameOpening } from './article-names';
import { classifySentence, CLOSING_QUESTION } from './flags';

/** An interview's note that it was printed as spoken: "This interview has been edited for length and clarity." */
const EDITED_INTERVIEW = /\b(?:interview|conversation|exchange)\b[^.\n]{0,40}\b(?:edited|condensed)\b|\b(?:edited|condensed)(?: and (?:edited|condensed))? for (?:length|clarity|brevity)\b/i;

/** How far into the story the one interviewed is introduced: "Rachel Okafor worked on a Covid ward… We spoke about…". */
const INTRODUCED_WITHIN = 3;

const isPerson = (run: string) => classifySource(run).type === 'person';

/**
 * An interview printed as questions and answers with no labels ("How do you look back on that first wave?⏎It was
 * chaos."), which says so in its note ("This interview has been edited for length and clarity."): each answer, up to
 * the next question, is the words of the person the story introduced, as a quote is; its "I" is them, and whom the
 * answer cites stays cited. Nothing changes without the note: an explainer's questions are answered by its writer.
 */
export function inheritInterviewAnswers(text: string, sentences: AnalysedSentence[], parsed: ParsedSentence[], quotes: QuoteSpan[]): void {
  if (!EDITED_INTERVIEW.test(text)) return;
  const body = sentences.filter((s) => !s.boilerplate);
  const introduction = body.slice(0, INTRODUCED_WITHIN).map((s) => ({ s, name: fullNameOpening(s.text, isPerson) })).find((x) => x.name);
  if (!introduction) return;
  const at = text.indexOf(introduction.name!, introduction.s.start);
  const isQuestion = (s: AnalysedSentence) => CLOSING_QUESTION.test(s.text);
  let question: AnalysedSentence | null = null;
  let answered = false;
  for (const [i, s] of sentences.entries()) {
    // (A question stands alone on its line; the note closing the interview is the publication's.)
    const alone = isQuestion(s) && parsed[i].line.trim() === s.text.trim();
    if (alone) [question, answered] = [s, false];
    if (alone || !question || s.boilerplate || s.start < introduction.s.end || EDITED_INTERVIEW.test(s.text)) continue;
    const mark = question.start + question.text.lastIndexOf('?');
    // (An answer's first sentence cites the interviewee, as a transcript's label does; the rest of it carry that on.)
    const interviewee: Attribution = { sourceText: introduction.name!, sourceType: 'person', name: introduction.name!, sourceStart: at, sourceEnd: at + introduction.name!.length, cueText: '?', cueStart: mark, cueEnd: mark + 1, inherited: answered };
    answered = true;
    s.attributions = [interviewee, ...s.attributions.filter((a) => !a.inherited && !isWriterOrReader(a.sourceText))];
    s.flags = classifySentence(parsed[i], { attributions: s.attributions, quotes: [...quotes, { start: s.start, end: s.end }] });
  }
}
