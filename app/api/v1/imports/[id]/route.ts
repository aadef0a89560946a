import { apiRoute, errorLocale, json } from "@/lib/server/http/api-route";
import { getImportJob, withLocalizedErrors } from "@/lib/server/import/import-jobs";

export const GET = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) =>
  json({ data: withLocalizedErrors(await getImportJob({ actor, id: params.id }), await errorLocale(req)) }),
);
