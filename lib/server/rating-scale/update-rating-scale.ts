import { scalePreset } from "@/lib/domain/rating/scale-presets";
import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { staleVersion } from "@/lib/server/errors";
import { db } from "@/lib/server/db/client";
import type { UpdateRatingScaleInput } from "@/lib/validations/rating-scale";
import { createScaleVersion, currentScale } from "./current-scale";

/**
 * Replaces the team's scale by a new version (from a preset or given levels). The old version stays,
 * so verdicts given on it keep their level, label and value; new verdicts use the new version.
 */
export async function updateRatingScale({ actor, input }: { actor: Actor; input: UpdateRatingScaleInput }) {
  authorize(actor, "scale.manage");
  const preset = input.preset ? scalePreset(input.preset)! : null;
  const levels = preset?.levels ?? input.levels!;
  return db.$transaction(async (tx) => {
    const current = await currentScale(tx, actor.teamId);
    const { count } = await tx.ratingScale.updateMany({
      where: { id: current.id, version: input.version, isCurrent: true },
      data: { isCurrent: false },
    });
    if (count === 0) throw await staleVersion("The rating scale", async () => {
      const latest = await currentScale(tx, actor.teamId);
      return { version: latest.version, name: latest.name };
    });
    const next = await createScaleVersion(tx, actor.teamId, current.version + 1, input.name ?? preset?.name ?? current.name, levels);
    await recordActivity(tx, actor, {
      action: "scale.updated",
      before: { version: current.version, levels: current.levels.map((level) => level.key) },
      after: { version: next.version, levels: next.levels.map((level) => level.key) },
    });
    const { teamId: _team, ...visible } = next;
    return visible;
  });
}
