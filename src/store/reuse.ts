import type { Prisma } from '../generated/prisma/client';
import type { ReuseFinding } from '../core/reuse/compare';
import type { Db } from './database';

type Tx = Db | Prisma.TransactionClient;

/** Writes the reuse of `sourceId` by `targetId` with its passages; the caller has deleted any earlier row for the pair. */
export async function insertReuse(tx: Tx, sourceId: number, targetId: number, f: ReuseFinding): Promise<void> {
  await tx.reuse.create({
    data: {
      sourceId,
      targetId,
      kind: f.kind,
      similarity: f.similarity,
      confidence: f.confidence,
      directionBasis: f.basis,
      credited: f.credited,
      targetCoverage: f.targetCoverage,
      sourceCoverage: f.sourceCoverage,
      passages: { create: f.passages.map((p) => ({ ...p })) },
    },
  });
}

/** Deletes every reuse row an article is part of, as source or copy. */
export async function deleteReuseOf(tx: Tx, articleId: number): Promise<void> {
  await tx.reuse.deleteMany({ where: { OR: [{ sourceId: articleId }, { targetId: articleId }] } });
}

/** Deletes all reuse rows, before the whole store is re-linked. */
export async function deleteAllReuse(db: Db): Promise<void> {
  await db.reuse.deleteMany({});
}

export async function countReuse(db: Db): Promise<number> {
  return db.reuse.count();
}

export async function deleteReuseBetween(tx: Tx, a: number, b: number): Promise<void> {
  await tx.reuse.deleteMany({ where: { OR: [{ sourceId: a, targetId: b }, { sourceId: b, targetId: a }] } });
}

/** Every reuse row among a set of articles, with passages: the neighbourhood sibling pruning looks at. */
export async function reuseAmong(db: Tx, ids: number[]) {
  return db.reuse.findMany({ where: { sourceId: { in: ids }, targetId: { in: ids } }, include: { passages: true } });
}

const reuseListInclude = {
  source: { select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true, slug: true } } } },
  target: { select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true, slug: true } } } },
  _count: { select: { passages: true } },
} satisfies Prisma.ReuseInclude;

/** What an article copied ("copied from") and what copied it ("copied by"). */
export async function reuseOfArticle(db: Db, articleId: number) {
  const [from, by] = await Promise.all([
    db.reuse.findMany({ where: { targetId: articleId }, include: reuseListInclude, orderBy: { targetCoverage: 'desc' } }),
    db.reuse.findMany({ where: { sourceId: articleId }, include: reuseListInclude, orderBy: { targetCoverage: 'desc' } }),
  ]);
  return { from, by };
}

/** The reuse between two articles in either direction, with its passages in order. */
export async function reuseBetween(db: Db, a: number, b: number) {
  return db.reuse.findFirst({
    where: { OR: [{ sourceId: a, targetId: b }, { sourceId: b, targetId: a }] },
    include: { passages: { orderBy: { targetStart: 'asc' } } },
  });
}

/**
 * The articles linked to `articleId` through reuse, however many hops away
 * (its story), found hop by hop through the reuse indexes; at most `limit`.
 */
export async function storyArticleIds(db: Db, articleId: number, limit = 500): Promise<number[]> {
  const seen = new Set([articleId]);
  let frontier = [articleId];
  while (frontier.length && seen.size < limit) {
    const edges = await db.reuse.findMany({ where: { OR: [{ sourceId: { in: frontier } }, { targetId: { in: frontier } }] }, select: { sourceId: true, targetId: true } });
    frontier = [...new Set(edges.flatMap((e) => [e.sourceId, e.targetId]).filter((id) => !seen.has(id)))];
    for (const id of frontier) seen.add(id);
  }
  return [...seen].sort((a, b) => a - b);
}
