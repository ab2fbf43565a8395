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
      ...(a.analysedAt ? { analysedAt: a.analysedAt, analysisVersion: a.analysisVersion } : {}),
    },
    select: { id: true, title: true },
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
    ...(q.flag ? { sentences: { some: { flagNames: { has: q.flag } } } } : {}),
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
