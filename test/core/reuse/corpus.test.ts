import { candidatePairs, type CorpusPair, findCorpusReuse } from '../../../src/core/reuse/corpus';
import { prepareText } from '../../../src/core/reuse/prepare';
import { generatedArticle, wireAndCopies } from '../../helpers/corpus';

const sorted = (pairs: [number, number][]) => [...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);

describe('candidatePairs', () => {
  it.each([
    ['two shared hashes are found, the pair is proposed', [[1, 2, 3], [9, 2, 3], [7, 8]], [[0, 1]]],
    ['one shared hash is not enough', [[1, 2], [2, 5]], []],
    ['a hash repeated within one document counts once for it', [[4, 4, 4], [4, 6]], []],
    ['hashes past 32 bits are read by their low bits', [[2 ** 40 + 5, 2 ** 45 + 6], [5, 6]], [[0, 1]]],
    ['three documents sharing the same two hashes make three pairs', [[1, 2], [1, 2], [2, 1]], [[0, 1], [0, 2], [1, 2]]],
    ['no documents', [], []],
  ])('when %s', (_, fingerprints, expected) => {
    expect(sorted(candidatePairs(fingerprints as number[][]))).toEqual(expected);
  });

  it('when a hash is in more documents than boilerplate allows, it proposes nothing', () => {
    const docs = Array.from({ length: 60 }, () => [11, 12]);
    expect(candidatePairs(docs)).toEqual([]);
  });

  it('when hashes need every radix pass to sort, still pairs the right documents', () => {
    const docs = Array.from({ length: 200 }, (_, d) => [d * 70_001, d * 70_001 + 0x10000, 999_999_999 - d]);
    docs.push([150 * 70_001, 150 * 70_001 + 0x10000]);
    expect(candidatePairs(docs)).toEqual([[150, 200]]);
  });
});

describe('findCorpusReuse', () => {
  it('tells its progress: texts fingerprinted, then candidate pairs compared, to the last', () => {
    const original = generatedArticle(1);
    const texts = [original, `${generatedArticle(2)}\n\n${original}`, generatedArticle(3)];
    const docs = texts.map((text, id) => Object.assign(prepareText(text), { id, outlet: null, date: null, url: null }));
    const calls: [string, number, number][] = [];
    const pairs = findCorpusReuse(docs, (phase, done, total) => calls.push([phase, done, total]));
    expect(pairs.length).toBeGreaterThanOrEqual(1);
    const compared = calls[1][2];
    expect(compared).toBeGreaterThanOrEqual(1);
    expect(calls).toEqual([
      ['fingerprinting', 0, 3],
      ['comparing', 0, compared],
      ['comparing', compared, compared],
    ]);
  });
});

describe('orientByThirdTexts', () => {
  const texts = wireAndCopies();
  const docs = Object.entries(texts).map(([id, text]) => Object.assign(prepareText(text), { id, outlet: null, date: null, url: null }));
  const arrows = (pairs: CorpusPair<string>[]) => pairs.map((p) => `${p.source}→${p.target}`).sort();

  it('turns a pair around when the texts sharing with both share more of the other side', () => {
    const pairs = findCorpusReuse(docs);
    expect(arrows(pairs)).toEqual(['wire→end', 'wire→reprint', 'wire→start']);
    const reprint = pairs.find((p) => p.target === 'reprint')!.finding;
    // Coverage alone said the opposite: more of the wire is shared than of the reprint.
    expect(reprint).toMatchObject({ basis: 'corpus', confidence: 0.65 });
    expect(reprint.sourceCoverage).toBeGreaterThan(reprint.targetCoverage);
    // Offsets turned with it: the source's into the wire, the copy's into the reprint.
    const verbatim = reprint.passages.find((x) => x.kind === 'verbatim')!;
    expect(texts.wire.slice(verbatim.sourceStart, verbatim.sourceEnd)).toBe(texts.reprint.slice(verbatim.targetStart, verbatim.targetEnd));
  });

  it('keeps a direction the pair alone decides when no third text says otherwise', () => {
    const pairs = findCorpusReuse(docs.filter((d) => d.id === 'wire' || d.id === 'reprint'));
    expect(arrows(pairs)).toEqual(['reprint→wire']);
  });

  it('keeps a direction dates decide', () => {
    const dated = docs.map((d) => Object.assign(prepareText(d.text), { id: d.id, outlet: null, date: d.id === 'reprint' ? '2024-01-01' : '2024-01-02', url: null }));
    expect(arrows(findCorpusReuse(dated))).toContain('reprint→wire');
  });
});
