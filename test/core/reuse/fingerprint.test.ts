import { tokenize } from '../../../src/core/text/tokens';
import { verbatimFingerprints, winnow, WINDOW, WORD_GRAM } from '../../../src/core/reuse/fingerprint';
import { generatedArticle } from '../../helpers/corpus';

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
    const a = new Set(verbatimFingerprints(tokenize(host.join(' '))).map((f) => f.hash));
    expect(verbatimFingerprints(tokenize(copy)).some((f) => a.has(f.hash))).toBe(true);
  });

  it('when case, curly quotes and dots differ, fingerprints are the same', () => {
    const a = verbatimFingerprints(tokenize("The U.S. said the Taliban’s envoy returned this week for new talks."));
    const b = verbatimFingerprints(tokenize("the US said the Taliban's envoy returned this week for new talks"));
    expect(b).toEqual(a);
  });
});
