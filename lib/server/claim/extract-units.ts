import { extract } from "@/lib/domain/claims/extract";
import { storableClaims } from "@/lib/domain/claims/storable-claims";
import type { Language, Unit } from "@/lib/domain/claims/types";
import { runHeavy } from "@/lib/server/workers/heavy-pool";

/** Up to this many characters the engine runs in place (a few milliseconds); longer texts in a worker thread. */
export const INLINE_EXTRACTION_CHARS = 16_384;

/** Every unit of a text, without holding the event loop for a long text (2 MB take about a second). */
export async function extractUnits(text: string, language: Language): Promise<Unit[]> {
  if (text.length <= INLINE_EXTRACTION_CHARS) return extract(text, { language }).units;
  return runHeavy("units", { text, language }, "This text took too long to analyse. Split it into several articles.");
}

/** The units of a text that become claims, as `claimUnits`, off the event loop for long texts. */
export async function extractClaimUnits(text: string, language: Language): Promise<Unit[]> {
  return storableClaims(await extractUnits(text, language));
}
