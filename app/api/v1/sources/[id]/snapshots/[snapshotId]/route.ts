import { apiRoute, json } from "@/lib/server/http/api-route";
import { getSourceSnapshot } from "@/lib/server/source/get-source-snapshot";

export const GET = apiRoute<{ id: string; snapshotId: string }>("article.read", async ({ actor, params }) =>
  json({ data: await getSourceSnapshot({ actor, sourceId: params.id, snapshotId: params.snapshotId }) }),
);
