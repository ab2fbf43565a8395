import { Router } from 'express';
import { z } from 'zod';
import { notFound } from '../../errors';
import { csvCell } from '../../core/credibility/outlet-record';
import { groupStories } from '../../core/provenance/stories';
import type { Db } from '../../store/database';
import { outsideCitations } from '../../store/claims';
import { reuseAmong, storyArticleIds } from '../../store/reuse';
import { articleHeadlines, reuseEdges, storyArticles } from '../../store/stats';
import { layoutStory } from '../presenters/story-graph';
import { listQueryFields, pageInfo, validate } from '../validation';
import { idParams } from './articles';

/** Stories (articles linked by reuse), largest first, each named by its earliest-imported article; one page of them. */
export async function storyList(db: Db, pageSize: number, page = 1) {
  const all = groupStories(await reuseEdges(db));
  const groups = all.slice((page - 1) * pageSize, page * pageSize);
  const heads = await articleHeadlines(db, groups.map((g) => g[0]));
  const byId = new Map(heads.map((h) => [h.id, h]));
  const stories = groups.map((g) => ({ id: g[0], size: g.length, title: byId.get(g[0])?.title ?? `Story ${g[0]}`, outlet: byId.get(g[0])?.outlet?.name ?? null }));
  return { stories, total: all.length };
}

const { page, pageSize } = listQueryFields(50);
const storyListQuery = z.object({ page, pageSize });

/** A page of stories; the page and GET /api/stories share it. */
async function storyListPage(db: Db, query: unknown) {
  const q = validate(storyListQuery, query);
  const { stories, total } = await storyList(db, q.pageSize, q.page);
  return { stories, ...pageInfo(q, total) };
}

/** One story as a laid-out graph: articles, reuse edges, and the sources its articles cite. */
export async function storyDetail(db: Db, params: unknown) {
  const { id } = validate(idParams, params);
  const ids = await storyArticleIds(db, id);
  const [articles, stored, citations] = await Promise.all([storyArticles(db, ids), reuseAmong(db, ids), outsideCitations(db, ids)]);
  const reuses = stored.map((r) => ({ sourceId: r.sourceId, targetId: r.targetId, kind: r.kind, credited: r.credited }));
  if (!articles.length) throw notFound(`Story ${id}`);
  const outletOf = new Map(articles.map((a) => [a.id, a.outletId]));
  // One node a source, however many of the story's articles cite it.
  const bySource = new Map<number, { sourceId: number; articleIds: number[]; name: string; kind: string }>();
  for (const c of citations) {
    // An outlet citing itself ("U.S. News has learned") is its own reporting, not an outside source.
    if (c.source.outletId && c.source.outletId === outletOf.get(c.articleId)) continue;
    const node = bySource.get(c.source.id) ?? { sourceId: c.source.id, articleIds: [], name: c.source.kind === 'anonymous' ? `anonymous: ${c.source.name}` : c.source.name, kind: c.source.kind };
    if (!node.articleIds.includes(c.articleId)) node.articleIds.push(c.articleId);
    bySource.set(c.source.id, node);
  }
  const externals = [...bySource.values()].slice(0, 40);
  const nodes = articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet?.name ?? null, date: a.publishedAt?.toISOString().slice(0, 10) ?? null }));
  return { id: ids[0], articles: nodes, reuses, graph: layoutStory(nodes, reuses, externals) };
}

export function storyRoutes(db: Db): Router {
  const router = Router();
  router.get('/stories', async (req, res) => res.render('pages/stories', { title: 'Stories', list: await storyListPage(db, req.query), query: req.query }));
  router.get('/stories/:id', async (req, res) => {
    const story = await storyDetail(db, req.params);
    res.render('pages/story', { title: `Story of ${story.articles[0].title}`, story });
  });
  router.get('/api/stories', async (req, res) => res.json(await storyListPage(db, req.query)));
  router.get('/api/stories/:id.csv', async (req, res) => {
    const story = await storyDetail(db, { id: req.params.id });
    const title = new Map(story.articles.map((a) => [a.id, a]));
    const rows = [['source_id', 'source_outlet', 'source_title', 'target_id', 'target_outlet', 'target_title', 'kind', 'credited']];
    for (const r of story.reuses) {
      const [s, t] = [title.get(r.sourceId)!, title.get(r.targetId)!];
      rows.push([String(s.id), s.outlet ?? '', s.title, String(t.id), t.outlet ?? '', t.title, r.kind, String(r.credited)]);
    }
    res.type('text/csv').attachment(`story-${story.id}.csv`).send(rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n');
  });
  router.get('/api/stories/:id', async (req, res) => {
    const { graph: _graph, ...story } = await storyDetail(db, req.params);
    res.json({ story });
  });
  return router;
}
