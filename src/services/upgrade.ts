import { staleArticleIds, unlinkedArticleIds } from '../store/articles';
import type { Db } from '../store/database';
import { ANALYSIS_VERSION } from './analyse';
import { linkReuse } from './link-reuse';
import { reanalyseArticle } from './reanalyse';

export interface UpgradeProgress {
  /** Re-analysing stale articles, then redoing the reuse links of those that need it. */
  phase: 'analyse' | 'link';
  done: number;
  total: number;
}

export interface UpgradeOptions {
  /** Checked between articles: an aborted run stops after the article at work. */
  signal?: AbortSignal;
  onProgress?: (progress: UpgradeProgress) => void;
  /** An article that fails is reported and skipped, so one bad row does not stop the rest. */
  onError?: (articleId: number, error: unknown) => void;
}

/**
 * Brings a store up to the current analysers while the app serves it: every
 * article an older version analysed is re-analysed (one transaction each, which
 * also marks its links for redoing), then every article whose reuse links are
 * not written gets them. Pages show each article's new analysis as soon as its
 * transaction commits. Safe to stop at any point: the next run finds what is
 * left by the same two queries.
 */
export async function upgradeStore(db: Db, { signal, onProgress = () => {}, onError = () => {} }: UpgradeOptions = {}) {
  const each = async (phase: UpgradeProgress['phase'], ids: number[], work: (id: number) => Promise<unknown>) => {
    let succeeded = 0;
    for (const [i, id] of ids.entries()) {
      if (signal?.aborted) break;
      try {
        await work(id);
        succeeded++;
      } catch (err) {
        onError(id, err);
      }
      onProgress({ phase, done: i + 1, total: ids.length });
    }
    return succeeded;
  };
  const analysed = await each('analyse', await staleArticleIds(db, ANALYSIS_VERSION), (id) => reanalyseArticle(db, id));
  const linked = signal?.aborted ? 0 : await each('link', await unlinkedArticleIds(db), (id) => linkReuse(db, id));
  return { analysed, linked };
}
