import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { megabytes, readBodyBytes } from "@/lib/server/http/read-json-body";
import { importFile } from "@/lib/server/import/import-article";
import { uploadFields } from "@/lib/validations/import";

/** Room for the form around the file (boundaries, part headers, the small text fields). */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** multipart/form-data with `file` (.txt, .md or .html) and optional title, url, outlet, language. */
export const POST = apiRoute("article.create", async ({ req, actor }) => {
  const limit = env().FACTDESK_MAX_BODY_BYTES;
  const type = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Upload the file as multipart/form-data with a field named file.");
  }
  // The file may be as large as the limit; the whole request only that plus the form around it, read
  // under that bound (also when chunked) before the form is parsed.
  const body = await readBodyBytes(req, limit + FORM_OVERHEAD_BYTES, "The file", limit);
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData().catch(() => {
    throw new AppError("INVALID_INPUT", "The upload could not be read as a form.");
  });
  // Two files in one upload: the second would be dropped without a word (hostile probe of stop 37).
  if (form.getAll("file").length > 1) throw new AppError("INVALID_INPUT", "Upload one file at a time (one field named file).");
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", "Choose a file to upload (field name: file).");
  if (file.size > limit) throw new AppError("PAYLOAD_TOO_LARGE", `The file is larger than the limit of ${megabytes(limit)}.`);
  const fields = uploadFields.parse(Object.fromEntries([...form.entries()].filter(([name]) => name !== "file").map(([name, value]) => [name, String(value)])));
  const created = await importFile({ actor, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, fields });
  return json({ data: created }, 201);
});
