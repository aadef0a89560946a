import type { Actor } from "@/lib/server/auth/actor";
import { hashSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";

/** The actor behind a bearer token, or null when it is unknown, revoked or its creator lost access. */
export async function authenticateApiToken(secret: string): Promise<Actor | null> {
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    include: { createdBy: { include: { memberships: true } } },
  });
  if (!token || token.revokedAt || token.createdBy.disabledAt) return null;
  const creatorMembership = token.createdBy.memberships.find((m) => m.teamId === token.teamId);
  if (!creatorMembership || creatorMembership.disabledAt) return null;
  // Fire and forget: a lost "last used" stamp is harmless, a slower request is not.
  void db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } }).catch(() => {});
  return {
    kind: "api-token",
    userId: token.createdById,
    tokenId: token.id,
    teamId: token.teamId,
    role: token.role,
    name: `API token "${token.name}"`,
  };
}
