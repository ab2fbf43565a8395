import type { Prisma } from '../generated/prisma/client';
import type { ExtractedArticle } from '../core/extract/article';
import { articleFingerprints } from '../core/reuse/fingerprint';
import { tokenize } from '../core/text/tokens';
import { deleteFingerprints, insertFingerprints } from '../store/fingerprints';

/** Bumped when an analyser changes what it stores, so `provenance reanalyse` knows what is stale. */
export const ANALYSIS_VERSION = 1;

/**
 * Writes what the analysers find in an article (fingerprints for the reuse
 * index, and more as analysers arrive) inside the article's own transaction,
 * and marks it analysed.
 */
export async function storeAnalysis(tx: Prisma.TransactionClient, articleId: number, article: Pick<ExtractedArticle, 'text'>): Promise<void> {
  await deleteFingerprints(tx, articleId);
  await insertFingerprints(tx, articleId, articleFingerprints(tokenize(article.text)));
  await tx.article.update({ where: { id: articleId }, data: { analysedAt: new Date(), analysisVersion: ANALYSIS_VERSION } });
}
