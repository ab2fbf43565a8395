-- CreateIndex
CREATE INDEX "source_outlet_id_idx" ON "source"("outlet_id");
