import type { ReuseFinding } from '../core/reuse/compare';
import { compareArticles } from '../core/reuse/compare';
import { type CorpusPair, orientByThirdTexts, pruneSiblingPairs } from '../core/reuse/corpus';
import { articleFingerprints } from '../core/reuse/fingerprint';
import { prepareText } from '../core/reuse/prepare';
import { type Db, isWriteConflict } from '../store/database';
import { findCandidates } from '../store/fingerprints';
import { linkCitedArticles } from '../store/claims';
import { deleteReuseBetween, deleteReuseOf, insertReuse, reuseAmong } from '../store/reuse';
import { articlesForComparison, type ComparisonRow, markReuseLinked } from '../store/articles';

function asDocument(row: ComparisonRow) {
  return Object.assign(prepareText(row.text), {
    id: row.id,
    outlet: row.outlet?.name ?? null,
    date: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null,
    url: row.url,
  });
}

type StoredReuse = Awaited<ReturnType<typeof reuseAmong>>[number];

function storedAsPair(r: StoredReuse): CorpusPair<number> {
  const finding: ReuseFinding = {
    source: 'a',
    kind: r.kind as ReuseFinding['kind'],
    similarity: r.similarity,
    confidence: r.confidence,
    basis: r.directionBasis,
    credited: r.credited,
    targetCoverage: r.targetCoverage,
    sourceCoverage: r.sourceCoverage,
    // The passage's own fields only: a pair turned around is written again (see linkReuseOnce).
    passages: r.passages.map(({ kind, similarity, sourceStart, sourceEnd, targetStart, targetEnd }) => ({
      kind: kind as ReuseFinding['kind'],
      similarity,
      sourceStart,
      sourceEnd,
      targetStart,
      targetEnd,
    })),
  };
  return { source: r.sourceId, target: r.targetId, finding };
}

/**
 * What an article (stored or not: id 0 for a new text) shares with the store:
 * candidates by one index look-up, then a full comparison with each. Writes nothing.
 */
export async function matchArticle(db: Db, row: ComparisonRow): Promise<{ pairs: CorpusPair<number>[]; compared: number[] }> {
  const doc = asDocument(row);
  const candidates = await findCandidates(db, articleFingerprints(doc.text), row.id);
  const others = await articlesForComparison(db, candidates.map((c) => c.articleId));
  const pairs: CorpusPair<number>[] = [];
  for (const other of others) {
    // The stored article goes first: when no evidence decides, the one already in the store is taken as the source.
    const finding = compareArticles(asDocument(other), doc);
    if (!finding) continue;
    pairs.push(finding.source === 'a' ? { source: other.id, target: row.id, finding } : { source: row.id, target: other.id, finding });
  }
  return { pairs, compared: others.map((o) => o.id) };
}

const pairKey = (p: { source: number; target: number }) => `${Math.min(p.source, p.target)}:${Math.max(p.source, p.target)}`;

/**
 * Finds what a stored article shares with the rest of the store: candidates by
 * index look-up, a full comparison with each, then sibling pruning over the
 * neighbourhood (two copies of one source are not copies of each other).
 * Rewrites the article's reuse rows in one transaction and marks it linked.
 */
export async function linkReuse(db: Db, articleId: number): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await linkReuseOnce(db, articleId);
    } catch (e) {
      // The other article of a pair was being linked at the same time (an import beside the background upgrade).
      if (!isWriteConflict(e) || attempt === 3) throw e;
    }
  }
}

async function linkReuseOnce(db: Db, articleId: number): Promise<number> {
  const [row] = await articlesForComparison(db, [articleId]);
  if (!row) return 0;
  const { pairs: fresh, compared } = await matchArticle(db, row);
  const neighbourhood = [articleId, ...compared];
  const existing = (await reuseAmong(db, neighbourhood)).filter((r) => r.sourceId !== articleId && r.targetId !== articleId).map(storedAsPair);
  // The neighbourhood may now say which side of a pair no date or credit decided is the source (see orientByThirdTexts).
  const oriented = orientByThirdTexts([...existing, ...fresh]);
  const kept = new Set(pruneSiblingPairs(oriented).map(pairKey));
  const saved = oriented.slice(existing.length).filter((p) => kept.has(pairKey(p)));
  const turned = oriented.slice(0, existing.length).filter((p, i) => p !== existing[i] && kept.has(pairKey(p)));
  // One transaction: the article is marked linked only together with its links.
  await db.$transaction(async (tx) => {
    await deleteReuseOf(tx, articleId);
    for (const p of saved) await insertReuse(tx, p.source, p.target, p.finding);
    for (const p of existing) if (!kept.has(pairKey(p))) await deleteReuseBetween(tx, p.source, p.target);
    for (const p of turned) {
      await deleteReuseBetween(tx, p.source, p.target);
      await insertReuse(tx, p.source, p.target, p.finding);
    }
    // Citations point at the cited outlet's article once reuse says which one it is.
    await linkCitedArticles(tx, articleId);
    await markReuseLinked(tx, articleId);
  });
  return saved.length;
}
