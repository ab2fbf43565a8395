import type { Db } from './database';

export interface SearchHit {
  articleId: number;
  title: string;
  outlet: string | null;
  sentenceId: number | null;
  /** The sentence's place in its article: the article page's anchor is `#s<index>`. */
  sentenceIndex: number | null;
  snippet: string;
  rank: number;
}

/**
 * PostgreSQL full-text search (English stemming, web-style query syntax) over
 * titles and sentences; the same SQL runs on PGlite and on a server.
 */
export async function searchText(db: Db, query: string, limit = 50): Promise<SearchHit[]> {
  const rows = await db.$queryRaw<{ article_id: number; title: string; outlet: string | null; sentence_id: number | null; sentence_index: number | null; snippet: string; rank: number }[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS query)
    SELECT a.id AS article_id, a.title, o.name AS outlet, s.id AS sentence_id, s.index AS sentence_index,
           s.text AS snippet, ts_rank(to_tsvector('english', s.text), q.query) AS rank
    FROM sentence s JOIN article a ON a.id = s.article_id LEFT JOIN outlet o ON o.id = a.outlet_id, q
    WHERE to_tsvector('english', s.text) @@ q.query
    ORDER BY rank DESC, a.id, s.index
    LIMIT ${limit}`;
  return rows.map((r) => ({ articleId: Number(r.article_id), title: r.title, outlet: r.outlet, sentenceId: r.sentence_id === null ? null : Number(r.sentence_id), sentenceIndex: r.sentence_index === null ? null : Number(r.sentence_index), snippet: r.snippet, rank: Number(r.rank) }));
}
