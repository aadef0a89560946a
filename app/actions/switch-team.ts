"use server";

import { cookies } from "next/headers";
import { getCurrentActor, TEAM_COOKIE } from "@/lib/server/auth/current-actor";
import { listActorTeams } from "@/lib/server/team/list-actor-teams";

/** Only a team the person is an enabled member of can become the active one. */
export async function switchTeam(teamId: string): Promise<void> {
  const actor = await getCurrentActor();
  if (!actor || actor.kind !== "user") return;
  const teams = await listActorTeams({ actor });
  if (!teams.some((team) => team.id === teamId)) return;
  (await cookies()).set(TEAM_COOKIE, teamId, { path: "/", sameSite: "lax", httpOnly: true });
}
