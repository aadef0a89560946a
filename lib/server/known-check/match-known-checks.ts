import { ENTITY_BONUS, rankBySimilarityAndNames } from "@/lib/domain/claims/shared-entities";
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
 * Two GIN index scans find the candidates: wording similar at the threshold itself (trigrams), and
 * checks that mention every name the claim mentions (full text in the claim's language) whose wording
 * is similar at least down to the threshold less the largest name bonus, so shared names can lift a
 * differently worded check.
 */
export async function matchKnownChecks(query: KnownCheckQuery) {
  if (!query.matchText) return [];
  const floor = Math.max(0.05, query.threshold - ENTITY_BONUS * 3);
  const config = query.language === "de" ? "german" : "english";
  const names = [...new Set(query.entities.filter((entity) => NAMED.has(entity.type)).map((entity) => entity.text))].slice(0, 5);
  const candidates = await db.$transaction(async (tx) => {
    const similarAt = (threshold: number) => tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`;
    await similarAt(query.threshold);
    const near = await tx.$queryRaw<{ id: string }[]>`
      SELECT k.id FROM "KnownFactCheck" k
      WHERE k."teamId" = ${query.teamId}::uuid AND k."matchText" % ${query.matchText}
      ORDER BY similarity(k."matchText", ${query.matchText}) DESC LIMIT 50`;
    let named: { id: string }[] = [];
    if (names.length) {
      named = await tx.$queryRaw<{ id: string }[]>`
        SELECT k.id FROM "KnownFactCheck" k
        WHERE k."teamId" = ${query.teamId}::uuid AND k."searchVector" @@ plainto_tsquery(${config}::regconfig, ${names.join(" ")})
          AND similarity(k."matchText", ${query.matchText}) >= ${floor}
        ORDER BY similarity(k."matchText", ${query.matchText}) DESC LIMIT 50`;
    }
    const ids = [...new Set([...near, ...named].map((row) => row.id))];
    if (!ids.length) return [];
    return tx.$queryRaw<Candidate[]>`
      SELECT k.id, k."reviewUrl", k."claimReviewed", k.claimant, k."ratingName", k."ratingValue", k."bestRating", k.publisher,
             k."reviewedAt", k.language, k.entities, similarity(k."matchText", ${query.matchText})::float8 AS similarity
      FROM "KnownFactCheck" k WHERE k.id = ANY(${ids}::uuid[])`;
  });
  return rankBySimilarityAndNames(candidates, query, query.limit ?? 5);
}

export type KnownCheckMatch = Awaited<ReturnType<typeof matchKnownChecks>>[number];
