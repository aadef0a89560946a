// Google's ClaimReview structured-data rules (developers.google.com/search/docs/appearance/structured-data/factcheck),
// as the checks a test can run: what is missing from a ClaimReview object, by property path.

type Json = Record<string, any>;

const isText = (value: unknown) => typeof value === "string" && value.trim().length > 0;
const isAbsoluteUrl = (value: unknown) => {
  try {
    return isText(value) && ["http:", "https:"].includes(new URL(value as string).protocol);
  } catch {
    return false;
  }
};

/** Required by Google: without these the fact-check is not eligible at all. */
export function missingRequired(review: Json): string[] {
  const missing: string[] = [];
  if (review["@type"] !== "ClaimReview") missing.push("@type");
  if (!isText(review.claimReviewed)) missing.push("claimReviewed");
  if (!isAbsoluteUrl(review.url)) missing.push("url");
  const rating = review.reviewRating;
  if (!rating || rating["@type"] !== "Rating") missing.push("reviewRating");
  else {
    if (!isText(rating.alternateName)) missing.push("reviewRating.alternateName");
    // A numeric rating needs its scale's ends.
    if (typeof rating.ratingValue === "number" && (typeof rating.bestRating !== "number" || typeof rating.worstRating !== "number")) {
      missing.push("reviewRating.bestRating/worstRating");
    }
  }
  return missing;
}

/** Recommended by Google: the publisher, the date, and the claim with where it appeared. */
export function missingRecommended(review: Json): string[] {
  const missing: string[] = [];
  const author = review.author;
  if (!author || !["Organization", "Person"].includes(author["@type"]) || !isText(author.name)) missing.push("author.name");
  if (!isAbsoluteUrl(author?.url)) missing.push("author.url");
  if (!/^\d{4}-\d{2}-\d{2}/.test(review.datePublished ?? "")) missing.push("datePublished");
  const item = review.itemReviewed;
  if (!item || item["@type"] !== "Claim") missing.push("itemReviewed");
  else {
    if (!isText(item.author?.name)) missing.push("itemReviewed.author.name");
    if (!isAbsoluteUrl(item.appearance?.url ?? item.firstAppearance?.url)) missing.push("itemReviewed.appearance");
    if (!/^\d{4}-\d{2}-\d{2}/.test(item.datePublished ?? "")) missing.push("itemReviewed.datePublished");
  }
  return missing;
}
