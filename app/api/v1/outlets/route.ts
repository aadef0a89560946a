import { apiRoute, json } from "@/lib/server/http/api-route";
import { listOutletSummaries } from "@/lib/server/outlet/list-outlet-summaries";

export const GET = apiRoute("article.read", async ({ actor }) => json({ data: await listOutletSummaries({ actor }) }), { noQuery: true });
