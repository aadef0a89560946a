import { teamModelOptions, type TeamModels } from "@/lib/domain/claim-model/team-models";
import { classifySentence, extract } from "@/lib/domain/claims/extract";
import { storableClaims } from "@/lib/domain/claims/storable-claims";
import type { Language, Unit } from "@/lib/domain/claims/types";
import { detectLanguage } from "@/lib/domain/language/detect-language";
import { contentHash } from "@/lib/server/article/content-hash";
import { runHeavy } from "@/lib/server/workers/heavy-pool";

/** Up to this many characters the engine runs in place (a few milliseconds); longer texts in a worker thread. */
export const INLINE_EXTRACTION_CHARS = 16_384;

/** Every unit of a text (read with the team's models when given), without holding the event loop for a long text (2 MB take about a second). */
export async function extractUnits(text: string, language: Language, articleDate?: Date | null, models?: TeamModels): Promise<Unit[]> {
  if (text.length <= INLINE_EXTRACTION_CHARS) return extract(text, { language, articleDate, ...teamModelOptions(models, language) }).units;
  return runHeavy("units", { text, language, articleDate, models }, "This text took too long to analyse. Split it into several articles.");
}

/**
 * The engine's reading of one claim's text (a reviewer's selection, a part of a split claim) in the
 * article's language. Nothing caps a claim's length (the engine's own units reach 90,000 characters),
 * and a long one of numbers or names takes over half a second, so long texts go to a worker thread.
 */
export async function classifyClaimText(text: string, language: Language, models?: TeamModels): Promise<Unit> {
  if (text.length <= INLINE_EXTRACTION_CHARS) return classifySentence(text, { language, ...teamModelOptions(models, language) });
  return runHeavy("claimText", { text, language, models }, "This claim is too long for the engine to read. Select a shorter passage.");
}

/**
 * An article text's language (detected unless given), content hash and claim units, computed in a
 * worker thread for long texts: language detection, the hash's normalisation and the rows' match
 * forms each cost a few hundred milliseconds for 2 MB, too long to hold the event loop.
 */
export async function analyseArticleText(
  text: string,
  language?: Language,
  articleDate?: Date | null,
  models?: TeamModels,
  /** The language when detection cannot tell (too few words). */
  fallback?: Language,
): Promise<{ language: Language; hash: string; units: Unit[] }> {
  if (text.length <= INLINE_EXTRACTION_CHARS) {
    const detected = language ?? detectLanguage(text, fallback);
    return { language: detected, hash: contentHash(text), units: storableClaims(extract(text, { language: detected, articleDate, ...teamModelOptions(models, detected) }).units) };
  }
  return runHeavy("article", { text, language, articleDate, models, fallback }, "This text took too long to analyse. Split it into several articles.");
}
