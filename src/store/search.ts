import type { Db } from './database';

export interface SearchHit {
  articleId: number;
  title: string;
  outlet: string | null;
  sentenceId: number;
  /** The sentence's place in its article: the article page's anchor is `#s<index>`. */
  sentenceIndex: number;
  snippet: string;
  /** The sentence in pieces, the words that matched the query marked. */
  pieces: { text: string; hit: boolean }[];
  rank: number;
}

// Marks around matched words from ts_headline: control characters, which no sentence text holds.
const START = '\u0001';
const STOP = '\u0002';

/** ts_headline's marked text as pieces: "a \u0001word\u0002 b" → a, word (hit), b. */
export function markedPieces(marked: string): { text: string; hit: boolean }[] {
  return marked
    .split(STOP)
    .flatMap((part) => {
      const [before, hit] = part.split(START);
      return hit === undefined ? [{ text: before, hit: false }] : [{ text: before, hit: false }, { text: hit, hit: true }];
    })
    .filter((p) => p.text);
}

async function countMatches(db: Db, query: string): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*) AS n FROM sentence s WHERE to_tsvector('english', s.text) @@ websearch_to_tsquery('english', ${query})`;
  return Number(row.n);
}

/**
 * PostgreSQL full-text search (English stemming, web-style query syntax) over
 * sentences, the matched words marked; the same SQL runs on PGlite and on a
 * server. One page of hits, best first, and how many sentences match in all
 * (counted in the same scan the ranking needs). The marking runs on the page
 * of hits only, after the sort.
 */
export async function searchText(db: Db, query: string, page: { limit: number; offset: number }): Promise<{ hits: SearchHit[]; total: number }> {
  const rows = await db.$queryRaw<{ article_id: number; title: string; outlet: string | null; sentence_id: number; sentence_index: number; snippet: string; marked: string; rank: number; total: number }[]>`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS query),
    hits AS (
      SELECT s.article_id, s.id AS sentence_id, s.index AS sentence_index, s.text, ts_rank(to_tsvector('english', s.text), q.query) AS rank,
             count(*) OVER () AS total
      FROM sentence s, q
      WHERE to_tsvector('english', s.text) @@ q.query
      ORDER BY rank DESC, s.article_id, s.index
      LIMIT ${page.limit} OFFSET ${page.offset})
    SELECT h.article_id, a.title, o.name AS outlet, h.sentence_id, h.sentence_index, h.text AS snippet, h.rank, h.total,
           ts_headline('english', h.text, q.query, ${`StartSel=${START}, StopSel=${STOP}, HighlightAll=true`}) AS marked
    FROM hits h JOIN article a ON a.id = h.article_id LEFT JOIN outlet o ON o.id = a.outlet_id, q
    ORDER BY h.rank DESC, h.article_id, h.sentence_index`;
  // A page past the last has no row to carry the count: it is counted on its own.
  const total = rows.length ? Number(rows[0].total) : page.offset > 0 ? await countMatches(db, query) : 0;
  const hits = rows.map((r) => ({
    articleId: Number(r.article_id),
    title: r.title,
    outlet: r.outlet,
    sentenceId: Number(r.sentence_id),
    sentenceIndex: Number(r.sentence_index),
    snippet: r.snippet,
    pieces: markedPieces(r.marked),
    rank: Number(r.rank),
  }));
  return { hits, total };
}
