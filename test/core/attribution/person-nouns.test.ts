import { personNoun } from '../../../src/core/attribution/person-nouns';

describe('personNoun', () => {
  it.each([
    ['physician', 'singular'],
    ['physicians', 'plural'],
    ['candidates', 'plural'],
    ['women', 'plural'],
    ['secretaries', 'plural'],
    // Not people, or a name.
    ['company', undefined],
    ['states', undefined],
    ['Physician', undefined],
  ])('reads %j as %j', (word, number) => {
    expect(personNoun(word)).toBe(number);
  });
});
