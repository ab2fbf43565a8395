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
  const where: Prisma.ArticleWhereInput = q.outletId ? { outletId: q.outletId } : {};
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      select: listSelect,
      orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
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
