import type { Role } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { hashSecret, newSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";

export interface CreateApiTokenOptions {
  actor: Actor;
  input: { name: string; role: Role };
}

/** Returns the secret exactly once; only its hash is stored. */
export async function createApiToken({ actor, input }: CreateApiTokenOptions) {
  authorize(actor, "api-token.manage");
  const secret = newSecret("fdk");
  const token = await db.apiToken.create({
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
  return { ...token, secret };
}
