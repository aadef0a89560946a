import { DEFAULT_SCALE, type LevelDefinition } from "@/lib/domain/rating/scale-presets";
import type { Prisma } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";

const withLevels = { levels: { orderBy: { position: "asc" } } } as const;

/**
 * The team's current rating-scale version with its levels. A team that never set one gets the default
 * scale on first use; two first uses at once agree on one (the partial unique index decides).
 */
export async function currentScale(tx: Prisma.TransactionClient, teamId: string) {
  const existing = await tx.ratingScale.findFirst({ where: { teamId, isCurrent: true }, include: withLevels });
  if (existing) return existing;
  try {
    return await createScaleVersion(tx, teamId, 1, DEFAULT_SCALE.name, DEFAULT_SCALE.levels);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return tx.ratingScale.findFirstOrThrow({ where: { teamId, isCurrent: true }, include: withLevels });
  }
}

export async function createScaleVersion(tx: Prisma.TransactionClient, teamId: string, version: number, name: string, levels: LevelDefinition[]) {
  return tx.ratingScale.create({
    data: {
      teamId,
      version,
      name,
      isCurrent: true,
      levels: { create: levels.map((level, position) => ({ ...level, position })) },
    },
    include: withLevels,
  });
}

export type CurrentScale = Awaited<ReturnType<typeof currentScale>>;
