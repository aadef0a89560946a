import { claimReviewJson } from "@/lib/domain/report/claimreview";

/** A feed page as JSON-LD; pollers revalidate every time, so a feed turned off stops at once. */
export const feedResponse = (feed: object) =>
  new Response(claimReviewJson(feed), { headers: { "content-type": "application/ld+json; charset=utf-8", "cache-control": "no-cache" } });
