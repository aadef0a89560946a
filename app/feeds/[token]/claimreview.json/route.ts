import { withSecurityHeaders } from "@/lib/server/http/api-security-headers";
import { appOrigin } from "@/lib/server/http/app-origin";
import { errorLocale } from "@/lib/server/http/api-route";
import { errorResponse } from "@/lib/server/http/error-response";
import { localizeMessage } from "@/lib/i18n/server-messages";
import { feedResponse } from "@/lib/server/feed/feed-response";
import { loadClaimReviewFeed } from "@/lib/server/feed/load-claim-review-feed";
import { resolvePublicFeed } from "@/lib/server/feed/public-claim-review-feed";
import { claimReviewFeedQuery } from "@/lib/validations/feed";
import { queryParams } from "@/lib/server/http/query-params";

// No sign-in: the token is the permission. Off, rotated or unknown tokens all answer the same 404.
export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await params;
    const teamId = await resolvePublicFeed(token);
    if (!teamId) {
      return withSecurityHeaders(new Response(localizeMessage("This feed does not exist or was turned off.", await errorLocale(req)), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } }));
    }
    const query = claimReviewFeedQuery.parse(queryParams(req));
    return withSecurityHeaders(feedResponse(await loadClaimReviewFeed({ teamId, query, selfUrl: `${appOrigin()}/feeds/${token}/claimreview.json` })));
  } catch (error) {
    return withSecurityHeaders(errorResponse(error, undefined, await errorLocale(req)));
  }
}
