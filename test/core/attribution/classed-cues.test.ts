import { classedCue, isQuestion } from '../../../src/core/attribution/classed-cues';
import { parseText } from '../../../src/core/text/parse';
import { retagVerbs } from '../../../src/core/attribution/retag-verbs';

const tokensOf = (text: string) => retagVerbs(parseText(text)[0].tokens);

describe('classedCue', () => {
  it.each([
    ['The FBI director chastised Clinton.', 'chastised', 'The FBI director'],
    ['Troops to decide the matter arrived.', 'decide', null],
    ['So why do we tolerate it?', 'tolerate', null],
  ])('in %j, the subject holding a view with %j is %p', (text, verb, subject) => {
    const tokens = tokensOf(text);
    const span = classedCue(tokens, tokens.findIndex((t) => t.text === verb), false);
    expect(span && tokens.slice(span[0], span[1] + 1).map((t) => t.text).join(' ')).toBe(subject);
  });

  it('when the sentence already has a cue, reads none', () => {
    const tokens = tokensOf('The FBI director chastised Clinton.');
    expect(classedCue(tokens, 3, true)).toBeNull();
  });
});

describe('isQuestion', () => {
  it.each([
    ['Why now?', true],
    ['“Why now?”', true],
    ['It is now.', false],
  ])('%j is a question: %s', (text, question) => {
    expect(isQuestion(tokensOf(text))).toBe(question);
  });
});
