import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { teamSettings, type TeamSettings } from "@/lib/validations/team";

/** The team's settings with defaults filled in. */
export async function getTeamSettings({ actor }: { actor: Actor }): Promise<TeamSettings> {
  authorize(actor, "article.read");
  const team = await db.team.findUniqueOrThrow({ where: { id: actor.teamId }, select: { settings: true } });
  return teamSettings.parse(team.settings);
}

/** Changes some settings (admins); the change is recorded. */
export async function updateTeamSettings({ actor, input }: { actor: Actor; input: Partial<TeamSettings> }): Promise<TeamSettings> {
  authorize(actor, "team.manage");
  return db.$transaction(async (tx) => {
    // Row lock: two admins changing different settings at once must not lose one of the changes.
    await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${actor.teamId}::uuid FOR UPDATE`;
    const team = await tx.team.findUniqueOrThrow({ where: { id: actor.teamId }, select: { settings: true } });
    const before = teamSettings.parse(team.settings);
    const after = { ...before, ...input };
    await tx.team.update({ where: { id: actor.teamId }, data: { settings: after } });
    await recordActivity(tx, actor, { action: "team.settings", before, after });
    return after;
  });
}
