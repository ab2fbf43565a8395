import type { Prisma } from '../generated/prisma/client';
import { outletSlug, resolveKnownOutlet } from '../core/provenance/outlets';
import type { Db } from './database';

type Tx = Db | Prisma.TransactionClient;

/** The outlet of this name, or of a name with the same slug: names that differ only in case or punctuation ("Times The", "Times the") are one outlet. */
async function findOutlet(tx: Tx, name: string, slug: string) {
  return (await tx.outlet.findUnique({ where: { name } })) ?? (await tx.outlet.findUnique({ where: { slug } }));
}

/** The outlet row for a name (or for a name with the same slug), created on first sight with its known aliases, domain and kind. */
export async function upsertOutlet(tx: Tx, name: string) {
  const known = resolveKnownOutlet(name);
  const canonical = known?.name ?? name.trim();
  const slug = outletSlug(canonical);
  // Almost every outlet is already there: one look-up is cheaper than an upsert's round trips.
  const existing = await findOutlet(tx, canonical, slug);
  if (existing) return existing;
  return tx.outlet.upsert({
    where: { name: canonical },
    update: {},
    create: {
      name: canonical,
      slug,
      aliases: known?.aliases ?? [],
      domain: known?.domain ?? null,
      kind: known?.kind ?? 'unknown',
    },
  });
}

/**
 * Outlets that publish or are cited: one an older analysis cited and the
 * current one does not ("Sky Sports News" before it was known as Sky Sports)
 * stays in the store, unlisted, since a concurrent import may be about to use it.
 */
const IN_USE = { OR: [{ articles: { some: {} } }, { sources: { some: { citations: { some: {} } } } }] } satisfies Prisma.OutletWhereInput;

/** Outlets in use listed by name or, with `byArticles`, the largest first; one page of them, and their number. */
export async function outletPage(db: Db, page: { skip: number; take: number; byArticles: boolean }) {
  const [rows, total] = await Promise.all([
    db.outlet.findMany({
      where: IN_USE,
      orderBy: page.byArticles ? [{ articles: { _count: 'desc' } }, { name: 'asc' }] : { name: 'asc' },
      include: { _count: { select: { articles: true } } },
      skip: page.skip,
      take: page.take,
    }),
    db.outlet.count({ where: IN_USE }),
  ]);
  return { rows, total };
}

/** The sources that stand for these outlets when articles cite them (as an outlet, or as the article itself), with their citation counts. */
async function outletSources(db: Db, outletIds: number[]) {
  const sources = await db.source.findMany({ where: { outletId: { in: outletIds } }, select: { id: true, kind: true, outletId: true, _count: { select: { citations: true } } }, orderBy: { id: 'asc' } });
  return sources.map((s) => ({ id: s.id, kind: s.kind, outletId: s.outletId, citations: s._count.citations }));
}

/** How many times articles cite each of these outlets, by outlet id. */
export async function outletCitationCounts(db: Db, outletIds: number[]): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const s of await outletSources(db, outletIds)) counts.set(s.outletId!, (counts.get(s.outletId!) ?? 0) + s.citations);
  return counts;
}

/** The sources that stand for one outlet, each with its citation count: what its page links to. */
export const outletAsSources = (db: Db, outletId: number) => outletSources(db, [outletId]);

/** Outlets a list's filter menu offers: a menu of thousands is no use, and each outlet's own page leads to its lists. */
export const FILTER_OUTLETS = 200;

/** The FILTER_OUTLETS outlets with most articles, and the one selected if it is not among them, by name. */
export async function filterOutlets(db: Db, selected: number | null) {
  const select = { id: true, name: true } as const;
  const largest = await db.outlet.findMany({ select, orderBy: [{ articles: { _count: 'desc' } }, { name: 'asc' }], take: FILTER_OUTLETS });
  const chosen = selected !== null && !largest.some((o) => o.id === selected) ? await db.outlet.findUnique({ select, where: { id: selected } }) : null;
  return [...largest, ...(chosen ? [chosen] : [])].sort((a, b) => a.name.localeCompare(b.name));
}

/** Articles an outlet's page lists; the rest are a link away, on the paginated article list. */
export const OUTLET_PAGE_ARTICLES = 20;

/** An outlet's page: the outlet and its newest articles. */
export async function outletWithArticles(db: Db, slug: string) {
  return db.outlet.findUnique({
    where: { slug },
    include: {
      articles: {
        select: { id: true, title: true, publishedAt: true, dateRaw: true, dateConfidence: true, dateIssues: true, wordCount: true, byline: true, url: true, importedAt: true, outlet: { select: { id: true, name: true, slug: true } } },
        orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
        take: OUTLET_PAGE_ARTICLES,
      },
    },
  });
}

/** An outlet as a backup keeps it. */
export interface BackupOutlet {
  name: string;
  slug: string;
  aliases: string[];
  domain: string | null;
  kind: string;
}

/** Every outlet in creation order, for a backup. */
export async function allOutlets(db: Db) {
  return db.outlet.findMany({ orderBy: { id: 'asc' } });
}

/** Puts back an outlet from a backup, over one of the same name or slug. */
export async function restoreOutlet(db: Db, o: BackupOutlet) {
  const existing = await findOutlet(db, o.name, o.slug);
  if (existing) await db.outlet.update({ where: { id: existing.id }, data: { aliases: o.aliases, domain: o.domain, kind: o.kind } });
  else await db.outlet.create({ data: o });
}
