import { computeOutletRecord, csvCell, outletRecordCsv } from '../../../src/core/credibility/outlet-record';

describe('computeOutletRecord', () => {
  const record = computeOutletRecord(
    [
      // Four claims and a boilerplate line: one attributed, one unsourced opinion, one speculative.
      { length: 100, reusedSpans: [[0, 30], [20, 50]], reuses: [{ credited: true }, { credited: false }], claims: 3, attributed: 1, opinion: 1, speculative: 1, prophetic: 0, unsourced: 1 },
      { length: 100, reusedSpans: [], reuses: [], claims: 1, attributed: 0, opinion: 0, speculative: 0, prophetic: 1, unsourced: 0 },
    ],
    { anonymous: 2, person: 1 },
  );

  it.each([
    ['original', 150, 200, 0.75],
    ['credited', 1, 2, 0.5],
    ['attributed', 1, 2, 0.5],
    ['opinion', 1, 4, 0.25],
    ['speculative', 1, 4, 0.25],
    ['prophetic', 1, 4, 0.25],
  ] as const)('when counting %s, gives %d of %d (%d)', (key, count, of, share) => {
    expect(record[key]).toEqual({ count, of, share });
  });

  it('when nothing was copied, the credited share is n/a, not 0', () => {
    expect(computeOutletRecord([], {}).credited).toEqual({ count: 0, of: 0, share: null });
  });

  it('when writing CSV, quotes what must be quoted and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(outletRecordCsv('Daily Mail', record).split('\n')[1]).toBe('Daily Mail,original,150,200,0.75');
  });
});
