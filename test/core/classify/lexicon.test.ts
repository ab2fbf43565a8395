import { isJudgingWord, valence } from '../../../src/core/classify/lexicon';

describe('valence', () => {
  it.each([
    ['disaster', -2],
    ['paltry', -2],
    ['laudable', 2],
    ['table', 0],
    // Words that are keys of every object's prototype are no words of the lexicon.
    ['constructor', 0],
    ['tostring', 0],
    ['__proto__', 0],
  ])('of %j is %d', (word, expected) => {
    expect(valence(word)).toBe(expected);
  });

  it('reads only its own verdict words as judging', () => {
    expect([isJudgingWord('shambolic'), isJudgingWord('constructor'), isJudgingWord('disaster')]).toEqual([true, false, false]);
  });
});
