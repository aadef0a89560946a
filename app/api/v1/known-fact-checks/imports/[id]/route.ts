import { apiRoute, errorLocale, json } from "@/lib/server/http/api-route";
import { withLocalizedProblems } from "@/lib/server/http/localized-problems";
import { getKnownCheckImport } from "@/lib/server/known-check/import-known-checks";

export const GET = apiRoute<{ id: string }>("article.read", async ({ req, actor, params }) =>
  json({ data: withLocalizedProblems(await getKnownCheckImport({ actor, id: params.id }), await errorLocale(req)) }),
);
