import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../store/database';
import { listArticles } from '../../store/articles';
import { searchText } from '../../store/search';
import { ANALYSIS_VERSION } from '../../services/analyse';
import type { UpgradeProgress } from '../../services/upgrade';
import { countStaleAnalyses, storeCounts } from '../../store/stats';
import { presentArticleSummary } from '../presenters/article';
import { listQueryFields, pageInfo, validate } from '../validation';
import { outletList } from './outlets';
import { storyList } from './stories';

const { page, pageSize } = listQueryFields(50);
const searchQuery = z.object({ q: z.string().trim().max(200, 'at most 200 characters').default(''), page, pageSize });

/** The home page; `upgrading` is where a background upgrade of stale analyses stands, if one runs. */
export async function homeView(db: Db, upgrading: UpgradeProgress | null = null) {
  const [counts, stale, newest, stories, outlets] = await Promise.all([
    storeCounts(db),
    countStaleAnalyses(db, ANALYSIS_VERSION),
    listArticles(db, { page: 1, pageSize: 10, sort: 'imported' }),
    storyList(db, 8).then((l) => l.stories),
    outletList(db, { pageSize: 20, sort: 'articles' }).then((l) => l.outlets),
  ]);
  return { counts, stale, upgrading, newest: newest.rows.map(presentArticleSummary), stories, outlets };
}

/** A page of the sentences that match a search, best first. */
export async function search(db: Db, query: unknown) {
  const { q, ...paging } = validate(searchQuery, query);
  const { hits, total } = q ? await searchText(db, q, { limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize }) : { hits: [], total: 0 };
  return { q, hits, ...pageInfo(paging, total) };
}

export function homeRoutes(db: Db, upgradeProgress: () => UpgradeProgress | null = () => null): Router {
  const router = Router();
  router.get('/', async (_req, res) => res.render('pages/home', { title: 'Source credibility and provenance', home: await homeView(db, upgradeProgress()) }));
  router.get('/api/home', async (_req, res) => res.json(await homeView(db, upgradeProgress())));
  router.get('/search', async (req, res) => {
    const result = await search(db, req.query);
    res.render('pages/search', { title: result.q ? `Search: ${result.q}` : 'Search', result, query: req.query });
  });
  router.get('/api/search', async (req, res) => res.json(await search(db, req.query)));
  return router;
}
