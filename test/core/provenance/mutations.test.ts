import { analyseArticle } from '../../../src/core/classify/analyse-article';
import { findMutations, type MutationKind } from '../../../src/core/provenance/mutations';

/** The first sentence of `text`, analysed as a claim's version. */
const version = (text: string) => analyseArticle(text).sentences[0];
const kindsOf = (before: string, after: string) => findMutations(version(before), version(after)).map((m) => m.kind);

describe('findMutations', () => {
  it.each<[string, string, MutationKind, string]>([
    ['China is prepared to recognize the Taliban.', 'China is reportedly prepared to recognize the Taliban.', 'hedge-added', 'reportedly'],
    ['The Taliban control 10 major provincial capitals.', 'The Taliban control half of the 34 provincial capitals.', 'number-changed', 'half of the 34 provincial capitals'],
    ['The senator said the plan failed.', 'The plan was a disgraceful, shameful failure.', 'opinion-added', 'disgraceful'],
  ])('when %j becomes %j, finds %s (%j)', (before, after, kind, words) => {
    const found = findMutations(version(before), version(after)).find((m) => m.kind === kind);
    expect(found?.after).toContain(words);
  });

  it('when the judging words were already in the earlier version, reports no opinion added', () => {
    // 001 → 000 (seeds): the Daily Mail's lead reads as opinion to the model, but every cue word is 001's.
    const before = 'China is prepared to recognize the Taliban as the legitimate ruler of Afghanistan if it succeeds in toppling the Western-backed government in Kabul, U.S. News has learned, a prospect that undercuts the Biden administration’s remaining source of leverage.';
    const after = 'China is reportedly prepared to recognize the Taliban as the legitimate rulers of Afghanistan if they succeed in toppling the Western-backed government in Kabul.';
    expect(kindsOf(before, after)).not.toContain('opinion-added');
    expect(kindsOf(before, after)).toContain('attribution-dropped');
  });
});
