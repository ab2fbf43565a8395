-- AlterTable
ALTER TABLE "article" ADD COLUMN     "edited_at" TIMESTAMP(3),
ADD COLUMN     "edited_by" TEXT;
