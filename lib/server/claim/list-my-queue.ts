import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";

/** Claims assigned to the acting person that are not final or excluded, most check-worthy first. */
export async function listMyQueue({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  return db.claim.findMany({
    where: { teamId: actor.teamId, assigneeId: actor.userId, mergedIntoId: null, status: { in: ["new", "in_review", "needs_second_review"] } },
    orderBy: [{ checkworthiness: "desc" }, { createdAt: "asc" }],
    take: 200,
    select: {
      id: true,
      text: true,
      normalizedText: true,
      status: true,
      checkworthiness: true,
      version: true,
      updatedAt: true,
      article: { select: { id: true, title: true } },
    },
  });
}
