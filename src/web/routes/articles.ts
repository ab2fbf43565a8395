import { Router } from 'express';
import { z } from 'zod';
import { notFound } from '../../errors';
import { getArticle, listArticles } from '../../store/articles';
import type { Db } from '../../store/database';
import { ingestInput } from '../../services/ingest';
import { articleRecordSchema } from '../../core/extract/records';
import { validate } from '../validation';
import { presentArticle, presentArticleSummary } from '../presenters/article';
import { AppError } from '../../errors';

export const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  outlet: z.coerce.number().int().positive().optional(),
});

const idSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Reads a page of articles; shared by the home page and the API. */
export async function articlePage(db: Db, query: unknown) {
  const q = validate(listQuerySchema, query);
  const { total, rows } = await listArticles(db, { page: q.page, pageSize: q.pageSize, outletId: q.outlet });
  return { page: q.page, pageSize: q.pageSize, total, pages: Math.max(1, Math.ceil(total / q.pageSize)), articles: rows.map(presentArticleSummary) };
}

export async function articleById(db: Db, params: unknown) {
  const { id } = validate(idSchema, params);
  const row = await getArticle(db, id);
  if (!row) throw notFound(`Article ${id}`);
  return presentArticle(row);
}

export function articlesApi(db: Db): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    res.json(await articlePage(db, req.query));
  });
  router.get('/:id', async (req, res) => {
    res.json({ article: await articleById(db, req.params) });
  });
  router.post('/', async (req, res) => {
    if (!req.is('application/json')) throw new AppError(415, 'unsupported_type', 'Send the article as application/json.');
    const record = validate(articleRecordSchema, req.body);
    const [outcome] = await ingestInput(db, { name: 'api', data: JSON.stringify(record), format: 'json' });
    if (outcome.status === 'rejected') throw new AppError(400, outcome.code ?? 'rejected', outcome.message ?? 'rejected', 'text');
    res.status(outcome.status === 'imported' ? 201 : 200).json({ status: outcome.status, articleId: outcome.articleId, title: outcome.title });
  });
  return router;
}
