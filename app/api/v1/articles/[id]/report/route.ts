import { apiRoute } from "@/lib/server/http/api-route";
import { loadArticleReport } from "@/lib/server/report/load-article-report";
import { reportResponse } from "@/lib/server/report/report-response";
import { reportQuery } from "@/lib/validations/report";

/** The article's verdict report as ClaimReview JSON-LD, CSV, Markdown or JSON (optionally for some claims). */
export const GET = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) => {
  const query = reportQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  const report = await loadArticleReport({ actor, articleId: params.id, claimIds: query.claims });
  return reportResponse({ teamId: actor.teamId, report, query });
});
