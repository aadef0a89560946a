import { matchText } from "@/lib/domain/text/trigrams";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import type { UpdateClaimInput } from "@/lib/validations/claim";
import { isUuid } from "@/lib/validations/id";
import { claimFields } from "./claim-fields";
import { staleVersion } from "./stale-version";

export interface UpdateClaimOptions {
  actor: Actor;
  id: string;
  input: UpdateClaimInput;
}

/**
 * A reviewer's change to a claim: wording, check-worthiness (promoting an opinion), exclusion. The
 * version check and the write are one conditional UPDATE, so of two edits based on the same version
 * exactly one wins and the other gets 409. Any change marks the claim as touched, which protects it
 * from re-extraction.
 */
export async function updateClaim({ actor, id, input }: UpdateClaimOptions) {
  authorize(actor, "claim.edit");
  if (!isUuid(id)) throw notFound("The claim");
  const { version, ...changes } = input;

  return db.$transaction(async (tx) => {
    const current = await tx.claim.findFirst({ where: { id, teamId: actor.teamId }, select: claimFields });
    if (!current) throw notFound("The claim");
    const wording = changes.normalizedText === undefined ? current.normalizedText : changes.normalizedText;
    const { count } = await tx.claim.updateMany({
      where: { id, teamId: actor.teamId, version },
      data: {
        ...changes,
        matchText: matchText(wording ?? current.text),
        version: { increment: 1 },
        touchedAt: new Date(),
      },
    });
    if (count === 0) throw staleVersion("This claim", current);
    return tx.claim.findUniqueOrThrow({ where: { id }, select: claimFields });
  });
}
