import { Router } from 'express';
import type { Db } from '../../store/database';
import { articleById, articlePage } from './articles';

/** Server-rendered pages; each hands a view model to its template and builds no HTML itself. */
export function pages(db: Db): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const list = await articlePage(db, req.query);
    res.render('pages/home', { title: 'Articles', list });
  });
  router.get('/articles/:id', async (req, res) => {
    const article = await articleById(db, req.params);
    res.render('pages/article', { title: article.title, article });
  });
  return router;
}
