import { retagVerbs } from '../../../src/core/attribution/retag-verbs';
import { speechActCue, stanceNounCue, stanceStateCue } from '../../../src/core/attribution/stance-cues';
import { parseText } from '../../../src/core/text/parse';

/** The source and cue a stance finder reads at the token `word` of `text`, or null. */
function stanceAt(text: string, word: string, find: 'noun' | 'state' | 'speech'): [string, string] | null {
  const tokens = retagVerbs(parseText(text)[0].tokens);
  const k = tokens.findIndex((t) => t.text === word);
  const found = find === 'noun' ? stanceNounCue(tokens, k) : find === 'speech' ? speechActCue(tokens, k) : stanceStateCue(tokens, k);
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
    // A plea stated again, past its possessor; renewing anything else states no view.
    ['Zelenskyy renewed his appeal for more air defences.', 'renewed', ['Zelenskyy', 'renewed his appeal']],
    ['The bishop voiced a call for calm.', 'voiced', ['The bishop', 'voiced a call']],
    ["Russia's annexation of Crimea renewed fears in Europe.", 'renewed', null],
    ['The firm has a call with investors on Monday.', 'has', null],
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
    ['Investors remain cautious about the outlook.', 'remain', ['Investors', 'remain cautious about']],
    ["Arteta was full of praise for Maresca's side.", 'was', ['Arteta', 'was full of praise for']],
    ['The room was full of people.', 'was', null],
    // A view held needs no complement closing the sentence; a feeling does.
    ['Some doctors remain skeptical.', 'remain', ['Some doctors', 'remain skeptical']],
    ['Others were less convinced.', 'were', ['Others', 'were less convinced']],
    // (Tagged a verb, "divided", "split": a view held by people, closing the sentence or before what it is held on.)
    ['Economists are divided.', 'are', ['Economists', 'are divided']],
    ['Experts are split on whether it works.', 'are', ['Experts', 'are split on']],
    ['The road is divided.', 'is', null],
    // No complement, no view holder, or no stance word: nothing.
    ['The crowd was angry.', 'was', null],
    ['The weather was critical for the harvest.', 'was', null],
    ['Trump was a candidate for president.', 'was', null],
  ])('when reading %j at %s, finds %j', (text, word, expected) => {
    expect(stanceAt(text, word, 'state')).toEqual(expected);
  });
});

describe('speechActCue', () => {
  it.each([
    ['The ministry issued a statement condemning the attack.', 'issued', ['The ministry', 'issued a statement']],
    ['Obama gave a speech on the economy.', 'gave', ['Obama', 'gave a speech']],
    ['Mr. Obama has previously made the case for Mrs. Clinton.', 'made', ['Mr. Obama', 'made the case']],
    // Speech placed after it was reported, no speaker, or no speech: nothing.
    ['Trump made the comments Friday during a brief appearance.', 'made', null],
    ['It sends a clear message that elites need not obey.', 'sends', null],
    ['The company made a profit last year.', 'made', null],
    ['The court of appeals sent the case back to the district court.', 'sent', null],
    // A passive's subject received the speech.
    ['About 1,200 patients were sent letters containing the wrong results.', 'sent', null],
    ['He was given a warning by police.', 'given', null],
    ['Residents have since been sent a letter.', 'sent', null],
  ])('when reading %j at %s, finds %j', (text, word, expected) => {
    expect(stanceAt(text, word, 'speech')).toEqual(expected);
  });
});
