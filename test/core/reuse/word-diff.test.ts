import { diffPassage, renderDiff } from '../../../src/core/reuse/word-diff';

describe('diffPassage', () => {
  it.each([
    ['China is prepared to recognize', 'China is reportedly prepared to recognize', 'China is {+reportedly +}prepared to recognize'],
    ['overrun 10 major provincial capitals', 'overrun half of the 34 provincial capitals', 'overrun [-10 major -]{+half of the 34 +}provincial capitals'],
    ['the same words', 'the same words', 'the same words'],
    // "U.S." is one word: its full stops never pair with a sentence's last one.
    ['the insurgent network, according to multiple U.S. and foreign sources.', 'the Islamist insurgents.', 'the [-insurgent network, according to multiple U.S. and foreign sources-]{+Islamist insurgents+}.'],
    ['nearly two-thirds of 1,000 towns', 'nearly two-fifths of 1,000 towns', 'nearly [-two-thirds-]{+two-fifths+} of 1,000 towns'],
  ])('when the source is %p and the copy %p, marks %p', (source, copy, rendered) => {
    expect(renderDiff(diffPassage(source, copy)!)).toBe(rendered);
  });
});
