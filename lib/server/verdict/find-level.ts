import type { Prisma } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { currentScale } from "@/lib/server/rating-scale/current-scale";

/** A level of the team's current scale by key, or a 400 that lists the valid keys. */
export async function findCurrentLevel(tx: Prisma.TransactionClient, teamId: string, key: string) {
  const scale = await currentScale(tx, teamId);
  const level = scale.levels.find((candidate) => candidate.key === key);
  if (!level) {
    const keys = scale.levels.map((candidate) => candidate.key).join(", ");
    throw new AppError("INVALID_INPUT", `"${key}" is not a level of the team's rating scale. Use one of: ${keys}.`, [
      { field: "level", message: `Use one of: ${keys}.` },
    ]);
  }
  return level;
}
