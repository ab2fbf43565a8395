import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../store/database';
import { listArticles } from '../../store/articles';
import { searchText } from '../../store/search';
import { ANALYSIS_VERSION } from '../../services/analyse';
import type { UpgradeProgress } from '../../services/upgrade';
import { countStaleAnalyses, storeCounts } from '../../store/stats';
import { presentArticleSummary } from '../presenters/article';
import { validate } from '../validation';
import { outletList } from './outlets';
import { storyList } from './stories';

const searchQuery = z.object({ q: z.string().trim().max(200, 'at most 200 characters').default('') });

/** The home page; `upgrading` is where a background upgrade of stale analyses stands, if one runs. */
export async function homeView(db: Db, upgrading: UpgradeProgress | null = null) {
  const [counts, stale, newest, stories, outlets] = await Promise.all([
    storeCounts(db),
    countStaleAnalyses(db, ANALYSIS_VERSION),
    listArticles(db, { page: 1, pageSize: 10, sort: 'imported' }),
    storyList(db, 8).then((l) => l.stories),
    outletList(db),
  ]);
  return { counts, stale, upgrading, newest: newest.rows.map(presentArticleSummary), stories, outlets: outlets.slice(0, 20) };
}

/** Hits a search shows, best first. */
const SEARCH_HITS = 50;

export async function search(db: Db, query: unknown) {
  const { q } = validate(searchQuery, query);
  return { q, limit: SEARCH_HITS, hits: q ? await searchText(db, q, SEARCH_HITS) : [] };
}

export function homeRoutes(db: Db, upgradeProgress: () => UpgradeProgress | null = () => null): Router {
  const router = Router();
  router.get('/', async (_req, res) => res.render('pages/home', { title: 'Source credibility and provenance', home: await homeView(db, upgradeProgress()) }));
  router.get('/api/home', async (_req, res) => res.json(await homeView(db, upgradeProgress())));
  router.get('/search', async (req, res) => {
    const result = await search(db, req.query);
    res.render('pages/search', { title: result.q ? `Search: ${result.q}` : 'Search', result });
  });
  router.get('/api/search', async (req, res) => res.json(await search(db, req.query)));
  return router;
}
