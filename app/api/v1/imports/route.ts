import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { apiRoute, errorLocale, json } from "@/lib/server/http/api-route";
import { readTextBody } from "@/lib/server/http/read-json-body";
import { withLocalizedProblems } from "@/lib/server/http/localized-problems";
import { createImportJob, listImportJobs } from "@/lib/server/import/import-jobs";
import { enqueueImport } from "@/lib/server/jobs/start-workers";

export const GET = apiRoute("article.read", async ({ actor }) => json({ data: await listImportJobs({ actor }) }), { noQuery: true });

/** A bulk import: NDJSON, one article object per line; answered at once with the job to watch. */
export const POST = apiRoute("article.create", async ({ req, actor }) => {
  const type = req.headers.get("content-type") ?? "";
  if (!/^(application\/(x-)?ndjson|application\/jsonl|text\/plain)\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send NDJSON (Content-Type: application/x-ndjson), one article object per line.");
  }
  const ndjson = await readTextBody(req, env().FACTDESK_MAX_IMPORT_BYTES);
  return json({ data: withLocalizedProblems(await createImportJob({ actor, ndjson, enqueue: enqueueImport }), await errorLocale(req)) }, 202);
}, { noQuery: true });
