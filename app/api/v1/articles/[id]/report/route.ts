import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { apiRoute } from "@/lib/server/http/api-route";
import { articleClaimCount, largeReadTurn } from "@/lib/server/http/large-reads";
import { readTextBody } from "@/lib/server/http/read-json-body";
import { loadArticleReport } from "@/lib/server/report/load-article-report";
import { articlePdfResponse, reportResponse } from "@/lib/server/report/report-response";
import { REPORT_FORM_MAX_BYTES, reportQuery, type ReportQuery } from "@/lib/validations/report";
import { formFieldsOnce, queryParams } from "@/lib/server/http/query-params";

/** The article's verdict report as ClaimReview JSON-LD, CSV, Markdown or JSON (optionally for some claims). */
export const GET = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) =>
  articleReport(actor, params.id, reportQuery.parse(queryParams(req))),
);

/**
 * The same, with the fields in a form body: a selection of up to 1,000 claims does not fit in an address
 * (past about 440 ids the server refused the request line with an empty 431: probe of stop 32).
 */
export const POST = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) => {
  // A JSON body had been read as a form, its text echoed back as an unknown field's name (hostile probe of stop 39).
  if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the report's fields as a form body (Content-Type: application/x-www-form-urlencoded), as in the address: format=csv&claims=<id>,<id>.");
  }
  return articleReport(actor, params.id, reportQuery.parse(formFieldsOnce(await readTextBody(req, REPORT_FORM_MAX_BYTES))));
}, { noQuery: true });

/** A large article's report waits for its turn (large-reads.ts), held until the download is written. */
async function articleReport(actor: Actor, articleId: string, query: ReportQuery): Promise<Response> {
  const { format } = query;
  if (format === "pdf") return articlePdfResponse({ actor, articleId, claimIds: query.claims });
  const done = await largeReadTurn(query.claims ? query.claims.length : await articleClaimCount({ actor, id: articleId }), actor.teamId);
  try {
    const report = await loadArticleReport({ actor, articleId, claimIds: query.claims });
    return reportResponse({ report, query: { ...query, format }, onDone: done });
  } catch (error) {
    done();
    throw error;
  }
}
