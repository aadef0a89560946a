-- Trigram similarity for related claims (a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "extractedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "matchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "touchedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Claim_matchText_idx" ON "Claim" USING GIN ("matchText" gin_trgm_ops);
