import type { Prisma } from '../generated/prisma/client';
import type { Db } from './database';
import { upsertOutlet } from './outlets';

/** What ingest hands the store for one article, already extracted and checked. */
export interface NewArticle {
  title: string;
  text: string;
  contentHash: string;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: string | null;
  dateRaw: string | null;
  dateConfidence: string;
  dateIssues: string[];
  language: string;
  wordCount: number;
  format: string;
  sourceName: string | null;
  /** Kept from a backup; now by default. */
  importedAt?: Date;
  /** Kept from a backup: the last correction and who made it. */
  editedAt?: Date;
  editedBy?: string;
  /** Stamped when the article is stored together with its analysis. */
  analysedAt?: Date;
  analysisVersion?: number;
}

/** The article with this content, and whether its reuse has been linked, or null. */
export async function findArticleByHash(db: Db, contentHash: string) {
  return db.article.findUnique({ where: { contentHash }, select: { id: true, reuseLinkedAt: true } });
}

/** Inserts the article (and its outlet on first sight) inside the caller's transaction. */
export async function insertArticle(tx: Prisma.TransactionClient, a: NewArticle) {
  const outlet = a.outlet ? await upsertOutlet(tx, a.outlet) : null;
  return tx.article.create({
    data: {
      title: a.title,
      text: a.text,
      contentHash: a.contentHash,
      outletId: outlet?.id ?? null,
      byline: a.byline,
      url: a.url,
      publishedAt: a.publishedAt ? new Date(`${a.publishedAt}T00:00:00Z`) : null,
      dateRaw: a.dateRaw,
      dateConfidence: a.dateConfidence,
      dateIssues: a.dateIssues,
      language: a.language,
      wordCount: a.wordCount,
      format: a.format,
      sourceName: a.sourceName,
      ...(a.importedAt ? { importedAt: a.importedAt } : {}),
      ...(a.editedAt ? { editedAt: a.editedAt, editedBy: a.editedBy } : {}),
      ...(a.analysedAt ? { analysedAt: a.analysedAt, analysisVersion: a.analysisVersion } : {}),
    },
    select: { id: true, title: true },
  });
}

/** What an editor may correct; the text itself is the evidence and is never edited. */
export interface ArticleCorrection {
  title: string;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  /** YYYY-MM-DD, or null for "not known". */
  publishedAt: string | null;
}

/**
 * Applies an editor's correction inside the caller's transaction. A date set
 * here is the editor's, not the page's: the raw date as written is kept.
 * The article's reuse links are marked stale: outlet and date decide credit
 * and direction. Null when there is no such article.
 */
export async function correctArticle(tx: Prisma.TransactionClient, id: number, c: ArticleCorrection, editor: string, now: Date) {
  const before = await tx.article.findUnique({ where: { id }, select: { publishedAt: true } });
  if (!before) return null;
  const outlet = c.outlet ? await upsertOutlet(tx, c.outlet) : null;
  const publishedAt = c.publishedAt ? new Date(`${c.publishedAt}T00:00:00Z`) : null;
  const dateChanged = (publishedAt?.getTime() ?? null) !== (before.publishedAt?.getTime() ?? null);
  return tx.article.update({
    where: { id },
    data: {
      title: c.title,
      outletId: outlet?.id ?? null,
      byline: c.byline,
      url: c.url,
      ...(dateChanged ? { publishedAt, dateConfidence: publishedAt ? 'editor' : 'unknown', dateIssues: [] } : {}),
      editedAt: now,
      editedBy: editor,
      reuseLinkedAt: null,
    },
    select: { id: true, text: true, outlet: { select: { name: true } } },
  });
}

export async function countArticles(db: Db): Promise<number> {
  return db.article.count();
}

export interface ArticleListQuery {
  page: number;
  pageSize: number;
  outletId?: number;
  /** Publication dates, inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Only articles with at least one sentence carrying this flag. */
  flag?: string;
  /** Only articles that reuse another article without crediting it. */
  uncredited?: boolean;
  sort?: 'published' | 'imported' | 'title';
}

const listSelect = {
  id: true,
  title: true,
  byline: true,
  url: true,
  publishedAt: true,
  dateRaw: true,
  dateConfidence: true,
  dateIssues: true,
  wordCount: true,
  importedAt: true,
  outlet: { select: { id: true, name: true, slug: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleSummaryRow = Prisma.ArticleGetPayload<{ select: typeof listSelect }>;

/** A page of articles, newest publication first (undated ones after, newest import first). */
export async function listArticles(db: Db, q: ArticleListQuery) {
  const where: Prisma.ArticleWhereInput = {
    ...(q.outletId ? { outletId: q.outletId } : {}),
    ...(q.from || q.to
      ? { publishedAt: { ...(q.from ? { gte: new Date(`${q.from}T00:00:00Z`) } : {}), ...(q.to ? { lte: new Date(`${q.to}T00:00:00Z`) } : {}) } }
      : {}),
    ...(q.flag ? { flagCounts: { some: { flag: q.flag } } } : {}),
    ...(q.uncredited ? { reusesAsTarget: { some: { credited: false } } } : {}),
  };
  const orderBy: Prisma.ArticleOrderByWithRelationInput[] =
    q.sort === 'imported' ? [{ importedAt: 'desc' }, { id: 'desc' }] : q.sort === 'title' ? [{ title: 'asc' }, { id: 'asc' }] : [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }];
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      select: listSelect,
      orderBy,
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    }),
  ]);
  return { total, rows };
}

export async function getArticle(db: Db, id: number) {
  return db.article.findUnique({
    where: { id },
    include: { outlet: { select: { id: true, name: true, slug: true, kind: true } } },
  });
}

export type ArticleRow = NonNullable<Awaited<ReturnType<typeof getArticle>>>;

export async function deleteArticle(db: Db, id: number) {
  return db.article.deleteMany({ where: { id } });
}

/** The next `take` articles after id `cursor`, with their outlet's name: a backup pages through the store with it. */
export async function articlesAfter(db: Db, cursor: number, take: number) {
  return db.article.findMany({ where: { id: { gt: cursor } }, orderBy: { id: 'asc' }, take, include: { outlet: { select: { name: true } } } });
}

/** Every article id, oldest first. */
export async function allArticleIds(db: Db): Promise<number[]> {
  return (await db.article.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
}

/** What the analysers read of a stored article: its text and its outlet's name. */
export async function articleForAnalysis(db: Db, id: number) {
  const row = await db.article.findUniqueOrThrow({ where: { id }, select: { text: true, outlet: { select: { name: true } } } });
  return { text: row.text, outlet: row.outlet?.name ?? null };
}

/**
 * Stamps a re-analysed article with the analysis version, inside its
 * transaction, and marks its reuse links for redoing: its citations and
 * fingerprints were rewritten, and credit and matches follow from them. Until
 * they are redone (right after, or by the next run if this one stops) the old links stay.
 */
export async function markAnalysed(tx: Prisma.TransactionClient, id: number, version: number) {
  await tx.article.update({ where: { id }, data: { analysedAt: new Date(), analysisVersion: version, reuseLinkedAt: null } });
}

/** Articles an older version of the analysers analysed, oldest id first. */
export async function staleArticleIds(db: Db, currentVersion: number): Promise<number[]> {
  return (await db.article.findMany({ where: { analysisVersion: { lt: currentVersion } }, select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
}

/** Articles whose reuse links are not (or no longer) written, oldest id first. */
export async function unlinkedArticleIds(db: Db): Promise<number[]> {
  return (await db.article.findMany({ where: { reuseLinkedAt: null }, select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
}

/** Marks an article's reuse as linked, inside the transaction that wrote the links. */
export async function markReuseLinked(tx: Prisma.TransactionClient, id: number) {
  await tx.article.update({ where: { id }, data: { reuseLinkedAt: new Date() } });
}

const comparisonSelect = { id: true, text: true, url: true, publishedAt: true, outlet: { select: { name: true } } } as const;

/** What reuse comparison reads of an article: text, URL, date and outlet. */
export type ComparisonRow = Prisma.ArticleGetPayload<{ select: typeof comparisonSelect }>;

export async function articlesForComparison(db: Db, ids: number[]): Promise<ComparisonRow[]> {
  return db.article.findMany({ where: { id: { in: ids } }, select: comparisonSelect });
}
