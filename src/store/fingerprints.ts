import type { Prisma } from '../generated/prisma/client';
import type { Fingerprint } from '../core/reuse/fingerprint';
import type { Db } from './database';

type Tx = Db | Prisma.TransactionClient;

/** Stores an article's fingerprints in one statement (unnest of two arrays: the fastest multi-row insert measured here). */
export async function insertFingerprints(tx: Tx, articleId: number, fingerprints: Fingerprint[]): Promise<void> {
  if (fingerprints.length === 0) return;
  const hashes = fingerprints.map((f) => BigInt(f.hash));
  const positions = fingerprints.map((f) => f.pos);
  await tx.$executeRaw`
    INSERT INTO fingerprint (hash, article_id, pos)
    SELECT h, ${articleId}, p FROM unnest(${hashes}::bigint[], ${positions}::int[]) AS t(h, p)
    ON CONFLICT DO NOTHING`;
}

export async function deleteFingerprints(tx: Tx, articleId: number): Promise<void> {
  await tx.fingerprint.deleteMany({ where: { articleId } });
}

/** A fingerprint in more articles than this is boilerplate, not evidence of copying. */
const MAX_ARTICLES_PER_HASH = 50;

/**
 * Articles sharing at least `minShared` fingerprints with the given ones, most
 * shared first. One index probe per fingerprint (a lateral join, so the plan
 * does not depend on table statistics, which an embedded store never gathers),
 * each stopping after MAX_ARTICLES_PER_HASH + 1 articles: boilerplate costs no
 * more to skip than a rare phrase costs to find.
 */
export async function findCandidates(db: Db, fingerprints: Fingerprint[], excludeId: number, limit = 30, minShared = 2) {
  if (fingerprints.length === 0) return [];
  const hashes = [...new Set(fingerprints.map((f) => f.hash))].map((h) => BigInt(h));
  const rows = await db.$queryRaw<{ article_id: number; shared: bigint }[]>`
    WITH hits AS (
      SELECT q.hash, f.article_id
      FROM unnest(${hashes}::bigint[]) AS q(hash)
      CROSS JOIN LATERAL (
        SELECT DISTINCT article_id FROM fingerprint
        WHERE fingerprint.hash = q.hash AND article_id <> ${excludeId}
        LIMIT ${MAX_ARTICLES_PER_HASH + 1}
      ) f
    ), common AS (
      SELECT hash FROM hits GROUP BY hash HAVING count(*) <= ${MAX_ARTICLES_PER_HASH}
    )
    SELECT article_id, count(*) AS shared
    FROM hits JOIN common USING (hash)
    GROUP BY article_id HAVING count(*) >= ${minShared}
    ORDER BY shared DESC, article_id LIMIT ${limit}`;
  return rows.map((r) => ({ articleId: Number(r.article_id), shared: Number(r.shared) }));
}
