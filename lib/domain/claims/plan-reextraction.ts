import { reanchorClaims, type AnchoredClaim, type Reanchoring } from "./reanchor";
import { DisjointSpans } from "./disjoint-spans";
import { storableClaims } from "./storable-claims";
import type { Unit } from "./types";

export interface ReextractionPlan {
  /** Every touched claim, re-anchored to the new text or orphaned. */
  kept: Reanchoring[];
  /** Engine claims of the new text that no kept claim already covers. */
  added: Unit[];
}

/**
 * What happens to an article's claims when its text is edited: claims a reviewer has touched stay
 * (re-anchored, or flagged as orphaned), untouched ones are replaced by a fresh extraction, and a
 * fresh claim overlapping a kept one is dropped so a sentence is never claimed twice.
 */
export function planReextraction(
  touched: AnchoredClaim[],
  oldText: string,
  newText: string,
  newUnits: Unit[],
): ReextractionPlan {
  const kept = reanchorClaims(touched, oldText, newText, newUnits);
  return { kept, added: unitsBesideKept(kept, newUnits) };
}

/** The engine's claims of the new text that overlap no re-anchored claim. */
export function unitsBesideKept(kept: Reanchoring[], newUnits: Unit[]): Unit[] {
  // Re-anchoring gives each span to one claim, so the kept spans never overlap.
  const anchored = new DisjointSpans(kept.flatMap((claim) => (claim.state === "orphaned" ? [] : [claim])));
  return storableClaims(newUnits).filter((unit) => anchored.isFree(unit));
}
