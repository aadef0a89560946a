import type { Language } from "@/lib/domain/claims/types";
import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { lockTeamModel } from "./decision-window";

/**
 * Admins: the team goes back to the shipped engine for the language. Its model versions are removed;
 * decisions are kept (they are the desk's history) but only those after this moment count for the
 * next model, and version numbers continue after the last one so a number never means two models.
 */
export async function resetTeamClaimModel({ actor, language }: { actor: Actor; language: Language }) {
  authorize(actor, "claim-model.reset");
  const teamId = actor.teamId;
  return db.$transaction(async (tx) => {
    await lockTeamModel(tx, teamId, language);
    const latest = await tx.teamClaimModel.aggregate({ where: { teamId, language }, _max: { version: true } });
    const previous = await tx.claimModelReset.findUnique({ where: { teamId_language: { teamId, language } }, select: { lastVersion: true } });
    const lastVersion = Math.max(latest._max.version ?? 0, previous?.lastVersion ?? 0);
    const resetAt = new Date();
    await tx.claimModelReset.upsert({
      where: { teamId_language: { teamId, language } },
      create: { teamId, language, resetAt, lastVersion },
      update: { resetAt, lastVersion },
    });
    const { count } = await tx.teamClaimModel.deleteMany({ where: { teamId, language } });
    await recordActivity(tx, actor, { action: "claim-model.reset", after: { language, removedVersions: count, lastVersion } });
    return { language, resetAt, removedVersions: count };
  });
}
