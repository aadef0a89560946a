import { apiRoute, errorLocale, json } from "@/lib/server/http/api-route";
import { withLocalizedProblems } from "@/lib/server/http/localized-problems";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { enqueueKnownCheckImport } from "@/lib/server/jobs/start-workers";
import { importKnownChecksFromUrl } from "@/lib/server/known-check/import-known-checks";
import { importKnownChecksUrlInput } from "@/lib/validations/known-check";

export const POST = apiRoute("known-check.import", async ({ req, actor }) => {
  const input = importKnownChecksUrlInput.parse(await readJsonBody(req));
  const created = await importKnownChecksFromUrl({ actor, input, enqueue: enqueueKnownCheckImport });
  return json({ data: withLocalizedProblems(created, await errorLocale(req)) }, 202);
});
