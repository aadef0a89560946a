// The reference for `npm run bench:known-checks`: the matching as it was before the rare-word
// pre-filter (every check at the threshold through the trigram index, plus those naming the claim's
// names), so the bench can say how often the fast matching finds the same checks.
import { ENTITY_BONUS, rankBySimilarityAndNames } from "@/lib/domain/claims/shared-entities";
import type { Entity } from "@/lib/domain/claims/types";
import { db } from "@/lib/server/db/client";
import type { KnownCheckQuery } from "@/lib/server/known-check/match-known-checks";

const NAMED = new Set(["person", "organisation", "place"]);

export async function exhaustiveKnownCheckMatch(query: KnownCheckQuery) {
  if (!query.matchText) return [];
  const floor = Math.max(0.05, query.threshold - ENTITY_BONUS * 3);
  const config = query.language === "de" ? "german" : "english";
  const names = [...new Set(query.entities.filter((entity) => NAMED.has(entity.type)).map((entity) => entity.text))].slice(0, 5);
  const candidates = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(query.threshold)}, true)`;
    const near = await tx.$queryRaw<{ id: string }[]>`
      SELECT k.id FROM "KnownFactCheck" k
      WHERE k."teamId" = ${query.teamId}::uuid AND k."matchText" % ${query.matchText}
      ORDER BY similarity(k."matchText", ${query.matchText}) DESC LIMIT 50`;
    const named = names.length
      ? await tx.$queryRaw<{ id: string }[]>`
          SELECT k.id FROM "KnownFactCheck" k
          WHERE k."teamId" = ${query.teamId}::uuid AND k."searchVector" @@ plainto_tsquery(${config}::regconfig, ${names.join(" ")})
            AND similarity(k."matchText", ${query.matchText}) >= ${floor}
          ORDER BY similarity(k."matchText", ${query.matchText}) DESC LIMIT 50`
      : [];
    const ids = [...new Set([...near, ...named].map((row) => row.id))];
    if (!ids.length) return [];
    return tx.$queryRaw<{ id: string; similarity: number; entities: Entity[] }[]>`
      SELECT k.id, k.entities, similarity(k."matchText", ${query.matchText})::float8 AS similarity FROM "KnownFactCheck" k WHERE k.id = ANY(${ids}::uuid[])`;
  });
  return rankBySimilarityAndNames(candidates, query, query.limit ?? 5);
}
