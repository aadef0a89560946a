import type { Actor } from "@/lib/server/auth/actor";
import { hashSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";

const LAST_USED_RESOLUTION_MS = 60_000;

/** The actor behind a bearer token, or null when it is unknown, revoked or its creator lost access. */
export async function authenticateApiToken(secret: string): Promise<Actor | null> {
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    include: { createdBy: { include: { memberships: true } } },
  });
  if (!token || token.revokedAt || token.createdBy.disabledAt) return null;
  const creatorMembership = token.createdBy.memberships.find((m) => m.teamId === token.teamId);
  if (!creatorMembership || creatorMembership.disabledAt) return null;
  // At most once a minute, and without waiting: writing the same row on every request would queue
  // a busy client's requests behind each other's row locks; a stamp a minute old is just as useful.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    void db.apiToken.updateMany({ where: { id: token.id, lastUsedAt: token.lastUsedAt }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return {
    kind: "api-token",
    userId: token.createdById,
    tokenId: token.id,
    teamId: token.teamId,
    role: token.role,
    name: `API token "${token.name}"`,
  };
}
