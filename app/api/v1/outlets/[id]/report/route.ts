import { apiRoute, errorLocale } from "@/lib/server/http/api-route";
import { outletReportResponse } from "@/lib/server/report/outlet-report";
import { outletReportQuery } from "@/lib/validations/report";
import { queryParams } from "@/lib/server/http/query-params";

/** All of an outlet's articles as one report; text formats stream. */
export const GET = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) => {
  const query = outletReportQuery.parse(queryParams(req));
  // In the reader's language, as the app is shown to them (a script's: Accept-Language, else English).
  return outletReportResponse({ actor, outletId: params.id, query, language: await errorLocale(req) });
});
