import { extract } from "@/lib/domain/claims/extract";

/** The units of `text` as a reader checks them: their words, kind, claimant, suggested wording and reasons. */
export const readUnits = (text: string, language: "de" | "en", articleDate?: string) =>
  extract(text, { language, articleDate: articleDate ? new Date(articleDate) : null }).units.map((unit) => ({
    text: text.slice(unit.start, unit.end),
    kind: unit.kind,
    claimant: unit.claimant?.text ?? null,
    wording: unit.suggestedWording,
    reasons: unit.reasons,
  }));
