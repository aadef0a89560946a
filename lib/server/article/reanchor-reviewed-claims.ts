import { reanchorClaims, type AnchoredClaim, type Reanchoring } from "@/lib/domain/claims/reanchor";
import type { Span } from "@/lib/domain/claims/types";
import { INLINE_EXTRACTION_CHARS } from "@/lib/server/claim/extract-units";
import { runHeavy } from "@/lib/server/workers/heavy-pool";

/** Whether re-anchoring after an edit from `oldText` to `newText` runs in a worker thread (and may take up to its time limit). */
export const reanchorsOffThread = (oldText: string, newText: string) => oldText.length + newText.length > INLINE_EXTRACTION_CHARS;

/**
 * Where a text edit leaves each reviewed claim (see reanchorClaims). Its cost grows with claims times
 * sentences: 1,000 reviewed claims in an article of 20,000 edited sentences take seconds of CPU, which
 * held every team's requests while it ran on the event loop (hostile probe of stop 35). Long texts go to
 * a worker thread; past its time limit the edit is refused (422) and nothing is saved.
 */
export async function reanchorReviewedClaims(claims: AnchoredClaim[], oldText: string, newText: string, newUnits: Span[]): Promise<Reanchoring[]> {
  if (!reanchorsOffThread(oldText, newText)) return reanchorClaims(claims, oldText, newText, newUnits);
  return runHeavy(
    "reanchor",
    {
      claims: claims.map(({ id, start, end, text, exactOnly }) => ({ id, start, end, text, exactOnly })),
      oldText,
      newText,
      units: newUnits.map(({ start, end }) => ({ start, end })),
    },
    "Finding the reviewed claims again in the edited text took too long. Change less of the text at once, or split the article into several.",
  );
}
