import { Prisma } from '../generated/prisma/client';
import type { Db } from './database';

export interface SourceListQuery {
  kind?: string;
  /** Only citations in this outlet's articles. */
  outletId?: number;
  /** Part of the source's name, any case. */
  name?: string;
  page: number;
  pageSize: number;
}

export interface SourceListRow {
  id: number;
  kind: string;
  name: string;
  role: string | null;
  organisation: string | null;
  outletSlug: string | null;
  articles: number;
  citations: number;
  /** The newest article that cites the source, for the list's date column. */
  latest: Date | null;
}

/** Text matched literally inside a LIKE pattern. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A pronoun no earlier name resolved ("He said" opening an article): the same word names different people in different articles. */
const UNRESOLVED = ['he', 'she', 'they', 'i', 'we', 'you', 'him', 'her', 'them', 'us', 'me', 'it', 'who', 'which', 'that'];

/**
 * Every source the store's articles cite, most cited (by articles) first,
 * with how many articles and sentences cite it; filtered by kind, outlet and
 * a part of the name. Also the number of sources of each kind under the
 * outlet and name filters, for the kind menu. A citation counts when it is a
 * sentence's own (not inherited from the one before) and names someone: not a
 * passive that hides its speaker ("was accused of"), whose source is only its
 * verb group, nor an unresolved pronoun.
 */
export async function listSources(db: Db, q: SourceListQuery) {
  const name = q.name ? `%${escapeLike(q.name.toLowerCase())}%` : null;
  const outletId = q.outletId ?? null;
  const kind = q.kind ?? null;
  const from = Prisma.sql`FROM source src JOIN citation c ON c.source_id = src.id JOIN article a ON a.id = c.article_id
    WHERE NOT c.inherited AND NOT (src.kind = 'weasel' AND c.source_start = c.cue_start AND c.source_end = c.cue_end)
      AND lower(src.name) <> ALL(${UNRESOLVED})
      AND (${outletId}::int IS NULL OR a.outlet_id = ${outletId})
      AND (${name}::text IS NULL OR lower(src.name) LIKE ${name})`;
  const [rows, kinds] = await Promise.all([
    db.$queryRaw<SourceListRow[]>`
      SELECT src.id, src.kind, src.name, src.role, src.organisation,
        (SELECT o.slug FROM outlet o WHERE o.id = src.outlet_id) AS "outletSlug",
        count(DISTINCT c.article_id)::int AS articles, count(*)::int AS citations, max(a.published_at) AS latest
      ${from} AND (${kind}::text IS NULL OR src.kind = ${kind})
      GROUP BY src.id
      ORDER BY articles DESC, citations DESC, src.name, src.id
      LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    db.$queryRaw<{ kind: string; n: number }[]>`SELECT src.kind, count(DISTINCT src.id)::int AS n ${from} GROUP BY src.kind`,
  ]);
  const counts: Record<string, number> = Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)]));
  const total = q.kind ? (counts[q.kind] ?? 0) : Object.values(counts).reduce((s, n) => s + n, 0);
  return { rows, counts, total };
}

/** One source with every sentence that cites it (its own citations), newest article first; null when there is no such source. */
export async function getSource(db: Db, id: number, limit = 500) {
  const source = await db.source.findUnique({ where: { id }, include: { outlet: { select: { name: true, slug: true } } } });
  if (!source) return null;
  const citations = await db.citation.findMany({
    where: { sourceId: id, inherited: false },
    orderBy: [{ article: { publishedAt: { sort: 'desc', nulls: 'last' } } }, { articleId: 'desc' }, { sentence: { index: 'asc' } }],
    take: limit,
    select: {
      cueText: true,
      sourceText: true,
      sourceStart: true,
      sourceEnd: true,
      cueStart: true,
      cueEnd: true,
      sentence: { select: { id: true, index: true, start: true, text: true } },
      article: { select: { id: true, title: true, publishedAt: true, outlet: { select: { name: true, slug: true } } } },
      citedArticle: { select: { id: true, title: true } },
    },
  });
  return { source, citations };
}

/**
 * Other people cited under the same family name ("Trump" beside "Donald
 * Trump" and "Ivanka Trump"), most cited first: articles that give only a
 * surname stay their own source, and the page lets a reader see the others.
 */
export async function peopleWithSurname(db: Db, surname: string, exceptId: number, limit = 8) {
  const lower = surname.toLowerCase();
  const endsWith = `% ${escapeLike(lower)}`;
  return db.$queryRaw<{ id: number; name: string; articles: number }[]>`
    SELECT src.id, src.name, count(DISTINCT c.article_id)::int AS articles
    FROM source src JOIN citation c ON c.source_id = src.id AND NOT c.inherited
    WHERE src.kind = 'person' AND src.id <> ${exceptId}
      AND (src.normalized_name = ${lower} OR src.normalized_name LIKE ${endsWith} OR src.normalized_name LIKE ${`${endsWith} jr%`})
    GROUP BY src.id
    ORDER BY articles DESC, src.name
    LIMIT ${limit}`;
}
