import { weakerRole, type Role } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { hashSecret } from "@/lib/server/auth/secret-token";
import { db, Prisma } from "@/lib/server/db/client";
import { rawRows } from "@/lib/server/db/raw-rows";

const LAST_USED_RESOLUTION_MS = 60_000;

interface TokenRow {
  id: string;
  teamId: string;
  name: string;
  role: Role;
  creatorRole: Role;
  createdById: string;
  lastUsedAt: Date | null;
}

/**
 * The actor behind a bearer token, or null when it is unknown, revoked, or its creator lost access
 * (disabled account or membership). A token never has more power than its creator has now: it acts
 * with the weaker of its own role and the creator's current role in the team, so demoting the creator
 * demotes their tokens at the next request. One query, straight through the pool (rawRows): it runs before every API request.
 */
export async function authenticateApiToken(secret: string): Promise<Actor | null> {
  return loadTokenActor(Prisma.sql`t."tokenHash" = ${hashSecret(secret)}`, true);
}

/** The same check for a token already authenticated once (a long-lived event stream re-checking). */
export async function reloadApiTokenActor(tokenId: string): Promise<Actor | null> {
  return loadTokenActor(Prisma.sql`t.id = ${tokenId}::uuid`, false);
}

async function loadTokenActor(match: Prisma.Sql, stampUse: boolean): Promise<Actor | null> {
  const [token] = await rawRows<TokenRow>(Prisma.sql`
    SELECT t.id, t."teamId", t.name, t.role::text AS role, m.role::text AS "creatorRole", t."createdById", t."lastUsedAt"
    FROM "ApiToken" t
    JOIN "User" u ON u.id = t."createdById" AND u."disabledAt" IS NULL
    JOIN "Membership" m ON m."userId" = u.id AND m."teamId" = t."teamId" AND m."disabledAt" IS NULL
    WHERE ${match} AND t."revokedAt" IS NULL`);
  if (!token) return null;
  if (!stampUse) return tokenActor(token);
  // At most once a minute, and without waiting: writing the same row on every request would queue
  // a busy client's requests behind each other's row locks; a stamp a minute old is just as useful.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    void db.apiToken.updateMany({ where: { id: token.id, lastUsedAt: token.lastUsedAt }, data: { lastUsedAt: new Date() } }).catch(() => {});
  }
  return tokenActor(token);
}

function tokenActor(token: TokenRow): Actor {
  return {
    kind: "api-token",
    userId: token.createdById,
    tokenId: token.id,
    teamId: token.teamId,
    role: weakerRole(token.role, token.creatorRole),
    name: `API token "${token.name}"`,
  };
}
