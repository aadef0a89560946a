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
      memberships: { where: { disabledAt: null }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  const membership =
    user.memberships.find((candidate) => candidate.teamId === preferredTeamId) ?? user.memberships[0];
  if (!membership) return null;
  return {
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
