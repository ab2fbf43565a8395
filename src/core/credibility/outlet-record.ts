/** One article of an outlet, as the record needs it. */
export interface RecordArticle {
  length: number;
  /** Character spans of this article copied from earlier articles (any source). */
  reusedSpans: [number, number][];
  /** Reuse of earlier articles by this one: credited or not. */
  reuses: { credited: boolean }[];
  sentences: { boilerplate: boolean; flags: string[] }[];
  /** Kinds of the sources this article cites (own citations, not inherited). */
  sourceKinds: string[];
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
 * what kinds of source its claims rest on. No single opaque score.
 */
export function computeOutletRecord(articles: RecordArticle[]): OutletRecord {
  const characters = articles.reduce((n, a) => n + a.length, 0);
  const reused = articles.reduce((n, a) => n + Math.min(a.length, covered(a.reusedSpans)), 0);
  const reuses = articles.flatMap((a) => a.reuses);
  const claims = articles.flatMap((a) => a.sentences.filter((s) => !s.boilerplate));
  const count = (flag: string) => claims.filter((s) => s.flags.includes(flag)).length;
  const attributed = count('attributed');
  const unsourced = claims.filter((s) => s.flags.includes('unsourced') && !s.flags.includes('attributed')).length;
  const sourceKinds: Record<string, number> = {};
  for (const k of articles.flatMap((a) => a.sourceKinds)) sourceKinds[k] = (sourceKinds[k] ?? 0) + 1;
  return {
    articles: articles.length,
    original: share(characters - reused, characters),
    credited: share(reuses.filter((r) => r.credited).length, reuses.length),
    attributed: share(attributed, attributed + unsourced),
    opinion: share(count('opinion'), claims.length),
    speculative: share(count('speculative'), claims.length),
    prophetic: share(count('prophetic'), claims.length),
    unsourced: share(unsourced, claims.length),
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
