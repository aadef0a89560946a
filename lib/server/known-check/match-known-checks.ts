import { ENTITY_BONUS, relatednessScore, sharedEntities } from "@/lib/domain/claims/shared-entities";
import type { Entity } from "@/lib/domain/claims/types";
import { db } from "@/lib/server/db/client";

const NAMED = new Set(["person", "organisation", "place"]);

export interface KnownCheckQuery {
  teamId: string;
  matchText: string;
  language: "de" | "en";
  entities: Pick<Entity, "type" | "text">[];
  threshold: number;
  limit?: number;
}

interface Candidate {
  id: string;
  reviewUrl: string;
  claimReviewed: string;
  claimant: string | null;
  ratingName: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  publisher: string | null;
  reviewedAt: Date | null;
  language: string | null;
  entities: Entity[];
  similarity: number;
}

/**
 * The team's known fact-checks closest to a claim, scored as related claims are: pg_trgm similarity
 * of the case-folded wording plus a bonus per shared name, against the team's related-claim threshold.
 * Candidates come from two index scans: nearest by trigrams (GiST, stops after 50) and full-text
 * matches (GIN, in the claim's language) on all the names the claim mentions, so a check that words
 * the claim differently but names the same people, places and organisations can be lifted over the
 * threshold. Names, not every word: an OR over common words would rank half the table per claim.
 */
export async function matchKnownChecks(query: KnownCheckQuery) {
  if (!query.matchText) return [];
  const floor = Math.max(0.05, query.threshold - ENTITY_BONUS * 3);
  const config = query.language === "de" ? "german" : "english";
  const names = [...new Set(query.entities.filter((entity) => NAMED.has(entity.type)).map((entity) => entity.text))].slice(0, 5);
  const candidates = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(floor)}, true)`;
    return tx.$queryRaw<Candidate[]>`
      WITH q AS (SELECT CASE WHEN ${names.length} > 0 THEN plainto_tsquery(${config}::regconfig, ${names.join(" ")}) END AS words),
      near AS (
        SELECT k.id FROM "KnownFactCheck" k
        WHERE k."teamId" = ${query.teamId}::uuid AND k."matchText" % ${query.matchText}
        ORDER BY k."matchText" <-> ${query.matchText} LIMIT 50),
      worded AS (
        SELECT k.id FROM "KnownFactCheck" k, q
        WHERE q.words IS NOT NULL AND k."teamId" = ${query.teamId}::uuid AND k."searchVector" @@ q.words
        ORDER BY ts_rank_cd(k."searchVector", q.words) DESC LIMIT 50)
      SELECT k.id, k."reviewUrl", k."claimReviewed", k.claimant, k."ratingName", k."ratingValue", k."bestRating", k.publisher,
             k."reviewedAt", k.language, k.entities, similarity(k."matchText", ${query.matchText})::float8 AS similarity
      FROM "KnownFactCheck" k WHERE k.id IN (SELECT id FROM near UNION SELECT id FROM worded)`;
  });
  return candidates
    .map(({ entities, similarity, ...check }) => {
      const shared = sharedEntities(query.entities, entities);
      return { ...check, similarity: round(similarity), sharedEntities: shared, score: round(relatednessScore(similarity, shared.length)) };
    })
    .filter((check) => check.score >= query.threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, query.limit ?? 5);
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export type KnownCheckMatch = Awaited<ReturnType<typeof matchKnownChecks>>[number];
