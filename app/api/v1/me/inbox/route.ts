import { inboxPage } from "@/lib/server/comment/list-inbox";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { queryParams } from "@/lib/server/http/query-params";
import { listInboxQuery } from "@/lib/validations/comment";

export const GET = apiRoute("article.read", async ({ req, actor }) => json(await inboxPage({ actor, query: listInboxQuery.parse(queryParams(req)) })));
