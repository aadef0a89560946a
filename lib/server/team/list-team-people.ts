import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";

/** Active members of the team (name and role) for assignment and @mention pickers. */
export async function listTeamPeople({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  const memberships = await db.membership.findMany({
    where: { teamId: actor.teamId, disabledAt: null },
    orderBy: { user: { name: "asc" } },
    select: { role: true, user: { select: { id: true, name: true } } },
  });
  return memberships.map(({ role, user }) => ({ id: user.id, name: user.name, role }));
}

export type TeamPerson = Awaited<ReturnType<typeof listTeamPeople>>[number];
