import { splitWords } from '../../../src/core/text/tokens';
import { hashString, ngramHashes, verbatimFingerprints, winnow, WINDOW, WORD_GRAM } from '../../../src/core/reuse/fingerprint';
import { generatedArticle } from '../../helpers/corpus';

describe('ngramHashes', () => {
  // The values in the database's index: a change here would need every article re-indexed.
  it.each([
    ['china is prepared to recognize', 0, 1728689999486161],
    ['talibans us 10', 0x5f3759df, 628385796366459],
  ])('when %j is hashed with salt %d, gives %d', (text, salt, hash) => {
    expect(hashString(text, salt)).toBe(hash);
    expect(ngramHashes(text.split(' '), text.split(' ').length, salt)).toEqual([hash]);
  });

  // Stored fingerprints were hashed from the joined n-gram: the fast path must give the same numbers.
  it.each([
    [['china', 'is', 'prepared', 'to', 'recognize', 'the', 'taliban'], 5, 0],
    [['talibans', 'us', '10', 'capitals'], 3, 0x5f3759df],
    [['one'], 1, 7],
    [['a', 'b'], 3, 0],
  ])('when the words are %j in %d-grams with salt %d, equals hashing each joined n-gram', (words, n, salt) => {
    const expected = words.slice(0, Math.max(0, words.length - n + 1)).map((_, i) => hashString(words.slice(i, i + n).join(' '), salt));
    expect(ngramHashes(words, n, salt)).toEqual(expected);
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
    const a = new Set(verbatimFingerprints(splitWords(host.join(' '))).map((f) => f.hash));
    expect(verbatimFingerprints(splitWords(copy)).some((f) => a.has(f.hash))).toBe(true);
  });

  it('when case, curly quotes and dots differ, fingerprints are the same', () => {
    const a = verbatimFingerprints(splitWords("The U.S. said the Taliban’s envoy returned this week for new talks."));
    const b = verbatimFingerprints(splitWords("the US said the Taliban's envoy returned this week for new talks"));
    expect(b).toEqual(a);
  });
});
