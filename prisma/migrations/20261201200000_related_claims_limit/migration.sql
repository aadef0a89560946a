-- Related claims with the number of candidates as a parameter (it was always 100). A claim that
-- names nobody cannot lift a candidate by shared names, so its ten nearest are the answer, and the
-- nearest-first scan stops after ten. Equally near claims come in the order of their ids, so reading
-- fewer rows returns the first rows of reading more (the scan alone leaves ties in any order).
-- See lib/server/claim/find-related-claims.ts.
DROP FUNCTION "factdesk_related_claim_candidates"(uuid, uuid, text, text);

CREATE FUNCTION "factdesk_related_claim_candidates"(team uuid, article uuid, words text, floor text, wanted int)
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
    ORDER BY c."matchText" <-> words, c.id
    LIMIT wanted) r
$$;
