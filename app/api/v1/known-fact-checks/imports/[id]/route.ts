import { apiRoute, json } from "@/lib/server/http/api-route";
import { getKnownCheckImport } from "@/lib/server/known-check/import-known-checks";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) => json({ data: await getKnownCheckImport({ actor, id: params.id }) }));
