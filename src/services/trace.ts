import type { Flag } from '../core/classify/flags';
import type { ClaimArticle, ClaimGraph } from '../core/provenance/claim-graph';
import { traceClaim } from '../core/provenance/trace';
import { notAClaim, notFound } from '../errors';
import type { Db } from '../store/database';
import { articlesWithClaims, sentenceIdsOf, sentenceLocation } from '../store/claims';
import { reuseAmong, storyArticleIds } from '../store/reuse';

/** The claim graph of a story, from the store. */
export async function storedClaimGraph(db: Db, articleId: number): Promise<ClaimGraph<number>> {
  const ids = await storyArticleIds(db, articleId);
  const [rows, reuses] = await Promise.all([articlesWithClaims(db, ids), reuseAmong(db, ids)]);
  const articles = new Map<number, ClaimArticle<number>>();
  for (const r of rows) {
    articles.set(r.id, {
      id: r.id,
      label: r.outlet?.name ?? r.title,
      outlet: r.outlet?.name ?? null,
      date: r.publishedAt?.toISOString().slice(0, 10) ?? null,
      text: r.text,
      sentences: r.sentences.map((s) => ({
        index: s.index,
        start: s.start,
        end: s.end,
        text: s.text,
        boilerplate: s.boilerplate,
        flags: s.flags as unknown as Flag[],
        attributions: s.citations.map((c) => ({
          sourceText: c.sourceText,
          name: c.source.name,
          sourceType: c.source.outlet && c.source.outlet.name === r.outlet?.name ? 'self' : c.source.kind,
          cueText: c.cueText,
          inherited: c.inherited,
          outlet: c.source.outlet?.name ?? null,
          sourceId: c.source.id,
        })),
      })),
    });
  }
  return {
    articles,
    reuses: reuses.map((r) => ({ sourceId: r.sourceId, targetId: r.targetId, kind: r.kind, credited: r.credited, confidence: r.confidence, passages: r.passages })),
  };
}

/** Traces the claim of a stored sentence across the store. */
export async function traceStoredSentence(db: Db, sentenceId: number) {
  const sentence = await sentenceLocation(db, sentenceId);
  if (!sentence) throw notFound(`Sentence ${sentenceId}`);
  if (sentence.boilerplate) throw notAClaim(`Sentence ${sentenceId}`);
  const graph = await storedClaimGraph(db, sentence.articleId);
  const trace = traceClaim(graph, sentence.articleId, sentence.index);
  if (!trace) throw notFound(`Sentence ${sentenceId}`);
  const sentenceIds = new Map(
    (await sentenceIdsOf(db, trace.versions.map((v) => v.articleId))).map((s) => [`${s.articleId}:${s.index}`, s.id]),
  );
  return { sentenceId, trace, sentenceIdOf: (articleId: number, index: number) => sentenceIds.get(`${articleId}:${index}`) ?? null };
}
