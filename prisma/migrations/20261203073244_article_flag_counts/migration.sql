-- AlterTable
ALTER TABLE "article" ADD COLUMN     "flagged_sentences" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "article_flag" (
    "article_id" INTEGER NOT NULL,
    "flag" TEXT NOT NULL,
    "sentences" INTEGER NOT NULL,

    CONSTRAINT "article_flag_pkey" PRIMARY KEY ("article_id","flag")
);

-- CreateIndex
CREATE INDEX "article_flag_flag_article_id_idx" ON "article_flag"("flag", "article_id");

-- AddForeignKey
ALTER TABLE "article_flag" ADD CONSTRAINT "article_flag_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the counts of the sentences already stored.
INSERT INTO "article_flag" ("article_id", "flag", "sentences")
SELECT s."article_id", f, count(*)::int FROM "sentence" s, unnest(s."flag_names") AS f
WHERE NOT s."boilerplate" GROUP BY s."article_id", f;

UPDATE "article" a SET "flagged_sentences" = c.n
FROM (SELECT "article_id", count(*)::int AS n FROM "sentence" WHERE NOT "boilerplate" AND cardinality("flag_names") > 0 GROUP BY "article_id") c
WHERE c."article_id" = a."id";
