import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";

/** How many comments in the acting person's team mention them and are still unread (the inbox badge). */
export async function countUnreadMentions({ actor }: { actor: Actor }): Promise<number> {
  authorize(actor, "article.read");
  return db.mention.count({
    where: { userId: actor.userId, readAt: null, comment: { deletedAt: null, claim: { teamId: actor.teamId } } },
  });
}
