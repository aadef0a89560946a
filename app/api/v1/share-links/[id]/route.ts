import { apiRoute, json } from "@/lib/server/http/api-route";
import { revokeShareLink } from "@/lib/server/share/share-links";

export const DELETE = apiRoute<{ id: string }>("report.share", async ({ actor, params }) => json({ data: await revokeShareLink({ actor, id: params.id }) }));
