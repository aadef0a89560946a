import { feedResponse } from "@/lib/server/feed/feed-response";
import { teamClaimReviewFeed } from "@/lib/server/feed/load-claim-review-feed";
import { apiRoute } from "@/lib/server/http/api-route";
import { claimReviewFeedQuery } from "@/lib/validations/feed";
import { queryParams } from "@/lib/server/http/query-params";

/** The team's published final verdicts as a ClaimReview DataFeed (API token or session). */
export const GET = apiRoute("article.read", async ({ req, actor }) => {
  const query = claimReviewFeedQuery.parse(queryParams(req));
  return feedResponse(await teamClaimReviewFeed({ actor, query }));
});
