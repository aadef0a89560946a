import { countsTowardScore } from "../rating/scale-presets";
import type { Report, ReportClaim } from "./report-types";

/**
 * schema.org ClaimReview objects (the format Google and fact-check aggregators read), one per claim
 * with a final verdict.
 *
 * `claimReviewed` is what the reviewers checked: their own wording, else the verbatim text. Where
 * their wording differs from the article's words, the verbatim text is `itemReviewed.alternateName`
 * (schema.org's "an alias for the item"). The engine's suggested wording is published nowhere: it is a
 * suggestion until a reviewer accepts it, and then it is their wording (walk of stop 29).
 */
export function claimReviews(report: Report): object[] {
  return report.claims.filter((claim) => claim.verdict).map((claim) => claimReview(report, claim));
}

/** One claim's ClaimReview (the claim has a final verdict). */
export function claimReview(report: Report, claim: ReportClaim): object {
  const verdict = claim.verdict!;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: claim.wording ?? claim.text,
    // A level that does not count toward the score ("unproven", "not checkable") is no point on the
    // true–false scale: a number would read as "mixed" to machines, so only its name is given.
    reviewRating: countsTowardScore(verdict.credibility)
      ? { "@type": "Rating", ratingValue: verdict.value, bestRating: verdict.best, worstRating: verdict.worst, alternateName: verdict.label }
      : { "@type": "Rating", alternateName: verdict.label },
    itemReviewed: {
      "@type": "Claim",
      ...(alternateName(claim) && { alternateName: alternateName(claim) }),
      ...(claim.claimant && { author: { "@type": "Thing", name: claim.claimant } }),
      ...(report.article.publishedAt && { datePublished: report.article.publishedAt.slice(0, 10) }),
      ...(report.article.url && {
        appearance: { "@type": "CreativeWork", url: report.article.url, headline: report.article.title },
      }),
    },
    author: {
      "@type": "Organization",
      name: report.organization.name,
      ...(report.organization.url && { url: report.organization.url }),
      ...(report.organization.logoUrl && { logo: { "@type": "ImageObject", url: report.organization.logoUrl } }),
    },
    datePublished: verdict.decidedAt.slice(0, 10),
    url: `${report.article.reportUrl}#claim-${claim.id}`,
    inLanguage: report.article.language,
  };
}

/** The article's own words, when the reviewers' wording says the claim differently. */
function alternateName(claim: ReportClaim): string | null {
  const bare = (text: string) => text.trim().replace(/[.!?]+$/, "");
  return claim.wording && bare(claim.wording) !== bare(claim.text) ? claim.text : null;
}

/**
 * ClaimReview as JSON that is safe inside `<script type="application/ld+json">`: every `<` becomes
 * \u003c (still the same JSON), so a claim text cannot close the script element it is pasted into.
 */
export function claimReviewJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/</g, "\\u003c");
}
