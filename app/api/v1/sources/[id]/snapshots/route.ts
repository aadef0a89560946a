import { apiRoute, json } from "@/lib/server/http/api-route";
import { listSourceSnapshots } from "@/lib/server/source/list-source-snapshots";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) => json({ data: await listSourceSnapshots({ actor, id: params.id }) }));
