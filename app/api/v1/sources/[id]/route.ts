import { apiRoute, json } from "@/lib/server/http/api-route";
import { getSource } from "@/lib/server/source/get-source";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) => json({ data: await getSource({ actor, id: params.id }) }));
