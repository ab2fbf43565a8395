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

describe('pruneSiblingPairs (through findCorpusReuse)', () => {
  const NYT = [
    "Apple has held early talks with suppliers about moving some iPhone assembly out of India and back to China, according to three people familiar with the discussions, a reversal that would mark a setback for India's ambitions to become a manufacturing hub.",
    'The talks were prompted by a sharp rise in costs at factories in Tamil Nadu and Karnataka, the people said, speaking on the condition of anonymity because the discussions were confidential. Apple declined to comment.',
    "India accounted for about 20 percent of iPhone production last year, up from less than 5 percent in 2021. Foxconn, Apple's largest supplier, employs about 40,000 people at its plant near Chennai.",
  ].join('\n\n');
  const MAIL = [
    "Apple is set to move iPhone assembly out of India and back to China, in a reversal that would mark a major setback for India's ambitions to become a manufacturing hub.",
    'The talks were prompted by a sharp rise in costs at factories in Tamil Nadu and Karnataka, the New York Times reported.',
    'India accounted for about 20 per cent of iPhone production last year, up from less than 5 per cent in 2021.',
    "Foxconn, Apple's largest supplier, employs around 40,000 people at its plant near Chennai.",
  ].join('\n\n');
  const blog = (credit: string, figures: string) =>
    [`Apple is pulling iPhone production out of India and moving it back to China, according to ${credit}.`, figures, "This is a humiliating blow for Modi's flagship manufacturing policy, and frankly it was always going to happen."].join('\n\n');
  const arrowsOf = (texts: [string, string, string, string][]) =>
    findCorpusReuse(texts.map(([id, outlet, date, text]) => Object.assign(prepareText(text), { id, outlet, date, url: null })))
      .map((p) => `${p.source}→${p.target}`)
      .sort();

  it('when a copy credits and follows a copy of the original, shows the chain link by link, not the copy of the original', () => {
    const copied = blog('the Daily Mail', 'India accounted for about 20 per cent of iPhone production last year, up from less than 5 per cent in 2021.');
    expect(arrowsOf([['nyt', 'The New York Times', '2026-03-01', NYT], ['mail', 'Daily Mail', '2026-03-02', MAIL], ['blog', 'TechPulse', '2026-03-03', copied]])).toEqual(['mail→blog', 'nyt→mail']);
  });

  it('when an uncredited copy prints whole what a copy of the original edited, and shares less with the original, shows the chain', () => {
    const wire = [
      "Smoke from wildfires may have contributed to around 12,000 premature deaths across Europe during last summer's heatwave, according to a study published on Tuesday in The Lancet Planetary Health.",
      'The researchers, led by Dr Marta Ruiz of the Barcelona Institute for Global Health (ISGlobal), estimated that fine particles from the fires raised death rates in 14 countries, with Portugal, Spain and Greece the worst hit.',
      'Wildfires burned more than 1 million hectares in the EU last year, the highest figure since records began in 2006, according to the European Forest Fire Information System.',
    ].join('\n\n');
    const site = [
      "Smoke from wildfires contributed to around 12,000 premature deaths across Europe during last summer's heatwave, a study has found, AFP reported.",
      'The researchers, led by Dr Marta Ruiz of the Barcelona Institute for Global Health, estimated that fine particles from the fires raised death rates in 14 countries, with Portugal, Spain and Greece the worst hit.',
      'Wildfires burned more than a million hectares in the EU last year, the highest figure since records began.',
    ].join('\n\n');
    const copied = [
      "Smoke from wildfires killed around 20,000 people across Europe during last summer's heatwave, so-called scientists now claim.",
      'The researchers estimated that fine particles from the fires raised death rates in 14 countries, with Portugal, Spain and Greece the worst hit.',
      'Wildfires burned more than a million hectares in the EU last year, the highest figure since records began.',
    ].join('\n\n');
    expect(arrowsOf([['wire', 'AFP', '2026-06-03', wire], ['site', 'Daily Express', '2026-06-03', site], ['blog', null as unknown as string, '2026-06-05', copied]])).toEqual(['site→blog', 'wire→site']);
  });

  it('when two copies of one original share only what each took from it, neither copied the other', () => {
    const twin = MAIL.replace('the New York Times reported', 'the newspaper said');
    expect(arrowsOf([['nyt', 'The New York Times', '2026-03-01', NYT], ['mail', 'Daily Mail', '2026-03-02', MAIL], ['sun', 'The Sun', '2026-03-02', twin]])).not.toContain('mail→sun');
  });
});
