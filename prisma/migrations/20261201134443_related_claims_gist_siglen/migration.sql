-- DropIndex
DROP INDEX "Claim_matchText_gist_idx";

-- CreateIndex
CREATE INDEX "Claim_matchText_gist_idx" ON "Claim" USING GIST ("matchText" gist_trgm_ops(siglen=128));

-- Related claims (lib/server/claim/find-related-claims.ts) as one call with bitmap scans switched off
-- for its own statement. With the `%` condition the planner may read the trigram index as a bitmap
-- (every claim at least 10% alike, then a sort) instead of nearest-first with LIMIT 100. It did so
-- for wordings it guessed rare and common ones alike, and took 100 ms to 1.5 s instead of 10-50 ms.
-- A function's SET clause is the one way to steer the plan of a single statement. `%` reads its
-- threshold from pg_trgm.similarity_threshold, set for this call's transaction in `cfg`, which the
-- scan refers to laterally so it is set before the scan starts.
CREATE FUNCTION "factdesk_related_claim_candidates"(team uuid, article uuid, words text, floor text)
RETURNS TABLE (id uuid, "articleId" uuid, "articleTitle" text, text text, "normalizedText" text, status text, entities jsonb, similarity float8)
LANGUAGE sql VOLATILE
SET enable_bitmapscan = off
AS $$
  SELECT r.* FROM (SELECT set_config('pg_trgm.similarity_threshold', floor, true) AS threshold) cfg
  CROSS JOIN LATERAL (
    SELECT c.id, c."articleId", a.title, c.text, c."normalizedText", c.status::text, c.entities, similarity(c."matchText", words)::float8
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
    WHERE cfg.threshold IS NOT NULL AND c."teamId" = team AND c."articleId" <> article
      AND c."mergedIntoId" IS NULL AND c."matchText" % words
    ORDER BY c."matchText" <-> words
    LIMIT 100) r
$$;
