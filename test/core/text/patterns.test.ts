import { alternation, escapeRegExp } from '../../../src/core/text/patterns';

describe('escapeRegExp and alternation', () => {
  it.each([
    ['U.S. News', 'U\\.S\\. News'],
    ['(R-Utah)', '\\(R-Utah\\)'],
    ['a+b?', 'a\\+b\\?'],
  ])('when the text is %j, escapes it to %j', (text, expected) => {
    expect(escapeRegExp(text)).toBe(expected);
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
  });

  it('when given words, matches each literally and nothing else', () => {
    const re = new RegExp(`^(?:${alternation(['U.S.', 'a|b'])})$`);
    expect(['U.S.', 'a|b'].map((w) => re.test(w))).toEqual([true, true]);
    expect(['UXSX', 'a', 'b'].map((w) => re.test(w))).toEqual([false, false, false]);
  });
});
