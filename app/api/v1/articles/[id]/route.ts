import { getArticle } from "@/lib/server/article/get-article";
import { apiRoute, json } from "@/lib/server/http/api-route";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) =>
  json({ data: await getArticle({ actor, id: params.id }) }),
);
