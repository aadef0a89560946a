import { apiRoute, json } from "@/lib/server/http/api-route";
import { search } from "@/lib/server/search/search";
import { searchInput } from "@/lib/validations/search";

export const GET = apiRoute("article.read", async ({ req, actor }) => {
  const input = searchInput.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json(await search({ actor, input }));
});
