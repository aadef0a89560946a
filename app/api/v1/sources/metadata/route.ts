import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { fetchSourceMetadata } from "@/lib/server/source/fetch-source-metadata";
import { sourceMetadataInput } from "@/lib/validations/source";

/** Looks up a page's title and publisher for the citation form; never fails because the page did. */
export const POST = apiRoute("source.manage", async ({ req, actor }) => {
  const { url } = sourceMetadataInput.parse(await readJsonBody(req));
  return json({ data: await fetchSourceMetadata({ actor, url }) });
});
