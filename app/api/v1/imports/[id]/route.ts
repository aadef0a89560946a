import { apiRoute, json } from "@/lib/server/http/api-route";
import { getImportJob } from "@/lib/server/import/import-jobs";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) => json({ data: await getImportJob({ actor, id: params.id }) }));
