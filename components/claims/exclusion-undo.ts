import type { ClaimStatus } from "@/lib/domain/workflow/claim-status";

/** A bulk change that takes an exclusion back: claims (at the versions the exclusion left) and the status they return to. */
export type ExclusionUndo = { status: "new" | "in_review"; claims: { id: string; version: number }[] }[];

/**
 * How to take back a bulk exclusion: each claim returns to the status it had, as far as the workflow allows a
 * move out of "excluded" (new, or in review: one that needed a second review goes back to review). Claims that
 * were excluded already stay excluded.
 */
export function exclusionUndo(before: { id: string; status: ClaimStatus }[], after: { id: string; version: number }[]): ExclusionUndo {
  const previous = new Map(before.map((claim) => [claim.id, claim.status]));
  const groups = new Map<"new" | "in_review", { id: string; version: number }[]>();
  for (const claim of after) {
    const status = previous.get(claim.id);
    if (!status || status === "excluded") continue;
    const back = status === "new" ? "new" : "in_review";
    groups.set(back, [...(groups.get(back) ?? []), { id: claim.id, version: claim.version }]);
  }
  return [...groups].map(([status, claims]) => ({ status, claims }));
}
