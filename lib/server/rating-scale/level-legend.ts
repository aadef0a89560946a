import { levelLabel } from "@/lib/domain/rating/scale-presets";
import { db } from "@/lib/server/db/client";

export interface LegendLevel {
  key: string;
  label: string;
  color: string;
  value: number;
}

/**
 * Label and colour of every level key the team has ever used, from the newest scale version that
 * has it (old verdicts keep keys a later version may have dropped), best value first.
 */
export async function levelLegend(teamId: string, language: string): Promise<LegendLevel[]> {
  const levels = await db.$queryRaw<{ key: string; labelEn: string; labelDe: string; color: string; value: number }[]>`
    SELECT DISTINCT ON (l.key) l.key, l."labelEn", l."labelDe", l.color, l.value
    FROM "RatingLevel" l JOIN "RatingScale" s ON s.id = l."scaleId"
    WHERE s."teamId" = ${teamId}::uuid
    ORDER BY l.key, s.version DESC`;
  return levels
    .map((level) => ({ key: level.key, label: levelLabel(level, language), color: level.color, value: level.value }))
    .sort((a, b) => b.value - a.value);
}

/** The legend by level key, for showing a stored key (history, search hits) as its badge. */
export async function levelsByKey(teamId: string, language: string): Promise<Map<string, LegendLevel>> {
  return new Map((await levelLegend(teamId, language)).map((level) => [level.key, level]));
}
