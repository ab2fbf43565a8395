import { isQuoted } from '../attribution/quotes';
import type { ParsedToken } from '../text/parse';

const CURLY = /[‘’“”]/;

/** A token as the word vectors spell it: lower case, straight quotes ("n’t" → "n't"). */
export const vectorKey = (t: ParsedToken) => (CURLY.test(t.lower) ? t.lower.replace(/[‘’]/g, "'").replace(/[“”]/g, '"') : PLUS_NAME.test(t.lower) ? t.lower.slice(0, -1) : t.lower);
/** "lgbtq+", "opec+": the parse keeps the plus on the name; the word vectors know the name without it. */
const PLUS_NAME = /^[\p{L}\p{N}].*\+$/u;

/**
 * Whether the opinion model weighs a token: not when it is inside a quote,
 * since quoted words are the speaker's, not the writer's. The trainer and the
 * classifier both ask this, so the model sees at run time what it learned on.
 */
export const countsForOpinion = (t: ParsedToken, quotes: { start: number; end: number }[]) => !isQuoted(quotes, t.start);
