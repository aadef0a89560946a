import { reanchorClaims, type AnchoredClaim, type Reanchoring } from "./reanchor";
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
  const anchored = kept.filter((claim) => claim.state !== "orphaned");
  const added = storableClaims(newUnits).filter(
    (unit) => !anchored.some((claim) => claim.start < unit.end && unit.start < claim.end),
  );
  return { kept, added };
}
