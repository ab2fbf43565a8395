import type { ParsedToken } from '../text/parse';

/** A token as the word vectors spell it: lower case, straight quotes ("n’t" → "n't"). */
export const vectorKey = (t: ParsedToken) => t.lower.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/**
 * The tokens whose words the opinion model weighs: all but those inside quotes,
 * which are the speaker's words, not the writer's. The trainer and the
 * classifier both call this, so the model sees at run time what it learned on.
 */
export function opinionWords(tokens: ParsedToken[], quotes: { start: number; end: number }[]): ParsedToken[] {
  return tokens.filter((t) => !quotes.some((q) => t.start >= q.start && t.start < q.end));
}
