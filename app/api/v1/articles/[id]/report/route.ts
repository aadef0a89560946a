import { apiRoute } from "@/lib/server/http/api-route";
import { readTextBody } from "@/lib/server/http/read-json-body";
import { loadArticleReport } from "@/lib/server/report/load-article-report";
import { reportResponse } from "@/lib/server/report/report-response";
import { REPORT_FORM_MAX_BYTES, reportQuery } from "@/lib/validations/report";

/** The article's verdict report as ClaimReview JSON-LD, CSV, Markdown or JSON (optionally for some claims). */
export const GET = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) => {
  const query = reportQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  const report = await loadArticleReport({ actor, articleId: params.id, claimIds: query.claims });
  return reportResponse({ teamId: actor.teamId, report, query });
});

/**
 * The same, with the fields in a form body: a selection of up to 1,000 claims does not fit in an address
 * (past about 440 ids the server refused the request line with an empty 431: probe of stop 32).
 */
export const POST = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) => {
  const query = reportQuery.parse(Object.fromEntries(new URLSearchParams(await readTextBody(req, REPORT_FORM_MAX_BYTES))));
  const report = await loadArticleReport({ actor, articleId: params.id, claimIds: query.claims });
  return reportResponse({ teamId: actor.teamId, report, query });
});
