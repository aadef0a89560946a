import { countsTowardScore } from "../rating/scale-presets";
import type { Report, ReportClaim } from "./report-types";

/**
 * schema.org ClaimReview objects (the format Google and fact-check aggregators read), one per claim
 * with a final verdict.
 *
 * `claimReviewed` is what the reviewers checked: their own wording, else the verbatim text. The
 * engine's suggested wording is never published there on its own authority (it is a suggestion until
 * a reviewer accepts it); where it says the claim differently it goes to `itemReviewed.alternateName`,
 * schema.org's "an alias for the item", so a consumer can show or index the short form of the claim.
 */
export function claimReviews(report: Report): object[] {
  return report.claims.filter((claim) => claim.verdict).map((claim) => claimReview(report, claim));
}

function claimReview(report: Report, claim: ReportClaim): object {
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

/** The suggested wording when it differs from both the verbatim text and what `claimReviewed` says. */
function alternateName(claim: ReportClaim): string | null {
  const suggested = claim.suggestedWording?.trim();
  if (!suggested) return null;
  const bare = (text: string) => text.trim().replace(/[.!?]+$/, "");
  const reviewed = claim.wording ?? claim.text;
  return bare(suggested) === bare(claim.text) || bare(suggested) === bare(reviewed) ? null : suggested;
}

/**
 * ClaimReview as JSON that is safe inside `<script type="application/ld+json">`: every `<` becomes
 * \u003c (still the same JSON), so a claim text cannot close the script element it is pasted into.
 */
export function claimReviewJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/</g, "\\u003c");
}
