import type { ParsedSentence } from '../text/parse';
import { adverbValence, HEDGES, INTENSIFIERS, OPINION_PHRASES, valence } from './lexicon';

/** Names of the features the opinion model weighs, in the order `opinionFeatures` returns them. */
export const OPINION_FEATURES = [
  'bias',
  'valencedAdjectives',
  'valencedAdverbs',
  'valencedOther',
  'strongValence',
  'intensifiers',
  'hedges',
  'obligationModals',
  'firstPerson',
  'secondPerson',
  'negations',
  'opinionPhrases',
  'comparison',
  'discourseMarkers',
  'numbers',
  'properNounShare',
  'adjectiveShare',
  'quoted',
  'reportingVerb',
  'questionOrExclamation',
  'logLength',
] as const;

const FIRST_PERSON = new Set(['i', 'we', 'us', 'our', 'ours', 'my', 'me', 'myself', 'ourselves']);
const SECOND_PERSON = new Set(['you', 'your', 'yours']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nothing', 'nobody', 'neither', 'nor', 'cannot']);
const OBLIGATION = new Set(['should', 'must', 'ought', 'need', 'needs']);
const DISCOURSE = new Set(['but', 'however', 'indeed', 'despite', 'regardless', 'yet', 'clearly', 'importantly', 'surely', 'obviously', 'fact', 'truly', 'simply', 'merely', 'only', 'even', 'rather', 'instead']);
const COMPARISON = /\b(?:more|most|less|least|better|best|worse|worst|than ever)\b|\w+est\b/gi;
const REPORTING = new Set(['say', 'tell', 'state', 'announce', 'report', 'according', 'claim', 'add', 'note', 'confirm']);
const HEDGE_SET = new Set(HEDGES.filter((h) => !h.includes(' ')));

/** The feature vector of one sentence for the opinion model; pure and cheap (no second parse). */
export function opinionFeatures(s: ParsedSentence): number[] {
  const words = s.tokens.filter((t) => t.pos !== 'PUNCT');
  const n = Math.max(1, words.length);
  let adjectives = 0;
  let adverbs = 0;
  let other = 0;
  let strong = 0;
  let intens = 0;
  let hedges = 0;
  let obligation = 0;
  let first = 0;
  let second = 0;
  let negations = 0;
  let discourse = 0;
  let numbers = 0;
  let proper = 0;
  let adjectiveCount = 0;
  let reporting = 0;
  for (const t of s.tokens) {
    const v = t.pos === 'ADV' ? adverbValence(t.lower) : valence(t.lower);
    if (t.pos === 'ADJ') adjectiveCount++;
    if (v !== 0) {
      if (t.pos === 'ADJ') adjectives++;
      else if (t.pos === 'ADV') adverbs++;
      else other++;
      if (Math.abs(v) >= 3) strong++;
    }
    if (INTENSIFIERS.has(t.lower)) intens++;
    if (HEDGE_SET.has(t.lower)) hedges++;
    if (OBLIGATION.has(t.lower)) obligation++;
    if (FIRST_PERSON.has(t.lower)) first++;
    if (SECOND_PERSON.has(t.lower)) second++;
    if (NEGATIONS.has(t.lower)) negations++;
    if (DISCOURSE.has(t.lower)) discourse++;
    if (t.pos === 'NUM' || /\d/.test(t.text)) numbers++;
    if (t.pos === 'PROPN') proper++;
    if (REPORTING.has(t.lemma)) reporting++;
  }
  const quoted = /[“”"]/.test(s.text) ? 1 : 0;
  return [
    1,
    adjectives,
    adverbs,
    other,
    strong,
    intens,
    hedges,
    obligation,
    first,
    second,
    negations,
    OPINION_PHRASES.filter((re) => re.test(s.text)).length,
    s.text.match(COMPARISON)?.length ?? 0,
    discourse,
    numbers,
    proper / n,
    adjectiveCount / n,
    quoted,
    reporting > 0 ? 1 : 0,
    /[?!]["”’]?\s*$/.test(s.text) ? 1 : 0,
    Math.log(n),
  ];
}

/** Logistic model: probability that the sentence states the writer's own view. */
export function opinionProbability(features: number[], weights: readonly number[]): number {
  const z = features.reduce((sum, x, i) => sum + x * (weights[i] ?? 0), 0);
  return 1 / (1 + Math.exp(-z));
}
