import { weakerRole, type Role } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";

export async function listApiTokens({ actor }: { actor: Actor }) {
  authorize(actor, "api-token.manage");
  const tokens = await db.apiToken.findMany({
    where: { teamId: actor.teamId },
    // Tokens in use first, the revoked after them (walk of stop 46: they were mixed), each newest first.
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      role: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, disabledAt: true, memberships: { where: { teamId: actor.teamId }, select: { role: true, disabledAt: true } } } },
    },
  });
  return tokens.map(({ createdBy, ...token }) => ({ ...token, createdBy: { name: createdBy.name }, effectiveRole: effectiveRole(token.role, createdBy) }));
}

/**
 * What a token can do now, as authenticateApiToken decides it: the weaker of its own role and its
 * creator's current role here, or null when the creator lost access (the token answers 401).
 */
function effectiveRole(role: Role, creator: { disabledAt: Date | null; memberships: { role: Role; disabledAt: Date | null }[] }): Role | null {
  const membership = creator.memberships[0];
  if (creator.disabledAt || !membership || membership.disabledAt) return null;
  return weakerRole(role, membership.role);
}
