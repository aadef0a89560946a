-- DropIndex
DROP INDEX "Claim_matchText_gist_idx";

-- CreateIndex
CREATE INDEX "Claim_matchText_gist_idx" ON "Claim" USING GIST ("matchText" gist_trgm_ops(siglen=128));
