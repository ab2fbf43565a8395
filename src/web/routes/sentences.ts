import { Router } from 'express';
import { z } from 'zod';
import { listFlaggedSentences } from '../../store/claims';
import type { Db } from '../../store/database';
import { filterOutlets } from '../../store/outlets';
import { FLAG_LABELS, presentFlaggedSentence } from '../presenters/sentences';
import { listQueryFields, pageInfo, validate } from '../validation';

const flaggedQuery = z.object(listQueryFields(50));

/** A page of flagged sentences across the store; the page and GET /api/sentences share it. */
export async function flaggedSentencePage(db: Db, query: unknown) {
  const q = validate(flaggedQuery, query);
  const { total, rows, counts } = await listFlaggedSentences(db, { flag: q.flag, outletId: q.outlet, page: q.page, pageSize: q.pageSize });
  return {
    filters: { flag: q.flag ?? null, outlet: q.outlet ?? null },
    counts,
    ...pageInfo(q, total),
    sentences: rows.map(presentFlaggedSentence),
  };
}

export function sentenceRoutes(db: Db): Router {
  const router = Router();
  router.get('/sentences', async (req, res) => {
    const list = await flaggedSentencePage(db, req.query);
    const outlets = await filterOutlets(db, list.filters.outlet);
    const title = list.filters.flag ? `${FLAG_LABELS[list.filters.flag]} sentences` : 'Flagged sentences';
    res.render('pages/sentences', { title, list, outlets, labels: FLAG_LABELS, query: req.query });
  });
  router.get('/api/sentences', async (req, res) => res.json(await flaggedSentencePage(db, req.query)));
  return router;
}
