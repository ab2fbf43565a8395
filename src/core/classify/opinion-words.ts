import { isQuoted } from '../attribution/quotes';
import type { ParsedToken } from '../text/parse';

const CURLY = /[‘’“”]/;

/** A token as the word vectors spell it: lower case, straight quotes ("n’t" → "n't"). */
export const vectorKey = (t: ParsedToken) => (CURLY.test(t.lower) ? t.lower.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : t.lower);

/**
 * Whether the opinion model weighs a token: not when it is inside a quote,
 * since quoted words are the speaker's, not the writer's. The trainer and the
 * classifier both ask this, so the model sees at run time what it learned on.
 */
export const countsForOpinion = (t: ParsedToken, quotes: { start: number; end: number }[]) => !isQuoted(quotes, t.start);
