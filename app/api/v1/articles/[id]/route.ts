import { getArticle } from "@/lib/server/article/get-article";
import { updateArticle } from "@/lib/server/article/update-article";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { updateArticleInput } from "@/lib/validations/article";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) =>
  json({ data: await getArticle({ actor, id: params.id }) }),
);

export const PATCH = apiRoute<{ id: string }>("article.edit", async ({ req, actor, params }) => {
  const input = updateArticleInput.parse(await readJsonBody(req));
  return json({ data: await updateArticle({ actor, id: params.id, input }) });
});
