-- Full-text search. The vectors are generated columns, so every write keeps them current, and the
-- text-search configuration follows the language of the article (German or English).

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  CASE WHEN "language" = 'de'
    THEN setweight(to_tsvector('german'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('german'::regconfig, coalesce("body", '')), 'B')
    ELSE setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'B')
  END
) STORED;

-- AlterTable: existing claims take the language of their article before the column becomes required.
ALTER TABLE "Claim" ADD COLUMN "language" "Language";
UPDATE "Claim" c SET "language" = a."language" FROM "Article" a WHERE a.id = c."articleId";
ALTER TABLE "Claim" ALTER COLUMN "language" SET NOT NULL;
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  CASE WHEN "language" = 'de'
    THEN to_tsvector('german'::regconfig, coalesce("normalizedText", '') || ' ' || "text")
    ELSE to_tsvector('english'::regconfig, coalesce("normalizedText", '') || ' ' || "text")
  END
) STORED;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Claim_teamId_id_idx" ON "Claim"("teamId", "id" DESC);

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
