import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../store/database';
import { signIn, signOut } from '../../services/auth';
import { type SecurityOptions, SESSION_COOKIE, sessionCookie, signInLimit } from '../middleware/auth';
import { validate } from '../validation';

const signInSchema = z.object({
  name: z.string().trim().min(1, 'enter your editor name').max(64),
  password: z.string().min(1, 'enter your password').max(1000),
  next: z.string().regex(/^\/(?!\/)[^\s]*$/, 'not a local address').max(500).optional(),
});

/** Sign-in and sign-out for editors; the form carries a CSRF token like every other form. */
export function authRoutes(db: Db, options: SecurityOptions, protect: import('express').RequestHandler): Router {
  const router = Router();
  router.get('/login', (req, res) => {
    const next = typeof req.query.next === 'string' && /^\/(?!\/)/.test(req.query.next) ? req.query.next : '/';
    res.render('pages/login', { title: 'Sign in', next, error: null });
  });
  router.post('/login', signInLimit(), protect, async (req, res) => {
    const input = validate(signInSchema, req.body);
    try {
      const session = await signIn(db, input.name, input.password);
      res.cookie(SESSION_COOKIE, session.token, sessionCookie(options, session.expiresAt));
      res.redirect(303, input.next ?? '/');
    } catch (e) {
      res.status(401).render('pages/login', { title: 'Sign in', next: input.next ?? '/', error: (e as Error).message });
    }
  });
  router.post('/logout', protect, async (req, res) => {
    const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
    if (token) await signOut(db, token);
    res.clearCookie(SESSION_COOKIE, sessionCookie(options));
    res.redirect(303, '/');
  });
  return router;
}
