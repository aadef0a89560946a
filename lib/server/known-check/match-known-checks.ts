import { ENTITY_BONUS, rankBySimilarityAndNames } from "@/lib/domain/claims/shared-entities";
import type { Entity } from "@/lib/domain/claims/types";
import { db, Prisma } from "@/lib/server/db/client";
import { candidateQuery, type WordFrequency } from "@/lib/domain/known-checks/candidate-words";

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
  named: boolean;
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
 *
 * A trigram index scan at the threshold reads the posting lists of the claim's common trigrams
 * (" th", "the", "ing"…), tens of thousands of entries each at 100,000 checks, so it took hundreds
 * of milliseconds. Instead the candidates are the checks that share some of the claim's rarest words
 * (full-text index; how rare from PostgreSQL's own column statistics; see candidate-words.ts): a
 * check similar enough to be shown shares much of the wording, and so almost always those words.
 * Only these few (hundreds at most) are scored exactly: similarity at the threshold, or down to the
 * threshold less the largest name bonus for checks that mention every name the claim mentions.
 */
export async function matchKnownChecks(query: KnownCheckQuery) {
  if (!query.matchText) return [];
  const floor = Math.max(0.05, query.threshold - ENTITY_BONUS * 3);
  const config = query.language === "de" ? "german" : "english";
  const names = [...new Set(query.entities.filter((entity) => NAMED.has(entity.type)).map((entity) => entity.text))].slice(0, 5);
  // A word missing from the statistics' most common elements is rarer than the rarest listed one:
  // it counts as half that share (0 before the table was first analysed).
  const words = await db.$queryRaw<WordFrequency[]>`
    WITH stats AS (
      SELECT s.most_common_elems::text::text[] AS lexemes, s.most_common_elem_freqs AS frequencies
      FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'KnownFactCheck' AND s.attname = 'searchVector'),
    common AS (SELECT e.lexeme, e.frequency FROM stats, unnest(stats.lexemes, stats.frequencies) AS e(lexeme, frequency) WHERE e.lexeme IS NOT NULL),
    rarest AS (SELECT coalesce((SELECT min(frequency) FROM common), 0) AS frequency)
    SELECT w.lexeme, coalesce(c.frequency, rarest.frequency / 2)::float8 AS frequency
    FROM unnest(to_tsvector(${config}::regconfig, ${query.matchText})) w CROSS JOIN rarest LEFT JOIN common c ON c.lexeme = w.lexeme`;
  const search = candidateQuery(words);
  // Names the claim mentions, all of them in a check: its wording may be as far below the threshold
  // as the name bonus can lift it.
  const named = names.length ? Prisma.sql`k."searchVector" @@ plainto_tsquery(${config}::regconfig, ${names.join(" ")})` : Prisma.sql`false`;
  const scored = (client: Pick<typeof db, "$queryRaw">, candidates: Prisma.Sql) => client.$queryRaw<Candidate[]>`
    SELECT * FROM (
      SELECT k.id, k."reviewUrl", k."claimReviewed", k.claimant, k."ratingName", k."ratingValue", k."bestRating", k.publisher,
             k."reviewedAt", k.language, k.entities, similarity(k."matchText", ${query.matchText})::float8 AS similarity, ${named} AS named
      FROM "KnownFactCheck" k
      WHERE k."teamId" = ${query.teamId}::uuid AND ${candidates}
    ) c
    WHERE c.similarity >= ${query.threshold} OR (c.named AND c.similarity >= ${floor})
    ORDER BY c.similarity DESC LIMIT 100`;
  const candidates = search
    ? await scored(db, Prisma.sql`k."searchVector" @@ ${search}::tsquery`)
    : // A claim of stop words only ("it is what it is") has no lexeme: its candidates are the checks
      // similar down to the floor by the trigram index (slow, but such claims are few and short).
      await db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(floor)}, true)`;
        return scored(tx, Prisma.sql`k."matchText" % ${query.matchText}`);
      });
  return rankBySimilarityAndNames(candidates.map(({ named: _named, ...candidate }) => candidate), query, query.limit ?? 5);
}

export type KnownCheckMatch = Awaited<ReturnType<typeof matchKnownChecks>>[number];
