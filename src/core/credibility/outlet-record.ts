/** One article of an outlet, as the record needs it: its length, what it copied, and its sentences counted. */
export interface RecordArticle {
  length: number;
  /** Character spans of this article copied from earlier articles (any source). */
  reusedSpans: [number, number][];
  /** Reuse of earlier articles by this one: credited or not. */
  reuses: { credited: boolean }[];
  /** Its sentences that are claims (not boilerplate), and how many of them carry each flag. */
  claims: number;
  attributed: number;
  opinion: number;
  speculative: number;
  prophetic: number;
  /** Claims flagged unsourced with no attribution. */
  unsourced: number;
}

/** A figure with the counts behind it. */
export interface Share {
  count: number;
  of: number;
  /** count / of, or null when there is nothing to count. */
  share: number | null;
}

export interface OutletRecord {
  articles: number;
  original: Share;
  credited: Share;
  attributed: Share;
  opinion: Share;
  speculative: Share;
  prophetic: Share;
  unsourced: Share;
  sourceKinds: Record<string, number>;
}

const share = (count: number, of: number): Share => ({ count, of, share: of ? Math.round((count / of) * 1000) / 1000 : null });

function covered(spans: [number, number][]): number {
  let total = 0;
  let reach = 0;
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(s, reach);
    if (e > from) total += e - from;
    reach = Math.max(reach, e);
  }
  return total;
}

/**
 * An outlet's record, every figure with its counts: how much of its text is
 * its own, how often it credits what it copies, how many of its factual
 * sentences name a source, how much is opinion, speculation or prophecy, and
 * what kinds of source its claims rest on (`sourceKinds`, counted by the
 * caller). No single opaque score.
 */
export function computeOutletRecord(articles: RecordArticle[], sourceKinds: Record<string, number>): OutletRecord {
  const sum = (f: (a: RecordArticle) => number) => articles.reduce((n, a) => n + f(a), 0);
  const characters = sum((a) => a.length);
  const reused = sum((a) => Math.min(a.length, covered(a.reusedSpans)));
  const reuses = articles.flatMap((a) => a.reuses);
  const claims = sum((a) => a.claims);
  const attributed = sum((a) => a.attributed);
  const unsourced = sum((a) => a.unsourced);
  return {
    articles: articles.length,
    original: share(characters - reused, characters),
    credited: share(reuses.filter((r) => r.credited).length, reuses.length),
    attributed: share(attributed, attributed + unsourced),
    opinion: share(sum((a) => a.opinion), claims),
    speculative: share(sum((a) => a.speculative), claims),
    prophetic: share(sum((a) => a.prophetic), claims),
    unsourced: share(unsourced, claims),
    sourceKinds,
  };
}

/** The record as CSV rows: measure, count, of, share. */
export function outletRecordCsv(outlet: string, r: OutletRecord): string {
  const rows = [['outlet', 'measure', 'count', 'of', 'share']];
  for (const key of ['original', 'credited', 'attributed', 'opinion', 'speculative', 'prophetic', 'unsourced'] as const) {
    rows.push([outlet, key, String(r[key].count), String(r[key].of), r[key].share === null ? '' : String(r[key].share)]);
  }
  for (const [kind, n] of Object.entries(r.sourceKinds)) rows.push([outlet, `sources:${kind}`, String(n), '', '']);
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

/** A CSV cell, quoted when it must be; a leading = + - @ is defused so spreadsheets do not run it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
