import { contentStem, hashWordSpan, wordSpans } from '../../../src/core/text/tokens';
import { corpusFingerprints, ngramHashes, textHashes, verbatimHashes, winnow, WINDOW, WORD_GRAM } from '../../../src/core/reuse/fingerprint';

const verbatimFingerprints = (text: string) => winnow(verbatimHashes(textHashes(text).words), WINDOW);
import { generatedArticle } from '../../helpers/corpus';

describe('textHashes', () => {
  it.each([
    ['The U.S. said', 'the us said'],
    ['Taliban’s envoy', "talibans envoy"],
    ['ÉLYSÉE Palace', 'élysée palace'],
  ])('when %j is hashed, its words hash as their normal forms %j', (text, normal) => {
    expect(Array.from(textHashes(text).words)).toEqual(normal.split(' ').map((w) => hashWordSpan(w, 0, w.length)));
  });

  it('hashes one word per token, in token order', () => {
    const text = 'Cease-fire talks in Doha, 10 days on: “No deal yet.”';
    expect(textHashes(text).words).toHaveLength(wordSpans(text).starts.length);
  });

  it.each([
    ['the reports were reported', ['', 'report', '', 'report']],
    ['a an of to', ['', '', '', '']],
    ['Troops crossed in 2021', ['troop', 'cross', '', '2021']],
  ])('when the text is %j, its words\' content stems are %j', (text, stems) => {
    expect(Array.from(textHashes(text).stems)).toEqual(stems.map((w) => (w ? hashWordSpan(w, 0, w.length) : 0)));
  });

  it('when a corpus has more distinct words than the stem table first holds, every word still gets its own stem', () => {
    const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const words = Array.from({ length: 40_000 }, (_, i) => `qz${letters(i)}ing`);
    const stems = textHashes(words.join(' ')).stems;
    const expected = words.map((w) => hashWordSpan(contentStem(w), 0, contentStem(w).length));
    expect(Array.from(stems)).toEqual(expected);
    // Seen again, from the table: the same.
    expect(Array.from(textHashes(words.reverse().join(' ')).stems)).toEqual(expected.reverse());
  });
});

describe('ngramHashes', () => {
  // The values in the database's index: a change here needs every article re-indexed (a new ANALYSIS_VERSION).
  it.each([
    ['china is prepared to recognize', 5, 0, 2663668482560571],
    ['talibans us 10', 3, 0x5f3759df, 5205319500705220],
  ])('when %j is hashed in %d-grams with salt %d, gives %d', (text, n, salt, hash) => {
    expect(Array.from(ngramHashes(textHashes(text).words, n, salt))).toEqual([hash]);
  });

  it.each([
    [[1, 2, 3, 4], 2, 3],
    [[1], 3, 0],
    [[], 1, 0],
  ])('when the word hashes are %j in %d-grams, gives %d hashes', (words, n, count) => {
    expect(ngramHashes(words, n)).toHaveLength(count);
  });

  it('when words are swapped, or the salt differs, the hash differs', () => {
    const [ab] = ngramHashes([1, 2], 2);
    expect(ngramHashes([2, 1], 2)[0]).not.toBe(ab);
    expect(ngramHashes([1, 2], 2, 7)[0]).not.toBe(ab);
    expect(ab).toBeLessThan(2 ** 53);
  });
});

describe('winnow', () => {
  it.each([
    [[5, 3, 4, 9, 1, 7], 3, [3, 1]],
    [[2, 2, 2, 2], 2, [2, 2, 2]],
    [[9], 4, [9]],
    [[], 4, []],
  ])('when hashes are %j and the window %d, keeps %j', (hashes, w, kept) => {
    expect(winnow(hashes, w).map((f) => f.hash)).toEqual(kept);
  });
});

describe('verbatimFingerprints', () => {
  const guarantee = WORD_GRAM + WINDOW - 1;
  it.each([0, 1, 2, 3, 4, 5, 6, 7])(`when two texts share a run of ${guarantee} words (case %d), they share a fingerprint`, (k) => {
    const host = generatedArticle(100 + k).split(' ');
    const other = generatedArticle(200 + k).split(' ');
    const run = host.slice(10 + k, 10 + k + guarantee);
    const copy = [...other.slice(0, 20), ...run, ...other.slice(20)].join(' ');
    const a = new Set(verbatimFingerprints(host.join(' ')).map((f) => f.hash));
    expect(verbatimFingerprints(copy).some((f) => a.has(f.hash))).toBe(true);
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7])(`when two texts share a run of ${guarantee} words (case %d), their corpus fingerprints share a value`, (k) => {
    const host = generatedArticle(300 + k).split(' ');
    const other = generatedArticle(400 + k).split(' ');
    const copy = [...other.slice(0, 20), ...host.slice(10 + k, 10 + k + guarantee), ...other.slice(20)].join(' ');
    const a = new Set(corpusFingerprints(textHashes(host.join(' '))));
    expect(corpusFingerprints(textHashes(copy)).some((h) => a.has(h))).toBe(true);
  });

  it('when case, curly quotes and dots differ, fingerprints are the same', () => {
    const a = verbatimFingerprints("The U.S. said the Taliban’s envoy returned this week for new talks.");
    const b = verbatimFingerprints("the US said the Taliban's envoy returned this week for new talks");
    expect(b).toEqual(a);
  });
});
