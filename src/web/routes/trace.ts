import { Router } from 'express';
import type { Db } from '../../store/database';
import { traceStoredSentence } from '../../services/trace';
import { presentTrace } from '../presenters/trace-page';
import { validate } from '../validation';
import { idParams } from './articles';

export async function traceView(db: Db, params: unknown) {
  const { id } = validate(idParams, params);
  const { trace, sentenceIdOf } = await traceStoredSentence(db, id);
  return presentTrace(id, trace, sentenceIdOf);
}

export function traceRoutes(db: Db): Router {
  const router = Router();
  router.get('/trace/:id', async (req, res) => {
    const view = await traceView(db, req.params);
    res.render('pages/trace', { title: 'Trace of a claim', view });
  });
  router.get('/api/trace/:id', async (req, res) => res.json(await traceView(db, req.params)));
  return router;
}
