import type { DecisionLabelRow } from "@/lib/domain/claim-model/decisions";
import type { Language } from "@/lib/domain/claims/types";
import type { Actor } from "@/lib/server/auth/actor";
import type { Prisma } from "@/lib/server/db/client";
import { scheduleDueRetraining } from "./schedule-retraining";

export interface DecidedClaim {
  id: string;
  text: string;
  language: Language;
}

/**
 * Records a reviewer's decision as training labels in the caller's transaction, so the labels exist
 * exactly when the action committed. The sentence is the claim's verbatim text: what the engine reads.
 */
export async function recordDecisions(tx: Prisma.TransactionClient, actor: Actor, claim: DecidedClaim, labels: DecisionLabelRow[]): Promise<Language | null> {
  if (labels.length === 0) return null;
  await tx.claimDecision.createMany({
    data: labels.map(({ label, positive, kind }) => ({
      teamId: actor.teamId,
      claimId: claim.id,
      actorId: actor.userId,
      sentence: claim.text,
      language: claim.language,
      label,
      positive,
      kind,
    })),
  });
  return claim.language;
}

/**
 * After decisions committed in these languages: queue retraining if enough new decisions piled up.
 * Actions that taught nothing cost nothing here. Never fails or delays the reviewer's action; a
 * missed check is caught up by the next decision.
 */
export function afterDecisions(teamId: string, taught: Iterable<Language | null>): void {
  const languages = new Set([...taught].filter((language): language is Language => language !== null));
  if (languages.size === 0) return;
  void scheduleDueRetraining(teamId, languages).catch((error: Error) => console.error(`claim model retraining not scheduled: ${error.message}`));
}
