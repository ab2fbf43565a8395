/** A literal string as a regular expression matches it: "U.S. News" → "U\.S\. News". */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Literal words or phrases as one alternation, in the order given: "a|b\.c". */
export const alternation = (words: readonly string[]): string => words.map(escapeRegExp).join('|');

/** Abbreviations whose stop is their own, never the sentence's: "Acme Inc.", "Dept.", "Maj. Gen.". */
const OWN_STOP = /\b(?:Inc|Ltd|Corp|Bros|Dept|Univ|Assn|Ave|Gen|Col|Sgt|Capt|Gov|Sen|Rep|Mrs|Prof)$/;

/**
 * A name without the sentence's full stop that the tokenizer left on its last word, as it does on a word it takes for
 * an abbreviation ("…, said Ariana Huichapa.", "told The Sun."); an abbreviation keeps its own ("Acme Inc.", "U.S.").
 */
/** Words set in capitals, as names are written: "JEAN-PIERRE" → "Jean-Pierre", "O'BRIEN" → "O'Brien"; words in lower case stay. */
export const inNameCase = (text: string): string => text.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());

export const withoutSentenceStop = (text: string): string => (/\p{Ll}{2}\.$/u.test(text) && !OWN_STOP.test(text.slice(0, -1)) ? text.slice(0, -1) : text);

/**
 * A table keyed by words, with no prototype: looking up "constructor" or "__proto__" in it finds nothing, where a
 * plain object would give Object.prototype's member.
 */
export const wordTable = <T>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, entries);
