-- CreateTable
CREATE TABLE "outlet" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "domain" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'unknown',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article" (
    "id" SERIAL NOT NULL,
    "outlet_id" INTEGER,
    "title" TEXT NOT NULL,
    "byline" TEXT,
    "url" TEXT,
    "published_at" DATE,
    "date_raw" TEXT,
    "date_confidence" TEXT NOT NULL DEFAULT 'unknown',
    "date_issues" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "text" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "word_count" INTEGER NOT NULL,
    "format" TEXT NOT NULL DEFAULT 'text',
    "source_name" TEXT,
    "imported_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "analysed_at" TIMESTAMP(3),
    "reuse_linked_at" TIMESTAMP(3),
    "analysis_version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sentence" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "boilerplate" BOOLEAN NOT NULL DEFAULT false,
    "flag_names" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "flags" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "sentence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalized_name" TEXT NOT NULL,
    "role" TEXT,
    "organisation" TEXT,
    "outlet_id" INTEGER,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citation" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "sentence_id" INTEGER,
    "source_id" INTEGER NOT NULL,
    "source_text" TEXT NOT NULL,
    "cue_text" TEXT,
    "source_start" INTEGER NOT NULL,
    "source_end" INTEGER NOT NULL,
    "cue_start" INTEGER,
    "cue_end" INTEGER,
    "is_quote" BOOLEAN NOT NULL DEFAULT false,
    "inherited" BOOLEAN NOT NULL DEFAULT false,
    "cited_article_id" INTEGER,

    CONSTRAINT "citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reuse" (
    "id" SERIAL NOT NULL,
    "source_article_id" INTEGER NOT NULL,
    "target_article_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "direction_basis" TEXT NOT NULL,
    "credited" BOOLEAN NOT NULL,
    "target_coverage" DOUBLE PRECISION NOT NULL,
    "source_coverage" DOUBLE PRECISION NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reuse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "passage" (
    "id" SERIAL NOT NULL,
    "reuse_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,
    "source_start" INTEGER NOT NULL,
    "source_end" INTEGER NOT NULL,
    "target_start" INTEGER NOT NULL,
    "target_end" INTEGER NOT NULL,

    CONSTRAINT "passage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fingerprint" (
    "hash" BIGINT NOT NULL,
    "article_id" INTEGER NOT NULL,
    "pos" INTEGER NOT NULL,

    CONSTRAINT "fingerprint_pkey" PRIMARY KEY ("hash","article_id","pos")
);

-- CreateIndex
CREATE UNIQUE INDEX "outlet_name_key" ON "outlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "outlet_slug_key" ON "outlet"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "article_content_hash_key" ON "article"("content_hash");

-- CreateIndex
CREATE INDEX "article_outlet_id_idx" ON "article"("outlet_id");

-- CreateIndex
CREATE INDEX "article_published_at_idx" ON "article"("published_at");

-- CreateIndex
CREATE UNIQUE INDEX "sentence_article_id_index_key" ON "sentence"("article_id", "index");

-- CreateIndex
CREATE UNIQUE INDEX "source_kind_normalized_name_key" ON "source"("kind", "normalized_name");

-- CreateIndex
CREATE INDEX "citation_article_id_idx" ON "citation"("article_id");

-- CreateIndex
CREATE INDEX "citation_source_id_idx" ON "citation"("source_id");

-- CreateIndex
CREATE INDEX "citation_cited_article_id_idx" ON "citation"("cited_article_id");

-- CreateIndex
CREATE INDEX "reuse_target_article_id_idx" ON "reuse"("target_article_id");

-- CreateIndex
CREATE UNIQUE INDEX "reuse_source_article_id_target_article_id_key" ON "reuse"("source_article_id", "target_article_id");

-- CreateIndex
CREATE INDEX "passage_reuse_id_idx" ON "passage"("reuse_id");

-- CreateIndex
CREATE INDEX "fingerprint_article_id_idx" ON "fingerprint"("article_id");

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentence" ADD CONSTRAINT "sentence_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source" ADD CONSTRAINT "source_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_sentence_id_fkey" FOREIGN KEY ("sentence_id") REFERENCES "sentence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_cited_article_id_fkey" FOREIGN KEY ("cited_article_id") REFERENCES "article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reuse" ADD CONSTRAINT "reuse_source_article_id_fkey" FOREIGN KEY ("source_article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reuse" ADD CONSTRAINT "reuse_target_article_id_fkey" FOREIGN KEY ("target_article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "passage" ADD CONSTRAINT "passage_reuse_id_fkey" FOREIGN KEY ("reuse_id") REFERENCES "reuse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fingerprint" ADD CONSTRAINT "fingerprint_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
