import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";

/** The teams the acting person may switch between, and which one is active (a token sees only its own team). */
export async function listActorTeams({ actor }: { actor: Actor }) {
  const memberships = await db.membership.findMany({
    where: { userId: actor.userId, disabledAt: null, ...(actor.kind === "api-token" && { teamId: actor.teamId }) },
    orderBy: { createdAt: "asc" },
    select: { role: true, team: { select: { id: true, name: true } } },
  });
  // A token acts with its own (weaker) role, not its creator's: that is the role it has here (hostile probe of stop 43).
  return memberships.map(({ role, team }) => ({ ...team, role: actor.kind === "api-token" ? actor.role : role, active: team.id === actor.teamId }));
}
