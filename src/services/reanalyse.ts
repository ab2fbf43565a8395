import type { ArticleCorrection } from '../store/articles';
import { allArticleIds, articleForAnalysis, correctArticle } from '../store/articles';
import { countReuse, deleteAllReuse } from '../store/reuse';
import type { Db } from '../store/database';
import { analyseForStore, storeAnalysis } from './analyse';
import { linkReuse } from './link-reuse';

export type ProgressListener = (done: number, total: number, phase: 'analyse' | 'link') => void;

/**
 * Re-runs every analyser on every stored article (one transaction each), then
 * re-links reuse across the whole store. Safe to interrupt and run again.
 */
export async function reanalyseAll(db: Db, onProgress: ProgressListener = () => {}): Promise<{ articles: number; pairs: number }> {
  const ids = await allArticleIds(db);
  for (const [i, id] of ids.entries()) {
    await reanalyseArticle(db, id);
    onProgress(i + 1, ids.length, 'analyse');
  }
  await deleteAllReuse(db);
  for (const [i, id] of ids.entries()) {
    await linkReuse(db, id);
    onProgress(i + 1, ids.length, 'link');
  }
  return { articles: ids.length, pairs: await countReuse(db) };
}

/** Re-runs the analysers on one stored article and replaces its analysis in one transaction; its links are left to redo. */
export async function reanalyseArticle(db: Db, id: number): Promise<void> {
  const analysis = analyseForStore(await articleForAnalysis(db, id));
  await db.$transaction((tx) => storeAnalysis(tx, id, analysis, { fresh: false }));
}

/**
 * An editor's correction of an article's details. The outlet decides which
 * citations are self-references and which copies are credited, and the date
 * decides who copied whom: the correction, the re-analysis and the article's
 * reuse links change together (correction and analysis in one transaction,
 * then the links, which a later import or reanalyse re-does if interrupted).
 * False when there is no such article.
 */
export async function correctAndReanalyse(db: Db, id: number, correction: ArticleCorrection, editor: string, now: Date): Promise<boolean> {
  const found = await db.$transaction(async (tx) => {
    const article = await correctArticle(tx, id, correction, editor, now);
    if (article) await storeAnalysis(tx, id, analyseForStore({ text: article.text, outlet: article.outlet?.name ?? null }), { fresh: false });
    return Boolean(article);
  });
  if (found) await linkReuse(db, id);
  return found;
}
