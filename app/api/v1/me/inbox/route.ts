import { listInbox } from "@/lib/server/comment/list-inbox";
import { apiRoute, json } from "@/lib/server/http/api-route";

export const GET = apiRoute("article.read", async ({ actor }) => json({ data: await listInbox({ actor }) }), { noQuery: true });
