import lexicon from '../../generated/opinion-lexicon.json';
import type { ParsedToken } from '../text/parse';
import { valence } from './lexicon';
import model from './opinion-model.json';
import { opinionWords, vectorKey } from './opinion-words';

/** Each word's pull towards opinion (direction · word vector), built at install from the word vectors. */
const SCORES = new Map<string, number>(Object.entries(lexicon as Record<string, number>));
/**
 * A word a reader can see judging: an adjective or adverb, or a word with a
 * valence ("brutality", "scrambling"); topic words the model leans on
 * ("marble", "drone") are never shown as a reason.
 */
const canJudge = (t: ParsedToken) => t.pos === 'ADJ' || t.pos === 'ADV' || ((t.pos === 'NOUN' || t.pos === 'VERB') && valence(t.lower) !== 0);
const MAX_CUES = 3;

export interface OpinionEvidence {
  /** 0..1: the model's probability that the sentence states the writer's own view. */
  probability: number;
  /** The words that pull hardest towards opinion, strongest first (at most three). */
  cues: ParsedToken[];
}

/**
 * The opinion model over one sentence: logistic regression on the mean word
 * vector of its words outside quotes (trained by `npm run train:opinion` on
 * NewsSD-ENG), read through per-word scores. A word is a cue when it alone
 * would tip the sentence to opinion (its score exceeds −bias) and can judge
 * (an adjective, an adverb, or a word with a valence). Unknown words
 * are skipped; a sentence all in quotes gets probability 0. Cost: one map
 * look-up a token.
 */
export function opinionEvidence(tokens: ParsedToken[], quotes: { start: number; end: number }[]): OpinionEvidence {
  const scored = opinionWords(tokens, quotes).flatMap((t) => {
    const score = SCORES.get(vectorKey(t));
    return score === undefined ? [] : [{ t, score }];
  });
  if (!scored.length) return { probability: 0, cues: [] };
  const logit = model.bias + scored.reduce((s, w) => s + w.score, 0) / scored.length;
  const cues = scored
    .filter((w) => w.score > -model.bias && canJudge(w.t))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_CUES)
    .map((w) => w.t);
  return { probability: 1 / (1 + Math.exp(-logit)), cues };
}
