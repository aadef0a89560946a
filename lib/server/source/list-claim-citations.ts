import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { findTeamClaim } from "@/lib/server/claim/find-team-claim";
import { db } from "@/lib/server/db/client";
import { citationFields } from "./attach-source";

/** The sources currently cited on a claim, oldest first. */
export async function listClaimCitations({ actor, claimId }: { actor: Actor; claimId: string }) {
  authorize(actor, "article.read");
  const claim = await findTeamClaim(db, actor, claimId, { id: true });
  return db.citation.findMany({ where: { claimId: claim.id, removedAt: null }, orderBy: { createdAt: "asc" }, select: citationFields });
}
