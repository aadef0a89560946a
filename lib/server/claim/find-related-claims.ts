import { ENTITY_BONUS, rankBySimilarityAndNames } from "@/lib/domain/claims/shared-entities";
import type { Entity } from "@/lib/domain/claims/types";
import { db } from "@/lib/server/db/client";

export interface RelatedClaimsQuery {
  teamId: string;
  articleId: string;
  matchText: string;
  entities: Entity[];
  threshold: number;
  limit?: number;
}

interface Candidate {
  id: string;
  articleId: string;
  articleTitle: string;
  text: string;
  normalizedText: string | null;
  status: string;
  entities: Entity[];
  similarity: number;
}

/**
 * Claims in the team's other articles that say much the same: pg_trgm similarity of the case-folded
 * wording, nearest first through the GiST index (`%` and `<->` in one index scan that stops after
 * 100, however many claims are alike), raised by names both claims mention. The score must reach the
 * threshold; candidates are fetched a little below it so shared names can lift them over.
 *
 * One statement, one round trip: it runs on every claim read. `%` reads its threshold from the
 * setting pg_trgm.similarity_threshold, which `set_config(…, true)` sets for this statement's own
 * (implicit) transaction only. The setting is made in `cfg`, which the candidate scan refers to
 * laterally, so PostgreSQL must produce cfg's row before it starts that scan (a nested loop with cfg
 * outside; a subquery with a volatile function in its select list is never flattened into the join).
 */
export async function findRelatedClaims(query: RelatedClaimsQuery) {
  if (!query.matchText) return [];
  const floor = Math.max(0.05, query.threshold - ENTITY_BONUS * 3);
  const candidates = await db.$queryRaw<Candidate[]>`
    SELECT r.* FROM (SELECT set_config('pg_trgm.similarity_threshold', ${String(floor)}, true) AS threshold) cfg
    CROSS JOIN LATERAL (
      SELECT c.id, c."articleId", a.title AS "articleTitle", c.text, c."normalizedText", c.status::text AS status,
             c.entities, similarity(c."matchText", ${query.matchText})::float8 AS similarity
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE cfg.threshold IS NOT NULL AND c."teamId" = ${query.teamId}::uuid AND c."articleId" <> ${query.articleId}::uuid
        AND c."mergedIntoId" IS NULL AND c."matchText" % ${query.matchText}
      ORDER BY c."matchText" <-> ${query.matchText}
      LIMIT 100) r`;
  return rankBySimilarityAndNames(candidates, query, query.limit ?? 10);
}

export type RelatedClaim = Awaited<ReturnType<typeof findRelatedClaims>>[number];
