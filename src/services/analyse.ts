import type { Prisma } from '../generated/prisma/client';
import { analyseArticle } from '../core/classify/analyse-article';
import { articleFingerprints } from '../core/reuse/fingerprint';
import { tokenize } from '../core/text/tokens';
import { replaceClaims } from '../store/claims';
import { deleteFingerprints, insertFingerprints } from '../store/fingerprints';

/** Bumped when an analyser changes what it stores, so `provenance reanalyse` knows what is stale. */
export const ANALYSIS_VERSION = 2;

/**
 * Writes what the analysers find in an article (sentences with flags,
 * citations and their sources, fingerprints for the reuse index) inside the
 * article's own transaction, and marks it analysed.
 */
export async function storeAnalysis(tx: Prisma.TransactionClient, articleId: number, article: { text: string; outlet: string | null }): Promise<void> {
  await replaceClaims(tx, articleId, analyseArticle(article.text, article.outlet).sentences);
  await deleteFingerprints(tx, articleId);
  await insertFingerprints(tx, articleId, articleFingerprints(tokenize(article.text)));
  await tx.article.update({ where: { id: articleId }, data: { analysedAt: new Date(), analysisVersion: ANALYSIS_VERSION } });
}
