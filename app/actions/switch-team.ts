"use server";

import { cookies } from "next/headers";
import { getCurrentActor, TEAM_COOKIE } from "@/lib/server/auth/current-actor";
import { listActorTeams } from "@/lib/server/team/list-actor-teams";

/**
 * Only a team the person is an enabled member of can become the active one. Says why not otherwise:
 * a switch to a team one was just disabled in did nothing, without a word (walk of stop 31).
 */
export async function switchTeam(teamId: string): Promise<{ ok: true } | { ok: false; reason: "signedOut" | "notMember" }> {
  const actor = await getCurrentActor();
  if (!actor || actor.kind !== "user") return { ok: false, reason: "signedOut" };
  const teams = await listActorTeams({ actor });
  if (!teams.some((team) => team.id === teamId)) return { ok: false, reason: "notMember" };
  // Kept for a year: a person whose first team disabled them would otherwise be asked again in every new browser session.
  (await cookies()).set(TEAM_COOKIE, teamId, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 60 * 60 });
  return { ok: true };
}
