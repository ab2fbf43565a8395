import { Router } from 'express';
import { z } from 'zod';
import { notFound } from '../../errors';
import type { Db } from '../../store/database';
import { filterOutlets } from '../../store/outlets';
import { surnameOf } from '../../core/attribution/source-type';
import { getSource, listSources, peopleWithSurname } from '../../store/sources';
import { presentSource, presentSourceRow, SOURCE_KIND_LABELS, SOURCE_KINDS } from '../presenters/sources';
import { emptyToUndefined, listQueryFields, pageInfo, validate } from '../validation';

const { page, pageSize, outlet } = listQueryFields(50);
const sourceListQuery = z.object({
  page,
  pageSize,
  outlet,
  kind: z.preprocess(emptyToUndefined, z.enum(SOURCE_KINDS).optional()),
  name: z.string().trim().max(100, 'at most 100 characters').optional().default(''),
});
const sourceId = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
/** Citing sentences a source page shows at most. */
const CITATIONS_SHOWN = 500;

/** A page of the sources the store's articles cite; the page and GET /api/sources share it. */
export async function sourceListPage(db: Db, query: unknown) {
  const q = validate(sourceListQuery, query);
  const { rows, counts, total } = await listSources(db, { kind: q.kind, outletId: q.outlet, name: q.name || undefined, page: q.page, pageSize: q.pageSize });
  return {
    filters: { kind: q.kind ?? null, outlet: q.outlet ?? null, name: q.name },
    counts,
    ...pageInfo(q, total),
    sources: rows.map(presentSourceRow),
  };
}

async function sourceView(db: Db, params: unknown) {
  const { id } = validate(sourceId, params);
  const found = await getSource(db, id, CITATIONS_SHOWN);
  if (!found) throw notFound(`Source ${id}`);
  const surname = found.source.kind === 'person' ? surnameOf(found.source.name) : null;
  const sameSurname = surname ? { surname, people: await peopleWithSurname(db, surname, id) } : null;
  return presentSource(found, sameSurname, CITATIONS_SHOWN);
}

export function sourceRoutes(db: Db): Router {
  const router = Router();
  router.get('/sources', async (req, res) => {
    const list = await sourceListPage(db, req.query);
    const outlets = await filterOutlets(db, list.filters.outlet);
    res.render('pages/sources', { title: list.filters.kind ? `Sources: ${SOURCE_KIND_LABELS[list.filters.kind]}` : 'Sources', list, outlets, labels: SOURCE_KIND_LABELS, query: req.query });
  });
  router.get('/api/sources', async (req, res) => res.json(await sourceListPage(db, req.query)));
  router.get('/sources/:id', async (req, res) => {
    const source = await sourceView(db, req.params);
    res.render('pages/source', { title: source.name, source });
  });
  router.get('/api/sources/:id', async (req, res) => res.json(await sourceView(db, req.params)));
  return router;
}
