import { listMyQueue } from "@/lib/server/claim/list-my-queue";
import { apiRoute, json } from "@/lib/server/http/api-route";

export const GET = apiRoute("article.read", async ({ actor }) => json({ data: await listMyQueue({ actor }) }));
