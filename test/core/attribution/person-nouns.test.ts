import { isAgentNoun, personNoun } from '../../../src/core/attribution/person-nouns';

describe('personNoun', () => {
  it.each([
    ['physician', 'singular'],
    ['physicians', 'plural'],
    ['candidates', 'plural'],
    ['women', 'plural'],
    ['secretaries', 'plural'],
    ['gunmen', 'plural'],
    // People as news counts them, by a sense WordNet files elsewhere.
    ['troops', 'plural'],
    ['medics', 'plural'],
    // A compound WordNet lacks, by its head of five letters or more.
    ['headteachers', 'plural'],
    ['shopworker', 'singular'],
    // ("inventories" holds "tories", a head of four letters.)
    ['inventories', undefined],
    // Not people, or a name.
    ['netherlands', undefined],
    ['company', undefined],
    ['states', undefined],
    ['yemen', undefined],
    ['Physician', undefined],
  ])('reads %j as %j', (word, number) => {
    expect(personNoun(word)).toBe(number);
  });
});

describe('isAgentNoun', () => {
  it.each([
    ['forecaster', true],
    ['photographer', true],
    ['commentator', true],
    // First names and surnames first, whatever else they mean; and nouns made from no verb.
    ['victor', false],
    ['walker', false],
    ['carter', false],
    ['physician', false],
  ])('reads %j as %j', (word, agent) => {
    expect(isAgentNoun(word)).toBe(agent);
  });
});
