import type { Language } from "@/lib/domain/claims/types";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import type { BulkUpdateClaimsInput } from "@/lib/validations/claim";
import { afterDecisions } from "@/lib/server/claim-model/record-decisions";
import { applyClaimUpdate } from "./update-claim";

/**
 * One status and/or assignee for many claims, all or nothing: if any claim is stale or the change is
 * not allowed for one of them, nothing changes and the error names that claim.
 */
export async function bulkUpdateClaims({ actor, input }: { actor: Actor; input: BulkUpdateClaimsInput }) {
  authorize(actor, "claim.edit");
  const change = {
    ...(input.status !== undefined && { status: input.status }),
    ...(input.exclusionReason !== undefined && { exclusionReason: input.exclusionReason }),
    ...(input.exclusionNote !== undefined && { exclusionNote: input.exclusionNote }),
    ...(input.assigneeId !== undefined && { assigneeId: input.assigneeId }),
  };
  const taught = new Set<Language>();
  const updated = await db.$transaction(
    async (tx) => {
      const updated = [];
      for (const claim of input.claims) updated.push(await applyClaimUpdate(tx, actor, claim.id, { version: claim.version, ...change }, taught));
      return updated;
    },
    { timeout: 30_000 },
  );
  afterDecisions(actor.teamId, taught);
  return updated;
}
