import type { Role } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { hashSecret, newSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { lockActorAccess } from "@/lib/server/auth/lock-actor-access";

export interface CreateApiTokenOptions {
  actor: Actor;
  input: { name: string; role: Role };
}

/**
 * Returns the secret exactly once; only its hash is stored. The names of a team's active tokens differ
 * (ignoring case and how a character is encoded): two "CMS" tokens could not be told apart in the list.
 */
export async function createApiToken({ actor, input }: CreateApiTokenOptions) {
  authorize(actor, "api-token.manage");
  const secret = newSecret("fdk");
  const token = await db.$transaction(async (tx) => {
    await lockActorAccess(tx, actor);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`api-token.name:${actor.teamId}`}, 0))`;
    const active = await tx.apiToken.findMany({ where: { teamId: actor.teamId, revokedAt: null }, select: { name: true } });
    if (active.some((token) => sameName(token.name, input.name))) throw new AppError("CONFLICT", `The team already has an active token named "${input.name}". Choose another name, or revoke that token first.`);
    return tx.apiToken.create({
      data: {
        teamId: actor.teamId,
        name: input.name,
        role: input.role,
        tokenHash: hashSecret(secret),
        prefix: secret.slice(0, 8),
        createdById: actor.userId,
      },
      select: { id: true, name: true, role: true },
    });
  });
  return { ...token, secret };
}

/** Equal as people read them: "CMS" and "cms", fullwidth "ｃｍｓ", "ó" precomposed or as "o" and an accent (probe of stop 32). */
const sameName = (a: string, b: string) => a.normalize("NFKC").toLowerCase() === b.normalize("NFKC").toLowerCase();

