-- CreateIndex
CREATE INDEX "citation_sentence_id_idx" ON "citation"("sentence_id");
