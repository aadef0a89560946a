import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { apiRoute, errorLocale, json } from "@/lib/server/http/api-route";
import { withLocalizedProblems } from "@/lib/server/http/localized-problems";
import { readTextBody } from "@/lib/server/http/read-json-body";
import { enqueueKnownCheckImport } from "@/lib/server/jobs/start-workers";
import { importKnownChecksFromFile, listKnownCheckImports, UNNAMED_UPLOAD } from "@/lib/server/known-check/import-known-checks";

export const GET = apiRoute("article.read", async ({ req, actor }) => {
  const locale = await errorLocale(req);
  return json({ data: (await listKnownCheckImports({ actor })).map((entry) => withLocalizedProblems(entry, locale)) });
});

/** The body is the file itself: JSON-LD (one ClaimReview, a list, an @graph or a DataFeed) or NDJSON. */
export const POST = apiRoute("known-check.import", async ({ req, actor }) => {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/(json|ld\+json|x-ndjson)\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the file as application/ld+json, application/json or application/x-ndjson.");
  }
  const body = await readTextBody(req, env().FACTDESK_MAX_KNOWN_CHECKS_BYTES);
  const name = fileName(req.headers.get("x-file-name")) ?? UNNAMED_UPLOAD;
  const created = await importKnownChecksFromFile({ actor, enqueue: enqueueKnownCheckImport, name, body, contentType: type });
  return json({ data: withLocalizedProblems(created, await errorLocale(req)) }, 202);
});

/** X-File-Name as sent (percent-encoded by the app, since a header holds no umlauts), without control or direction characters, at most 200 characters. */
function fileName(header: string | null): string | null {
  if (!header) return null;
  try {
    return decodeURIComponent(header).replace(/[\p{Cc}\p{Cf}]/gu, "").slice(0, 200);
  } catch {
    return header.replace(/[\p{Cc}\p{Cf}]/gu, "").slice(0, 200);
  }
}
