import { computeOutletRecord } from '../core/credibility/outlet-record';
import { outletRecordRows } from '../store/claims';
import type { Db } from '../store/database';

/** Loads what an outlet's record counts and computes it. */
export async function outletRecord(db: Db, outletId: number) {
  const rows = await outletRecordRows(db, outletId);
  return computeOutletRecord(
    rows.map((a) => ({
      length: a.text.length,
      reusedSpans: a.reusesAsTarget.flatMap((r) => r.passages.map((p) => [p.targetStart, p.targetEnd] as [number, number])),
      reuses: a.reusesAsTarget.map((r) => ({ credited: r.credited })),
      sentences: a.sentences.map((s) => ({ boilerplate: s.boilerplate, flags: s.flagNames })),
      // The outlet's own reporting ("U.S. News has learned") is not an outside source.
      sourceKinds: a.citations.filter((c) => c.source.outletId !== outletId).map((c) => c.source.kind),
    })),
  );
}
