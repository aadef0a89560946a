import type { Entity } from "./types";

/** Entity kinds that make two claims "about the same thing"; dates and bare numbers are too common. */
const NAMED = new Set(["person", "organisation", "place"]);

/**
 * Names both claims mention (compared case-folded, each once), written as the first claim writes them, e.g. ["Indien",
 * "Russland"] (walk of stop 46: the page showed "deutschland, bundesagentur für arbeit").
 */
export function sharedEntities(a: Pick<Entity, "type" | "text">[], b: Pick<Entity, "type" | "text">[]): string[] {
  const key = (entity: Pick<Entity, "type" | "text">) => entity.text.toLocaleLowerCase("de");
  const left = new Map<string, string>();
  for (const entity of a) if (NAMED.has(entity.type) && !left.has(key(entity))) left.set(key(entity), entity.text);
  return [...new Set(b.filter((entity) => NAMED.has(entity.type)).map(key))].flatMap((name) => left.get(name) ?? []);
}

/** Each shared name adds this much to the text similarity, at most three of them. */
export const ENTITY_BONUS = 0.1;

const nameBonus = (names: number) => ENTITY_BONUS * Math.min(3, names);

/** The most shared names can add to a candidate's similarity for a claim with these entities. */
export function largestNameBonus(entities: Pick<Entity, "type" | "text">[]): number {
  const names = new Set<string>();
  for (const entity of entities) if (NAMED.has(entity.type)) names.add(entity.text.toLocaleLowerCase("de"));
  return nameBonus(names.size);
}

export function relatednessScore(similarity: number, shared: number): number {
  return Math.min(1, similarity + nameBonus(shared));
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Scores candidates found by text similarity (related claims, known fact-checks) by that similarity
 * plus their shared names, keeps those at or above the threshold and returns the best `limit`.
 */
export function rankBySimilarityAndNames<T extends { similarity: number; entities: Pick<Entity, "type" | "text">[] }>(
  candidates: T[],
  query: { entities: Pick<Entity, "type" | "text">[]; threshold: number },
  limit: number,
): (Omit<T, "entities" | "similarity"> & { similarity: number; sharedEntities: string[]; score: number })[] {
  return candidates
    .map(({ entities, similarity, ...rest }) => {
      const shared = sharedEntities(query.entities, entities);
      return { ...rest, similarity: round(similarity), sharedEntities: shared, score: round(relatednessScore(similarity, shared.length)) };
    })
    .filter((candidate) => candidate.score >= query.threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
