import { computeOutletRecord } from '../core/credibility/outlet-record';
import { outletRecordRows } from '../store/claims';
import type { Db } from '../store/database';

/** Loads what an outlet's record counts and computes it. */
export async function outletRecord(db: Db, outletId: number) {
  const { articles, sourceKinds, reuses } = await outletRecordRows(db, outletId);
  const reusesOf = new Map<number, typeof reuses>();
  for (const r of reuses) reusesOf.set(r.targetId, [...(reusesOf.get(r.targetId) ?? []), r]);
  return computeOutletRecord(
    articles.map((a) => {
      const copied = reusesOf.get(a.id) ?? [];
      return {
        ...a,
        reusedSpans: copied.flatMap((r) => r.passages.map((p) => [p.targetStart, p.targetEnd] as [number, number])),
        reuses: copied.map((r) => ({ credited: r.credited })),
      };
    }),
    sourceKinds,
  );
}
