import { diffPassage, renderDiff } from '../../../src/core/reuse/word-diff';

describe('diffPassage', () => {
  it.each([
    ['China is prepared to recognize', 'China is reportedly prepared to recognize', 'China is {+reportedly +}prepared to recognize'],
    ['overrun 10 major provincial capitals', 'overrun half of the 34 provincial capitals', 'overrun [-10 major -]{+half of the 34 +}provincial capitals'],
    ['the same words', 'the same words', 'the same words'],
  ])('when the source is %p and the copy %p, marks %p', (source, copy, rendered) => {
    expect(renderDiff(diffPassage(source, copy)!)).toBe(rendered);
  });
});
