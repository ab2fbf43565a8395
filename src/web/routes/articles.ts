import { type RequestHandler, Router } from 'express';
import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { AppError, notFound } from '../../errors';
import { articleRecordSchema, withCommonNames } from '../../core/extract/records';
import { ingestInput } from '../../services/ingest';
import { type ArticleCorrection, type ArticleRow, deleteArticle, getArticle, listArticles } from '../../store/articles';
import { correctAndReanalyse } from '../../services/reanalyse';
import { sentencesOfArticle } from '../../store/claims';
import type { Db } from '../../store/database';
import { filterOutlets } from '../../store/outlets';
import { reuseOfArticle } from '../../store/reuse';
import { presentArticle, presentArticleSummary, presentCorrectionForm } from '../presenters/article';
import { presentReuse, presentSentences, presentSources } from '../presenters/article-page';
import { emptyToUndefined, listQueryFields, pageInfo, validate } from '../validation';
import { importLimit, requireEditor } from '../middleware/auth';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD')
  .refine((v) => isValid(parseISO(v)), 'not a real date');

export const listQuerySchema = z.object({
  ...listQueryFields(25),
  from: z.preprocess(emptyToUndefined, isoDate.optional()),
  to: z.preprocess(emptyToUndefined, isoDate.optional()),
  uncredited: z.preprocess(emptyToUndefined, z.enum(['1', 'true', 'on']).optional()).transform(Boolean),
  sort: z.preprocess(emptyToUndefined, z.enum(['published', 'imported', 'title']).default('published')),
});

const optionalText = (max: number) => z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().max(max).transform((v) => v || null));

/** An editor's correction (form or PATCH): fields left out keep their value; an empty field clears it. */
export const correctionSchema = z.object({
  title: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().min(1, 'an article needs a title').max(500)).optional(),
  outlet: optionalText(200).optional(),
  byline: optionalText(300).optional(),
  url: optionalText(2000)
    .refine((v) => v === null || /^https?:\/\/[^\s]+$/i.test(v), 'use a web address starting with http:// or https://')
    .optional(),
  publishedAt: z.union([z.literal('').transform(() => null), z.null(), isoDate]).optional(),
});

export const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** A page of articles with the filters applied; the articles page and GET /api/articles share it. */
export async function articlePage(db: Db, query: unknown) {
  const q = validate(listQuerySchema, query);
  const { total, rows } = await listArticles(db, { page: q.page, pageSize: q.pageSize, outletId: q.outlet, from: q.from, to: q.to, flag: q.flag, uncredited: q.uncredited, sort: q.sort });
  return {
    filters: { outlet: q.outlet ?? null, from: q.from ?? null, to: q.to ?? null, flag: q.flag ?? null, uncredited: q.uncredited, sort: q.sort },
    ...pageInfo(q, total),
    articles: rows.map(presentArticleSummary),
  };
}

/** Everything the article page shows; GET /api/articles/:id answers the same. */
export async function articleDetail(db: Db, params: unknown) {
  const { id } = validate(idParams, params);
  const row = await getArticle(db, id);
  if (!row) throw notFound(`Article ${id}`);
  const [sentences, reuse] = await Promise.all([sentencesOfArticle(db, id), reuseOfArticle(db, id)]);
  return {
    ...presentArticle(row),
    sentences: presentSentences(row.text, sentences),
    sources: presentSources(sentences),
    reuse: presentReuse(id, reuse),
  };
}

/** The stored details with the fields the editor sent laid over them. */
function mergeCorrection(row: ArticleRow, c: z.infer<typeof correctionSchema>): ArticleCorrection {
  return {
    title: c.title ?? row.title,
    outlet: c.outlet !== undefined ? c.outlet : (row.outlet?.name ?? null),
    byline: c.byline !== undefined ? c.byline : row.byline,
    url: c.url !== undefined ? c.url : row.url,
    publishedAt: c.publishedAt !== undefined ? c.publishedAt : (row.publishedAt?.toISOString().slice(0, 10) ?? null),
  };
}

export function articleRoutes(db: Db, protect: RequestHandler): Router {
  const router = Router();
  router.get('/articles', async (req, res) => {
    const list = await articlePage(db, req.query);
    const outlets = await filterOutlets(db, list.filters.outlet);
    res.render('pages/articles', { title: 'Articles', list, outlets, query: req.query });
  });
  router.get('/articles/:id', async (req, res) => {
    const article = await articleDetail(db, req.params);
    res.render('pages/article', { title: article.title, article });
  });
  router.get('/api/articles', async (req, res) => {
    res.json(await articlePage(db, req.query));
  });
  router.get('/api/articles/:id', async (req, res) => {
    res.json({ article: await articleDetail(db, req.params) });
  });
  router.get('/articles/:id/edit', requireEditor, async (req, res) => {
    const { id } = validate(idParams, req.params);
    const row = await getArticle(db, id);
    if (!row) throw notFound(`Article ${id}`);
    res.render('pages/edit', { title: `Correct: ${row.title}`, form: presentCorrectionForm(row), error: null });
  });
  router.post('/articles/:id/edit', requireEditor, protect, async (req, res) => {
    const { id } = validate(idParams, req.params);
    const row = await getArticle(db, id);
    if (!row) throw notFound(`Article ${id}`);
    const parsed = correctionSchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      res.status(400).render('pages/edit', { title: `Correct: ${row.title}`, form: presentCorrectionForm(row, req.body), error: `${issue.path.join('.')}: ${issue.message}` });
      return;
    }
    await correctAndReanalyse(db, id, mergeCorrection(row, parsed.data), req.editor!.name, new Date());
    res.redirect(303, `/articles/${id}`);
  });
  router.patch('/api/articles/:id', requireEditor, protect, async (req, res) => {
    const { id } = validate(idParams, req.params);
    if (!req.is('application/json')) throw new AppError(415, 'unsupported_type', 'Send the correction as application/json.');
    const correction = validate(correctionSchema, req.body);
    const row = await getArticle(db, id);
    if (!row) throw notFound(`Article ${id}`);
    await correctAndReanalyse(db, id, mergeCorrection(row, correction), req.editor!.name, new Date());
    res.json({ article: await articleDetail(db, { id }) });
  });
  router.post('/articles/:id/delete', requireEditor, protect, async (req, res) => {
    const { id } = validate(idParams, req.params);
    await deleteArticle(db, id);
    res.redirect(303, '/articles');
  });
  router.delete('/api/articles/:id', requireEditor, protect, async (req, res) => {
    const { id } = validate(idParams, req.params);
    const { count } = await deleteArticle(db, id);
    if (!count) throw notFound(`Article ${id}`);
    res.status(204).end();
  });
  router.post('/api/articles', requireEditor, importLimit(), protect, async (req, res) => {
    if (!req.is('application/json')) throw new AppError(415, 'unsupported_type', 'Send the article as application/json.');
    const record = validate(articleRecordSchema, withCommonNames(req.body));
    const [outcome] = await ingestInput(db, { name: 'api', data: JSON.stringify(record), format: 'json' });
    if (outcome.status === 'rejected') throw new AppError(400, outcome.code ?? 'rejected', outcome.message ?? 'rejected', 'text');
    res.status(outcome.status === 'imported' ? 201 : 200).json({ status: outcome.status, articleId: outcome.articleId, title: outcome.title });
  });
  return router;
}
