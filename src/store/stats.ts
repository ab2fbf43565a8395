import type { Db } from './database';

/** Headline counts for the home page. */
export async function storeCounts(db: Db) {
  const [articles, outlets, reuses, uncredited, flagged] = await Promise.all([
    db.article.count(),
    db.outlet.count(),
    db.reuse.count(),
    db.reuse.count({ where: { credited: false } }),
    db.article.aggregate({ _sum: { flaggedSentences: true } }),
  ]);
  return { articles, outlets, reuses, uncredited, flagged: flagged._sum.flaggedSentences ?? 0 };
}

/** Articles whose stored analysis an older version of the analysers wrote. */
export async function countStaleAnalyses(db: Db, currentVersion: number): Promise<number> {
  return db.article.count({ where: { analysisVersion: { lt: currentVersion } } });
}

/** Every reuse edge as a pair of ids, for grouping articles into stories. */
export async function reuseEdges(db: Db) {
  return db.reuse.findMany({ select: { sourceId: true, targetId: true } });
}

export async function articleHeadlines(db: Db, ids: number[]) {
  return db.article.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, publishedAt: true, importedAt: true, outlet: { select: { name: true, slug: true } } },
  });
}

/** The articles of a story as its graph shows them: title, date and outlet. */
export async function storyArticles(db: Db, ids: number[]) {
  return db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, publishedAt: true, outletId: true, outlet: { select: { name: true } } } });
}
