import type { CookieOptions, Request, RequestHandler, Response } from 'express';
import { doubleCsrf } from 'csrf-csrf';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../../errors';
import type { Db } from '../../store/database';
import { editorFromApiToken, editorFromSession } from '../../services/auth';

declare module 'express-serve-static-core' {
  interface Request {
    editor?: { id: number; name: string } | null;
    /** How the editor proved who they are: a session cookie (needs CSRF) or an API token (does not). */
    authVia?: 'session' | 'token';
  }
}

export const SESSION_COOKIE = 'session';

export interface SecurityOptions {
  /** Signs CSRF tokens; from SESSION_SECRET, else random per process. */
  secret: string;
  /** Set the Secure flag on cookies: true behind TLS. */
  secureCookies: boolean;
}

/** Session cookies: HttpOnly, SameSite=Lax, Secure behind TLS. */
export function sessionCookie(options: SecurityOptions, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: options.secureCookies, path: '/', ...(expires ? { expires } : {}) };
}

/** Who is asking: a Bearer API token, else a session cookie, else nobody. Reading stays open to all. */
export function loadEditor(db: Db): RequestHandler {
  return async (req, _res, next) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (bearer) {
      req.editor = await editorFromApiToken(db, bearer);
      if (!req.editor) return next(new AppError(401, 'bad_token', 'That API token is not valid.'));
      req.authVia = 'token';
      return next();
    }
    const cookie = req.cookies?.[SESSION_COOKIE] as string | undefined;
    req.editor = cookie ? await editorFromSession(db, cookie) : null;
    if (req.editor) req.authVia = 'session';
    next();
  };
}

const wantsJson = (req: Request) => req.path.startsWith('/api/') || !req.accepts('html');

/** Writes need an editor: the API answers 401, pages go to the sign-in form and come back. */
export const requireEditor: RequestHandler = (req, res, next) => {
  if (req.editor) return next();
  if (wantsJson(req)) return next(new AppError(401, 'sign_in_required', 'Sign in as an editor or send an API token (Authorization: Bearer …) to do this.'));
  res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
};

/** Double-submit CSRF tokens for every cookie-authenticated write; API tokens are not cookies and skip it. */
export function csrf(options: SecurityOptions) {
  const { generateCsrfToken, doubleCsrfProtection } = doubleCsrf({
    getSecret: () => options.secret,
    getSessionIdentifier: (req) => (req.cookies?.[SESSION_COOKIE] as string | undefined) ?? '',
    cookieName: options.secureCookies ? '__Host-csrf' : 'csrf',
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure: options.secureCookies, path: '/' },
    getCsrfTokenFromRequest: (req) => (req.body?._csrf as string | undefined) ?? (req.get('x-csrf-token') as string | undefined),
    skipCsrfProtection: (req) => req.authVia === 'token',
    errorConfig: { statusCode: 403, message: 'The form has expired or did not come from this site. Reload the page and try again.', code: 'bad_csrf' },
  });
  return {
    protect: doubleCsrfProtection,
    /** Makes a token for the page's forms (and sets its cookie). */
    token: (req: Request, res: Response) => generateCsrfToken(req, res, { overwrite: false }),
  };
}

/** A rate limit whose refusal goes through the one error path (429 with a message). */
const limit = (windowMs: number, max: number, message: string) =>
  rateLimit({
    windowMs,
    limit: max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new AppError(429, 'rate_limited', message)),
  });

export const signInLimit = () => limit(15 * 60_000, 30, 'Too many sign-in attempts from here; wait a quarter of an hour.');
export const importLimit = () => limit(60_000, 120, 'Too many imports in a minute; slow down.');
