import { apiRoute, json } from "@/lib/server/http/api-route";
import { removeCitation } from "@/lib/server/source/remove-citation";

export const DELETE = apiRoute<{ id: string }>("source.manage", async ({ actor, params }) =>
  json({ data: await removeCitation({ actor, citationId: params.id }) }),
);
