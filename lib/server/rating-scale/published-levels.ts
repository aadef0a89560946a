import { countsTowardScore, levelDescription, levelLabel } from "@/lib/domain/rating/scale-presets";
import { db } from "@/lib/server/db/client";

/** A level as a published fact-check's method explains it, in the article's language. */
export interface PublishedLevel {
  key: string;
  label: string;
  description: string;
  color: string;
  counts: boolean;
}

/**
 * The levels of the scale versions the given verdicts were decided on (the team's current scale when
 * there are none), one per key with the newest version's wording, labels and descriptions in `language`.
 */
export async function publishedLevels({ teamId, scaleIds, language }: { teamId: string; scaleIds: string[]; language: string }): Promise<PublishedLevel[]> {
  const scaleLevels = await db.ratingLevel.findMany({
    where: scaleIds.length ? { scaleId: { in: scaleIds }, scale: { teamId } } : { scale: { teamId, isCurrent: true } },
    orderBy: [{ scale: { version: "asc" } }, { position: "asc" }],
    select: { key: true, labelEn: true, labelDe: true, description: true, descriptionDe: true, color: true, credibility: true },
  });
  return [...new Map(scaleLevels.map((level) => [level.key, level])).values()].map((level) => ({
    key: level.key,
    label: levelLabel(level, language),
    description: levelDescription(level, language),
    color: level.color,
    counts: countsTowardScore(level.credibility),
  }));
}
