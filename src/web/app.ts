import { randomBytes } from 'node:crypto';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { PUBLIC_DIR, VIEWS_DIR } from '../paths';
import type { Db } from '../store/database';
import { csrf, loadEditor, type SecurityOptions } from './middleware/auth';
import { errorHandler, notFoundHandler } from './middleware/errors';
import type { InFlight } from './middleware/in-flight';
import { authRoutes } from './routes/auth';
import { articleRoutes } from './routes/articles';
import { compareRoutes } from './routes/compare';
import type { UpgradeProgress } from '../services/upgrade';
import { homeRoutes } from './routes/home';
import { importRoutes } from './routes/import';
import { openApiRoutes } from './routes/openapi';
import { outletRoutes } from './routes/outlets';
import { sentenceRoutes } from './routes/sentences';
import { sourceRoutes } from './routes/sources';
import { storyRoutes } from './routes/stories';
import { traceRoutes } from './routes/trace';

export interface AppDeps {
  db: Db;
  security?: Partial<SecurityOptions> & { trustProxy?: boolean };
  /** Counts requests at work, so the server can wait for them before it closes the store. */
  inFlight?: InFlight;
  /** Where the background upgrade of stale analyses stands; null when none is running. */
  upgradeProgress?: () => UpgradeProgress | null;
}

/** Builds the Express app without listening, so tests drive it through supertest. */
export function createApp({ db, security = {}, inFlight, upgradeProgress = () => null }: AppDeps): express.Express {
  const app = express();
  if (inFlight) app.use(inFlight.count);
  const options: SecurityOptions = { secret: security.secret ?? randomBytes(32).toString('hex'), secureCookies: security.secureCookies ?? Boolean(security.trustProxy) };
  app.disable('x-powered-by');
  if (security.trustProxy) app.set('trust proxy', 1);
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
  app.use(cookieParser());
  app.use(loadEditor(db));
  const forms = csrf(options);
  // Every page knows who is signed in and carries a CSRF token for its forms.
  app.use((req, res, next) => {
    res.locals.editor = req.editor ?? null;
    res.locals.csrfToken = req.method === 'GET' && !req.path.startsWith('/api/') && !req.path.startsWith('/static/') ? forms.token(req, res) : '';
    next();
  });
  for (const routes of [
    homeRoutes(db, upgradeProgress),
    articleRoutes(db, forms.protect),
    compareRoutes(db),
    outletRoutes(db),
    storyRoutes(db),
    traceRoutes(db),
    sentenceRoutes(db),
    sourceRoutes(db),
    importRoutes(db, forms.protect),
    authRoutes(db, options, forms.protect),
    openApiRoutes(),
  ]) {
    app.use(routes);
  }
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
