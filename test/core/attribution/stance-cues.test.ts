import { retagVerbs } from '../../../src/core/attribution/retag-verbs';
import { stanceNounCue, stanceStateCue } from '../../../src/core/attribution/stance-cues';
import { parseText } from '../../../src/core/text/parse';

/** The source and cue a stance finder reads at the token `word` of `text`, or null. */
function stanceAt(text: string, word: string, find: 'noun' | 'state'): [string, string] | null {
  const tokens = retagVerbs(parseText(text)[0].tokens);
  const k = tokens.findIndex((t) => t.text === word);
  const found = find === 'noun' ? stanceNounCue(tokens, k) : stanceStateCue(tokens, k);
  if (!found) return null;
  const end = 'noun' in found ? found.noun : found.end;
  const span = ([a, b]: [number, number]) => text.slice(tokens[a].start, tokens[b].end);
  return [span(found.source), span([k, end])];
}

describe('stanceNounCue', () => {
  it.each([
    ['Younger voters have expressed misgivings about the plan.', 'expressed', ['Younger voters', 'expressed misgivings']],
    ['She has no illusions about the race.', 'has', ['She', 'has no illusions']],
    ['The council raised taxes last year.', 'raised', null],
    ['The bill raised concern among farmers.', 'raised', null],
  ])('when reading %j at %s, finds %j', (text, word, expected) => {
    expect(stanceAt(text, word, 'noun')).toEqual(expected);
  });
});

describe('stanceStateCue', () => {
  it.each([
    ['Graham has been critical of Trump.', 'been', ['Graham', 'been critical of']],
    ['Republicans weren’t too concerned about this shift.', 'were', ['Republicans', 'weren’t too concerned about']],
    ['Kaine is a staunch opponent of the death penalty.', 'is', ['Kaine', 'is a staunch opponent of']],
    ['Many Democrats are afraid that turnout will be low.', 'are', ['Many Democrats', 'are afraid']],
    // No complement, no view holder, or no stance word: nothing.
    ['The crowd was angry.', 'was', null],
    ['The weather was critical for the harvest.', 'was', null],
    ['Trump was a candidate for president.', 'was', null],
  ])('when reading %j at %s, finds %j', (text, word, expected) => {
    expect(stanceAt(text, word, 'state')).toEqual(expected);
  });
});
