import { DEFAULT_SCALE, type LevelDefinition } from "@/lib/domain/rating/scale-presets";
import type { Prisma } from "@/lib/server/db/client";

const withLevels = { levels: { orderBy: { position: "asc" } } } as const;

/**
 * The team's current rating-scale version with its levels. A team that never set one gets the default
 * scale on first use. Two first uses at once queue on a per-team advisory lock (held to the end of
 * the caller's transaction), so the second finds the first one's scale instead of failing.
 */
export async function currentScale(tx: Prisma.TransactionClient, teamId: string) {
  const existing = await tx.ratingScale.findFirst({ where: { teamId, isCurrent: true }, include: withLevels });
  if (existing) return existing;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`rating-scale:${teamId}`}))`;
  const created = await tx.ratingScale.findFirst({ where: { teamId, isCurrent: true }, include: withLevels });
  return created ?? createScaleVersion(tx, teamId, 1, DEFAULT_SCALE.name, DEFAULT_SCALE.levels);
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
