import { ENTITY_BONUS, rankBySimilarityAndNames } from "@/lib/domain/claims/shared-entities";
import type { Entity } from "@/lib/domain/claims/types";
import { Prisma } from "@/lib/server/db/client";
import { rawRows } from "@/lib/server/db/raw-rows";

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
 * One statement, one round trip: it runs on every claim read. The query lives in the SQL function
 * factdesk_related_claim_candidates (migration 20261201134443_related_claims_gist_siglen), whose SET
 * clause keeps PostgreSQL on the nearest-first scan: left to itself it sometimes read the index as a
 * bitmap of every claim at least `floor` alike and sorted that, 10 to 30 times slower.
 */
export async function findRelatedClaims(query: RelatedClaimsQuery) {
  if (!query.matchText) return [];
  const floor = Math.max(0.05, query.threshold - ENTITY_BONUS * 3);
  const candidates = await rawRows<Candidate>(Prisma.sql`
    SELECT * FROM factdesk_related_claim_candidates(${query.teamId}::uuid, ${query.articleId}::uuid, ${query.matchText}, ${String(floor)})`);
  return rankBySimilarityAndNames(candidates, query, query.limit ?? 10);
}

export type RelatedClaim = Awaited<ReturnType<typeof findRelatedClaims>>[number];
