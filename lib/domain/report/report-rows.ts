import { countsTowardScore } from "../rating/scale-presets";
import type { Report } from "./report-types";

export const CSV_COLUMNS = [
  "claim_id", "claim", "wording", "suggested_wording", "claimant", "status", "exclusion_reason", "exclusion_note", "in_text", "checkworthiness", "verdict", "verdict_key", "rating_value", "worst_rating", "best_rating",
  "rationale", "decided_at", "sources", "article_id", "article_title", "article_url",
] as const;

/** One flat row per claim for CSV (sources joined with " | "). */
export function reportRows(report: Report): Record<(typeof CSV_COLUMNS)[number], string | number | null>[] {
  return report.claims.map((claim) => {
    const rated = claim.verdict !== null && countsTowardScore(claim.verdict.credibility);
    return {
      claim_id: claim.id,
      claim: claim.text,
      wording: claim.wording,
      suggested_wording: claim.suggestedWording,
      claimant: claim.claimant,
      status: claim.status,
      exclusion_reason: claim.exclusion?.reason ?? null,
      exclusion_note: claim.exclusion?.note ?? null,
      // "no": a text edit removed these words from the article (the verdict rates the words in "claim").
      in_text: claim.inText ? "yes" : "no",
      checkworthiness: claim.checkworthiness,
      // The label in the article's language for people; the key beside it, like status and stance, stays
      // the same in every language for formulas and pivot tables.
      verdict: claim.verdict?.label ?? null,
      verdict_key: claim.verdict?.key ?? null,
      // Levels that do not count toward the score have no place on the numeric scale (see claimreview.ts).
      rating_value: rated ? claim.verdict!.value : null,
      worst_rating: rated ? claim.verdict!.worst : null,
      best_rating: rated ? claim.verdict!.best : null,
      rationale: claim.verdict?.rationale ?? null,
      decided_at: claim.verdict?.decidedAt ?? null,
      sources: claim.sources.map((source) => `${source.stance}: ${source.url}`).join(" | "),
      article_id: report.article.id,
      article_title: report.article.title,
      article_url: report.article.url,
    };
  });
}
