import type { Prisma } from '../generated/prisma/client';
import type { AnalysedSentence } from '../core/classify/analyse-article';
import { FLAG_NAMES, type FlagName } from '../core/classify/flags';
import { isReferenceMark } from '../core/attribution/labels';
import { isWriterOrReader } from '../core/attribution/words';
import type { Attribution } from '../core/attribution/types';
import type { Db } from './database';
import { upsertOutlet } from './outlets';
import { sourceKey } from '../core/attribution/source-key';

type Tx = Prisma.TransactionClient;

const sourceKind = (a: Attribution) => (a.sourceType === 'self' ? 'outlet' : a.sourceType);

/**
 * The Source rows for a set of attributions, created on first sight (outlets
 * linked to their Outlet rows): three queries for the lot, not one per source.
 */
async function sourcesFor(tx: Tx, articleId: number, attributions: Attribution[]): Promise<(a: Attribution) => number | undefined> {
  const keyOf = new Map<Attribution, string>();
  const wanted = new Map<string, { kind: string; name: string; normalizedName: string; role: string | null; organisation: string | null; outletId: number | null }>();
  const outlets = new Map<string, Awaited<ReturnType<typeof upsertOutlet>>>();
  for (const a of attributions) {
    const outletName = a.sourceType === 'outlet' || a.sourceType === 'self' ? (a.name ?? a.sourceText) : null;
    if (outletName && !outlets.has(outletName)) outlets.set(outletName, await upsertOutlet(tx, outletName));
    const outlet = outletName ? outlets.get(outletName)! : null;
    const name = outlet?.name ?? a.name ?? a.sourceText;
    const normalizedName = sourceKey(a, name, articleId);
    const key = `${sourceKind(a)}|${normalizedName}`;
    keyOf.set(a, key);
    if (!wanted.has(key)) wanted.set(key, { kind: sourceKind(a), name, normalizedName, role: a.role ?? null, organisation: a.organisation ?? null, outletId: outlet?.id ?? null });
  }
  const rows = [...wanted.values()];
  if (!rows.length) return () => undefined;
  await tx.source.createMany({ data: rows, skipDuplicates: true });
  const stored = await tx.source.findMany({ where: { OR: rows.map((r) => ({ kind: r.kind, normalizedName: r.normalizedName })) }, select: { id: true, kind: true, normalizedName: true } });
  const idOf = new Map(stored.map((r) => [`${r.kind}|${r.normalizedName}`, r.id]));
  return (a) => idOf.get(keyOf.get(a) ?? '');
}

/** Deletes an article's sentences and citations, before a re-analysis writes new ones. */
export async function deleteClaims(tx: Tx, articleId: number): Promise<void> {
  await tx.citation.deleteMany({ where: { articleId } });
  await tx.sentence.deleteMany({ where: { articleId } });
  await tx.articleFlag.deleteMany({ where: { articleId } });
}

/** How many of the sentences carry each flag, and any flag: the counts lists and records sum. */
async function insertFlagCounts(tx: Tx, articleId: number, sentences: AnalysedSentence[]): Promise<void> {
  const counted = sentences.filter((s) => !s.boilerplate && s.flags.length);
  const perFlag = new Map<string, number>();
  for (const s of counted) for (const flag of new Set(s.flags.map((f) => f.flag))) perFlag.set(flag, (perFlag.get(flag) ?? 0) + 1);
  if (perFlag.size) await tx.articleFlag.createMany({ data: [...perFlag].map(([flag, n]) => ({ articleId, flag, sentences: n })) });
  await tx.article.update({ where: { id: articleId }, data: { flaggedSentences: counted.length } });
}

/** Writes an article's analysed sentences with their citations and sources, inside the caller's transaction. */
export async function insertClaims(tx: Tx, articleId: number, sentences: AnalysedSentence[]): Promise<void> {
  await insertFlagCounts(tx, articleId, sentences);
  if (!sentences.length) return;
  const rows = await tx.sentence.createManyAndReturn({
    data: sentences.map((s) => ({
      articleId,
      index: s.index,
      start: s.start,
      end: s.end,
      text: s.text,
      boilerplate: s.boilerplate,
      flagNames: s.flags.map((f) => f.flag),
      flags: s.flags as unknown as Prisma.InputJsonValue,
    })),
    select: { id: true, index: true },
  });
  const idByIndex = new Map(rows.map((r) => [r.index, r.id]));
  // A bare "it" or "this" names nobody: nothing to follow; nor does "[1]", a reference only its own page can resolve
  // (stored as a source, every page's "[1]" would be one); nor the article's own voice when its outlet is unknown
  // (an interview's "Q:", "This newspaper has argued"), which would become an outlet called "Q"; nor the writer or
  // the reader outside anyone's quote ("I believe…", "now you know why"), no source the article cites.
  const named = (a: Attribution) =>
    !(a.sourceType === 'unknown' && /^(?:it|this|that|which)$/i.test(a.sourceText)) &&
    !isReferenceMark(a) &&
    !(a.sourceType === 'self' && !a.name) &&
    !(isWriterOrReader(a.sourceText) && a.sourceType !== 'self' && !a.inherited);
  const sourceIdOf = await sourcesFor(tx, articleId, sentences.flatMap((s) => s.attributions.filter(named)));
  const citations: Prisma.CitationCreateManyInput[] = [];
  for (const s of sentences) {
    const isQuote = s.flags.some((f) => f.flag === 'quote');
    for (const a of s.attributions.filter(named)) {
      const sourceId = sourceIdOf(a);
      if (sourceId === undefined) continue;
      citations.push({
        articleId,
        sentenceId: idByIndex.get(s.index) ?? null,
        sourceId,
        sourceText: a.sourceText,
        cueText: a.cueText,
        sourceStart: a.sourceStart,
        sourceEnd: a.sourceEnd,
        cueStart: a.cueStart,
        cueEnd: a.cueEnd,
        isQuote,
        inherited: Boolean(a.inherited),
      });
    }
  }
  if (citations.length) await tx.citation.createMany({ data: citations });
}

/**
 * Points an article's outlet citations at that outlet's article in the store
 * (the one this article reuses, else the latest), and points other articles'
 * citations of this article's outlet at it when they had none.
 */
export async function linkCitedArticles(db: Tx, articleId: number): Promise<void> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { outletId: true } });
  const outletCitations = await db.citation.findMany({
    where: { articleId, source: { outletId: { not: null } } },
    select: { id: true, source: { select: { outletId: true } } },
  });
  for (const c of outletCitations) {
    const outletId = c.source.outletId!;
    if (outletId === article?.outletId) continue;
    const reused = await db.reuse.findFirst({ where: { targetId: articleId, source: { outletId } }, select: { sourceId: true }, orderBy: { targetCoverage: 'desc' } });
    const cited =
      reused?.sourceId ??
      (await db.article.findFirst({ where: { outletId, id: { not: articleId } }, orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }], select: { id: true } }))?.id;
    if (cited) await db.citation.update({ where: { id: c.id }, data: { citedArticleId: cited } });
  }
  if (article?.outletId) {
    await db.citation.updateMany({
      where: { citedArticleId: null, articleId: { not: articleId }, source: { outletId: article.outletId } },
      data: { citedArticleId: articleId },
    });
  }
}

/** An article's sentences in order with their citations and sources, for the article page. */
export async function sentencesOfArticle(db: Db, articleId: number) {
  return db.sentence.findMany({
    where: { articleId },
    orderBy: { index: 'asc' },
    include: { citations: { include: { source: true, citedArticle: { select: { id: true, title: true } } } } },
  });
}

/** Articles with every sentence, citation and source: what tracing a claim reads of a story. */
export async function articlesWithClaims(db: Db, ids: number[]) {
  return db.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      text: true,
      publishedAt: true,
      outlet: { select: { name: true } },
      sentences: { orderBy: { index: 'asc' }, include: { citations: { include: { source: { include: { outlet: { select: { name: true } } } } } } } },
    },
  });
}

/** Which article a sentence belongs to, and where in it; null when there is no such sentence. */
export async function sentenceLocation(db: Db, sentenceId: number) {
  return db.sentence.findUnique({ where: { id: sentenceId }, select: { articleId: true, index: true, boilerplate: true } });
}

/** The sentence ids of some articles, by article and index. */
export async function sentenceIdsOf(db: Db, articleIds: number[]) {
  return db.sentence.findMany({ where: { articleId: { in: articleIds } }, select: { id: true, articleId: true, index: true } });
}

/** Where an article's claims are: each sentence's id and offsets, boilerplate left out. */
export async function claimSpansOf(db: Db, articleId: number) {
  return db.sentence.findMany({ where: { articleId, boilerplate: false }, orderBy: { index: 'asc' }, select: { id: true, start: true, end: true } });
}

/** Sources some articles cite that the store has no article for: the outside ends of a story's chains. */
export async function outsideCitations(db: Db, articleIds: number[]) {
  return db.citation.findMany({
    where: { articleId: { in: articleIds }, inherited: false, citedArticleId: null, source: { kind: { in: ['anonymous', 'person', 'organisation', 'document', 'outlet'] } } },
    select: { articleId: true, source: { select: { id: true, name: true, kind: true, outletId: true } } },
  });
}

/** What an outlet's record counts: each article's length and sentence flags, the kinds of outside source it cites, what it reused. */
export async function outletRecordRows(db: Db, outletId: number) {
  // Counted in the database, one row an article: an outlet's every sentence and citation never leaves it.
  const [articles, kinds, reuses] = await Promise.all([
    db.$queryRaw<{ id: number; length: number; claims: number; attributed: number; opinion: number; speculative: number; prophetic: number; unsourced: number }[]>`
      SELECT a.id, length(a.text)::int AS length,
        (count(s.id) FILTER (WHERE NOT s.boilerplate))::int AS claims,
        (count(s.id) FILTER (WHERE NOT s.boilerplate AND 'attributed' = ANY(s.flag_names)))::int AS attributed,
        (count(s.id) FILTER (WHERE NOT s.boilerplate AND 'opinion' = ANY(s.flag_names)))::int AS opinion,
        (count(s.id) FILTER (WHERE NOT s.boilerplate AND 'speculative' = ANY(s.flag_names)))::int AS speculative,
        (count(s.id) FILTER (WHERE NOT s.boilerplate AND 'prophetic' = ANY(s.flag_names)))::int AS prophetic,
        (count(s.id) FILTER (WHERE NOT s.boilerplate AND 'unsourced' = ANY(s.flag_names) AND NOT 'attributed' = ANY(s.flag_names)))::int AS unsourced
      FROM article a LEFT JOIN sentence s ON s.article_id = a.id
      WHERE a.outlet_id = ${outletId}
      GROUP BY a.id`,
    // The outlet's own reporting ("U.S. News has learned") is not an outside source.
    db.$queryRaw<{ kind: string; n: number }[]>`
      SELECT src.kind, count(*)::int AS n
      FROM citation c JOIN article a ON a.id = c.article_id JOIN source src ON src.id = c.source_id
      WHERE a.outlet_id = ${outletId} AND NOT c.inherited AND src.outlet_id IS DISTINCT FROM ${outletId}
      GROUP BY src.kind ORDER BY n DESC, src.kind`,
    db.reuse.findMany({ where: { target: { outletId } }, select: { targetId: true, credited: true, passages: { select: { targetStart: true, targetEnd: true } } } }),
  ]);
  return { articles, sourceKinds: Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)])), reuses };
}

export interface FlaggedSentenceQuery {
  /** One flag, or any flag when left out. */
  flag?: FlagName;
  outletId?: number;
  page: number;
  pageSize: number;
}

/**
 * A page of the store's flagged sentences (newest article first, then in
 * reading order), with their article and outlet, and how many sentences carry
 * each flag under the same outlet filter.
 */
export async function listFlaggedSentences(db: Db, q: FlaggedSentenceQuery) {
  const ofOutlet = q.outletId ? { outletId: q.outletId } : {};
  // Only the articles the counts say have the flag: a rare flag is found without reading every sentence.
  const where = {
    boilerplate: false,
    article: { ...ofOutlet, ...(q.flag ? { flagCounts: { some: { flag: q.flag } } } : { flaggedSentences: { gt: 0 } }) },
    flagNames: q.flag ? { has: q.flag } : { isEmpty: false },
  };
  const [perFlag, flagged, rows] = await Promise.all([
    db.articleFlag.groupBy({ by: ['flag'], where: { article: ofOutlet }, _sum: { sentences: true } }),
    db.article.aggregate({ where: ofOutlet, _sum: { flaggedSentences: true } }),
    db.sentence.findMany({
      where,
      orderBy: [{ articleId: 'desc' }, { index: 'asc' }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
      select: { id: true, index: true, start: true, text: true, flags: true, article: { select: { id: true, title: true, outlet: { select: { name: true, slug: true } } } } },
    }),
  ]);
  const counts = Object.fromEntries(FLAG_NAMES.map((f) => [f, perFlag.find((p) => p.flag === f)?._sum.sentences ?? 0])) as Record<FlagName, number>;
  return { total: q.flag ? counts[q.flag] : (flagged._sum.flaggedSentences ?? 0), rows, counts };
}
