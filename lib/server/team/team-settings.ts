import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { teamSettings, type TeamSettings, type UpdateTeamSettingsInput } from "@/lib/validations/team";

/** The review rules (stored as JSON) and the publisher (organisation name and address are columns). */
export type TeamSettingsView = TeamSettings & { organizationName: string | null; organizationUrl: string | null };

const SELECT = { settings: true, organizationName: true, publicUrl: true } as const;

function view(team: { settings: unknown; organizationName: string | null; publicUrl: string | null }): TeamSettingsView {
  return { ...teamSettings.parse(team.settings), organizationName: team.organizationName, organizationUrl: team.publicUrl };
}

/** The team's settings with defaults filled in. */
export async function getTeamSettings({ actor }: { actor: Actor }): Promise<TeamSettingsView> {
  authorize(actor, "article.read");
  return view(await db.team.findUniqueOrThrow({ where: { id: actor.teamId }, select: SELECT }));
}

/** Changes some settings (admins); the change is recorded. */
export async function updateTeamSettings({ actor, input }: { actor: Actor; input: UpdateTeamSettingsInput }): Promise<TeamSettingsView> {
  authorize(actor, "team.manage");
  const { organizationName, organizationUrl, ...settingsInput } = input;
  return db.$transaction(async (tx) => {
    // Row lock: two admins changing different settings at once must not lose one of the changes.
    await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${actor.teamId}::uuid FOR UPDATE`;
    const before = view(await tx.team.findUniqueOrThrow({ where: { id: actor.teamId }, select: SELECT }));
    const { organizationName: _name, organizationUrl: _url, ...storedBefore } = before;
    const after = view(
      await tx.team.update({
        where: { id: actor.teamId },
        data: {
          settings: { ...storedBefore, ...settingsInput },
          ...(organizationName !== undefined && { organizationName }),
          ...(organizationUrl !== undefined && { publicUrl: organizationUrl }),
        },
        select: SELECT,
      }),
    );
    await recordActivity(tx, actor, { action: "team.settings", before, after });
    return after;
  });
}
