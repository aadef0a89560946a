import { apiRoute, errorLocale, json } from "@/lib/server/http/api-route";
import { withLocalizedProblems } from "@/lib/server/http/localized-problems";
import { getImportJob } from "@/lib/server/import/import-jobs";

export const GET = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) =>
  json({ data: withLocalizedProblems(await getImportJob({ actor, id: params.id }), await errorLocale(req)) }),
);
