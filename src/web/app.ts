import express from 'express';
import { PUBLIC_DIR, VIEWS_DIR } from '../paths';
import type { Db } from '../store/database';
import { errorHandler, notFoundHandler } from './middleware/errors';
import { articlesApi } from './routes/articles';
import { pages } from './routes/pages';

export interface AppDeps {
  db: Db;
}

/** Builds the Express app without listening, so tests drive it through supertest. */
export function createApp({ db }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('views', VIEWS_DIR);
  app.set('view engine', 'ejs');
  app.use('/static', express.static(PUBLIC_DIR, { maxAge: '1h' }));
  app.use(express.json({ limit: '6mb' }));
  app.use('/api/articles', articlesApi(db));
  app.use('/', pages(db));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
