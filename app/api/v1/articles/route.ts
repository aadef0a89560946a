import { createArticle } from "@/lib/server/article/create-article";
import { listArticles } from "@/lib/server/article/list-articles";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { createArticleInput, listArticlesInput } from "@/lib/validations/article";
import { queryParams } from "@/lib/server/http/query-params";

export const GET = apiRoute("article.read", async ({ req, actor }) => {
  const input = listArticlesInput.parse(queryParams(req));
  return json(await listArticles({ actor, input }));
});

export const POST = apiRoute("article.create", async ({ req, actor }) => {
  const input = createArticleInput.parse(await readJsonBody(req));
  return json({ data: await createArticle({ actor, input }) }, 201);
});
