/** A literal string as a regular expression matches it: "U.S. News" → "U\.S\. News". */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Literal words or phrases as one alternation, in the order given: "a|b\.c". */
export const alternation = (words: readonly string[]): string => words.map(escapeRegExp).join('|');
