import { Router } from 'express';
import { z } from 'zod';
import { notFound } from '../../errors';
import { getArticle } from '../../store/articles';
import { claimSpansOf } from '../../store/claims';
import type { Db } from '../../store/database';
import { reuseBetween } from '../../store/reuse';
import { presentCompare } from '../presenters/compare-page';
import { validate } from '../validation';

const pairParams = z.object({
  a: z.coerce.number().int().positive().max(2_147_483_647),
  b: z.coerce.number().int().positive().max(2_147_483_647),
});

/** The two articles side by side with their shared passages; source on the left whatever the URL's order. */
export async function comparison(db: Db, params: unknown) {
  const { a, b } = validate(pairParams, params);
  const reuse = await reuseBetween(db, a, b);
  if (!reuse) {
    const [x, y] = await Promise.all([getArticle(db, a), getArticle(db, b)]);
    if (!x) throw notFound(`Article ${a}`);
    if (!y) throw notFound(`Article ${b}`);
    throw notFound(`Shared text between articles ${a} and ${b}`);
  }
  const [source, target, claims] = await Promise.all([getArticle(db, reuse.sourceId), getArticle(db, reuse.targetId), claimSpansOf(db, reuse.targetId)]);
  if (!source || !target) throw notFound('One of the articles');
  return presentCompare(source, target, reuse, claims);
}

export function compareRoutes(db: Db): Router {
  const router = Router();
  router.get('/compare/:a/:b', async (req, res) => {
    const view = await comparison(db, req.params);
    res.render('pages/compare', { title: `Compare: ${view.target.title}`, view });
  });
  router.get('/api/compare/:a/:b', async (req, res) => {
    res.json(await comparison(db, req.params));
  });
  return router;
}
