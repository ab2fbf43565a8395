/** A literal string as a regular expression matches it: "U.S. News" → "U\.S\. News". */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Literal words or phrases as one alternation, in the order given: "a|b\.c". */
export const alternation = (words: readonly string[]): string => words.map(escapeRegExp).join('|');

/**
 * A table keyed by words, with no prototype: looking up "constructor" or "__proto__" in it finds nothing, where a
 * plain object would give Object.prototype's member.
 */
export const wordTable = <T>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, entries);
