import { Router } from 'express';
import { z } from 'zod';
import { notFound } from '../../errors';
import type { Db } from '../../store/database';
import { outletRecordCsv } from '../../core/credibility/outlet-record';
import { outletRecord } from '../../services/outlet-record';
import { listOutlets, outletWithArticles } from '../../store/outlets';
import { presentArticleSummary } from '../presenters/article';
import { validate } from '../validation';

const slugParams = z.object({ slug: z.string().regex(/^[\p{L}\p{N}-]{1,120}$/u, 'not an outlet name') });

export async function outletList(db: Db) {
  const rows = await listOutlets(db);
  return rows.map((o) => ({ name: o.name, slug: o.slug, kind: o.kind, domain: o.domain, aliases: o.aliases, articles: o._count.articles }));
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
  };
}

export function outletRoutes(db: Db): Router {
  const router = Router();
  router.get('/outlets', async (_req, res) => res.render('pages/outlets', { title: 'Outlets', outlets: await outletList(db) }));
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
  router.get('/api/outlets', async (_req, res) => res.json({ outlets: await outletList(db) }));
  router.get('/api/outlets/:slug', async (req, res) => res.json({ outlet: await outletDetail(db, req.params) }));
  return router;
}
