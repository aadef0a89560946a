import { db } from "@/lib/server/db/client";
import type { Actor } from "./actor";

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

/**
 * Turns a session into an actor by reading the user and membership afresh on every request, so a
 * disabled user, a bumped session version or a changed role takes effect at the very next request.
 */
export async function loadSessionActor(claims: SessionClaims, preferredTeamId?: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    include: {
      memberships: { orderBy: { createdAt: "asc" }, include: { team: { select: { name: true } } } },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  const active = user.memberships.filter((candidate) => candidate.disabledAt === null);
  // The team chosen in the header, else the person's first team (also when their membership there is disabled).
  // A cookie naming no team of theirs (empty, garbage, another's) counts as no choice (re-probe of stop 37).
  const chosen = user.memberships.some((candidate) => candidate.teamId === preferredTeamId) ? preferredTeamId : user.memberships[0]?.teamId;
  const membership = active.find((candidate) => candidate.teamId === chosen) ?? active[0];
  if (!membership) return null;
  const ended = membership.teamId === chosen ? null : endedTeam(user.memberships, chosen);
  return {
    ...(ended && { teamEnded: ended }),
    kind: "user",
    userId: user.id,
    teamId: membership.teamId,
    role: membership.role,
    name: user.name,
    email: user.email,
    locale: user.locale,
    sessionVersion: user.sessionVersion,
  };
}

/** The team the person chose (always one they were a member of) but is no active member of any more, with its name. */
function endedTeam(memberships: { teamId: string; team: { name: string } }[], chosen: string | undefined): Actor["teamEnded"] | null {
  const former = memberships.find((candidate) => candidate.teamId === chosen);
  return former ? { teamId: former.teamId, name: former.team.name } : null;
}

/** The actor a background job acts as: the person, in that team, if they are still an active member. */
export async function loadMembershipActor(userId: string, teamId: string): Promise<Actor | null> {
  const membership = await db.membership.findFirst({
    where: { userId, teamId, disabledAt: null, user: { disabledAt: null } },
    include: { user: true },
  });
  if (!membership) return null;
  const { user } = membership;
  return {
    kind: "user", userId: user.id, teamId, role: membership.role, name: user.name, email: user.email, locale: user.locale,
    sessionVersion: user.sessionVersion,
  };
}
