import express from 'express';
import helmet from 'helmet';
import { PUBLIC_DIR, VIEWS_DIR } from '../paths';
import type { Db } from '../store/database';
import { errorHandler, notFoundHandler } from './middleware/errors';
import { articleRoutes } from './routes/articles';
import { compareRoutes } from './routes/compare';
import { homeRoutes } from './routes/home';
import { importRoutes } from './routes/import';
import { openApiRoutes } from './routes/openapi';
import { outletRoutes } from './routes/outlets';
import { storyRoutes } from './routes/stories';
import { traceRoutes } from './routes/trace';

export interface AppDeps {
  db: Db;
}

/** Builds the Express app without listening, so tests drive it through supertest. */
export function createApp({ db }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('views', VIEWS_DIR);
  app.set('view engine', 'ejs');
  // A strict policy: scripts and styles only from this origin, never inline.
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], objectSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"] },
      },
    }),
  );
  app.use('/static', express.static(PUBLIC_DIR, { maxAge: '1h' }));
  app.use(express.json({ limit: '6mb' }));
  app.use(express.urlencoded({ extended: false, limit: '6mb' }));
  for (const routes of [homeRoutes(db), articleRoutes(db), compareRoutes(db), outletRoutes(db), storyRoutes(db), traceRoutes(db), importRoutes(db), openApiRoutes()]) app.use(routes);
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
