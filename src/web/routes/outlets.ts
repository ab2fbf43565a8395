import { Router } from 'express';
import { z } from 'zod';
import { notFound } from '../../errors';
import type { Db } from '../../store/database';
import { outletRecordCsv } from '../../core/credibility/outlet-record';
import { outletRecord } from '../../services/outlet-record';
import { outletAsSources, outletCitationCounts, outletPage, outletWithArticles } from '../../store/outlets';
import { presentArticleSummary } from '../presenters/article';
import { listQueryFields, pageInfo, validate } from '../validation';

const slugParams = z.object({ slug: z.string().regex(/^[\p{L}\p{N}-]{1,120}$/u, 'not an outlet name') });

const { page, pageSize } = listQueryFields(50);
const outletListQuery = z.object({ page, pageSize, sort: z.enum(['name', 'articles']).default('name') });

/** A page of outlets; the page, the home page and GET /api/outlets share it. */
export async function outletList(db: Db, query: unknown) {
  const q = validate(outletListQuery, query);
  const { rows, total } = await outletPage(db, { skip: (q.page - 1) * q.pageSize, take: q.pageSize, byArticles: q.sort === 'articles' });
  const cited = await outletCitationCounts(db, rows.map((o) => o.id));
  const outlets = rows.map((o) => ({ name: o.name, slug: o.slug, kind: o.kind, domain: o.domain, aliases: o.aliases, articles: o._count.articles, cited: cited.get(o.id) ?? 0 }));
  return { outlets, sort: q.sort, ...pageInfo(q, total) };
}

export async function outletDetail(db: Db, params: unknown) {
  const { slug } = validate(slugParams, params);
  const outlet = await outletWithArticles(db, slug);
  if (!outlet) throw notFound(`Outlet "${slug}"`);
  return {
    id: outlet.id,
    record: await outletRecord(db, outlet.id),
    name: outlet.name,
    slug: outlet.slug,
    kind: outlet.kind,
    domain: outlet.domain,
    aliases: outlet.aliases,
    articles: outlet.articles.map(presentArticleSummary),
    citedAs: await outletAsSources(db, outlet.id),
  };
}

export function outletRoutes(db: Db): Router {
  const router = Router();
  router.get('/outlets', async (req, res) => res.render('pages/outlets', { title: 'Outlets', list: await outletList(db, req.query), query: req.query }));
  router.get('/outlets/:slug', async (req, res) => {
    const outlet = await outletDetail(db, req.params);
    res.render('pages/outlet', { title: outlet.name, outlet });
  });
  router.get('/api/outlets/:slug/record.csv', async (req, res) => {
    const outlet = await outletDetail(db, req.params);
    res.type('text/csv').attachment(`${outlet.slug}-record.csv`).send(outletRecordCsv(outlet.name, outlet.record));
  });
  router.get('/api/outlets/:slug/record.json', async (req, res) => {
    const outlet = await outletDetail(db, req.params);
    res.attachment(`${outlet.slug}-record.json`).json({ outlet: outlet.name, record: outlet.record });
  });
  router.get('/api/outlets', async (req, res) => res.json(await outletList(db, req.query)));
  router.get('/api/outlets/:slug', async (req, res) => res.json({ outlet: await outletDetail(db, req.params) }));
  return router;
}
