import { splitSentences } from '../../../src/core/text/sentences';

describe('splitSentences', () => {
  it.each([
    ['U.S. News has learned this. China said no more.', ['U.S. News has learned this.', 'China said no more.']],
    ['Mr. Smith went to Washington on Jan. 5 with Dr. Jones. He said so.', ['Mr. Smith went to Washington on Jan. 5 with Dr. Jones.', 'He said so.']],
    ['The U.S. Army said it had left. Officials agreed.', ['The U.S. Army said it had left.', 'Officials agreed.']],
    ['J. K. Rowling wrote it. “Was it good?” Nobody knows.', ['J. K. Rowling wrote it.', '“Was it good?”', 'Nobody knows.']],
    ['It rose 3.5 percent. 2021 was worse.', ['It rose 3.5 percent.', '2021 was worse.']],
    ['Headline without a stop\nFirst sentence. Second one', ['Headline without a stop', 'First sentence.', 'Second one']],
    ['Plessy v. Ferguson was decided in 1896.', ['Plessy v. Ferguson was decided in 1896.']],
    ['He voted no. Trump said so. It was ranked No. 1 and Nos. 3 and 4.', ['He voted no.', 'Trump said so.', 'It was ranked No. 1 and Nos. 3 and 4.']],
    // A book's short name before its chapter and verse; a man called Matt ends his sentence.
    ['Jesus warned in Matt. 24:6-7 that wars would come. He met Matt. He left.', ['Jesus warned in Matt. 24:6-7 that wars would come.', 'He met Matt.', 'He left.']],
    ['', []],
  ])('when the text is %j, gives %j', (text, expected) => {
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(expected);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
