import { apiRoute, json } from "@/lib/server/http/api-route";
import { search } from "@/lib/server/search/search";
import { searchInput } from "@/lib/validations/search";
import { queryParams } from "@/lib/server/http/query-params";

export const GET = apiRoute("article.read", async ({ req, actor }) => {
  const input = searchInput.parse(queryParams(req));
  return json(await search({ actor, input }));
});
