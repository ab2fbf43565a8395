import names from '../../generated/person-names.json';

const PERSON_NAMES: ReadonlySet<string> = new Set(names as string[]);

/**
 * Whether a capitalised word is a surname or given name the `compromise` lexicon knows ("Matthews", "Davies",
 * "Ellis"): one such word with a plural's "s" names a person, not people ("Ministers"). Generated at install
 * (scripts/generate-known-names.mjs).
 */
export function isKnownPersonName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && PERSON_NAMES.has(word.toLowerCase());
}
