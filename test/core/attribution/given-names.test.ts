import { sexOfFullName } from '../../../src/core/attribution/given-names';

describe('sexOfFullName', () => {
  it.each([
    ['Sarah Jenkins', 'female'],
    ['Donald Trump', 'male'],
    ['Anne Smith-Jones', 'female'],
    ['Jack Ma', 'male'],
    // Family name first: a Chinese name in pinyin, a Taiwanese or Korean one with a hyphenated given name.
    ['Xi Jinping', 'unknown'],
    ['Wang Yi', 'unknown'],
    ['Li Qiang', 'unknown'],
    ['Lai Ching-te', 'unknown'],
    ['Moon Jae-in', 'unknown'],
    // One word tells no given name.
    ['Sarah', 'unknown'],
  ])('%s → %s', (name, sex) => {
    expect(sexOfFullName(name)).toBe(sex);
  });
});
