import { localizeSentences } from "@/lib/i18n/server-messages";
import { apiRoute, errorLocale, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { fetchSourceMetadata } from "@/lib/server/source/fetch-source-metadata";
import { sourceMetadataInput } from "@/lib/validations/source";

/** Looks up a page's title and publisher for the citation form; never fails because the page did. */
export const POST = apiRoute("source.manage", async ({ req, actor }) => {
  const { url } = sourceMetadataInput.parse(await readJsonBody(req));
  const metadata = await fetchSourceMetadata({ actor, url });
  // Why the page could not be read is shown to the person citing it, in the language they read the app in.
  const problem = metadata.problem && localizeSentences(metadata.problem, await errorLocale(req));
  return json({ data: { ...metadata, problem } });
});
