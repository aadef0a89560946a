import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { announceAccessChange } from "@/lib/server/live/announce-access-change";
import { lockActorAccess } from "@/lib/server/auth/lock-actor-access";

export async function revokeApiToken({ actor, tokenId }: { actor: Actor; tokenId: string }) {
  authorize(actor, "api-token.manage");
  await db.$transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({
      where: { id: tokenId, teamId: actor.teamId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    // Another team's token is "not found" first, whoever asks; then the actor's access is read again (rolled back if it changed).
    if (revoked.count === 0) throw notFound("The active API token");
    await lockActorAccess(tx, actor);
    // Streams opened with the token close at once.
    await announceAccessChange(tx, { tokenId });
  });
}
