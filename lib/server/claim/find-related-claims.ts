import { largestNameBonus, rankBySimilarityAndNames } from "@/lib/domain/claims/shared-entities";
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

/** Candidates read first where shared names may reorder them; 100 when those do not settle the answer. */
const FIRST_READ = 25;
const FULL_READ = 100;
// Scores are rounded to three decimals before the threshold is applied: a candidate just under it may round up.
const ROUNDING = 0.0005;

/**
 * Claims in the team's other articles that say much the same: pg_trgm similarity of the case-folded
 * wording, nearest first through the GiST index (`%` and `<->` in one index scan that stops after
 * `wanted` rows, however many claims are alike), raised by names both claims mention. The score must
 * reach the threshold; candidates are fetched as far below it as shared names could lift them.
 *
 * It runs on every claim read, so it reads as little as gives the same answer as reading 100:
 * - a claim that names nobody lifts no candidate: its `limit` nearest are the answer;
 * - otherwise the 25 nearest first, and 100 only if a candidate after the 25th could still score
 *   above the last one kept (its similarity is at most the 25th's, plus the largest name bonus).
 *
 * The query lives in the SQL function factdesk_related_claim_candidates (migrations
 * 20261201134443_related_claims_gist_siglen and 20261201200000_related_claims_limit), whose SET clause
 * keeps PostgreSQL on the nearest-first scan: left to itself it sometimes read the index as a bitmap
 * of every claim at least `floor` alike and sorted that, 10 to 30 times slower.
 */
export async function findRelatedClaims(query: RelatedClaimsQuery) {
  if (!query.matchText) return [];
  const limit = query.limit ?? 10;
  const bonus = largestNameBonus(query.entities);
  const floor = Math.max(0.05, query.threshold - bonus - ROUNDING);
  const read = (wanted: number) =>
    rawRows<Candidate>(Prisma.sql`
      SELECT * FROM factdesk_related_claim_candidates(${query.teamId}::uuid, ${query.articleId}::uuid, ${query.matchText}, ${String(floor)}, ${wanted}::int)`);
  if (bonus === 0) return rankBySimilarityAndNames(await read(limit), query, limit);

  const first = await read(Math.max(FIRST_READ, limit));
  const ranked = rankBySimilarityAndNames(first, query, limit);
  if (first.length < Math.max(FIRST_READ, limit)) return ranked;
  // Nearest first, so every unread candidate is at most as alike as the last one read.
  const bestUnread = Math.round(Math.min(1, first.at(-1)!.similarity + bonus) * 1000) / 1000;
  const settled = bestUnread < query.threshold || (ranked.length === limit && bestUnread <= ranked.at(-1)!.score);
  return settled ? ranked : rankBySimilarityAndNames(await read(FULL_READ), query, limit);
}

export type RelatedClaim = Awaited<ReturnType<typeof findRelatedClaims>>[number];
