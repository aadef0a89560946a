import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { importFile } from "@/lib/server/import/import-article";
import { uploadFields } from "@/lib/validations/import";

/** multipart/form-data with `file` (.txt, .md or .html) and optional title, url, outlet, language. */
export const POST = apiRoute("article.create", async ({ req, actor }) => {
  const limit = env().FACTDESK_MAX_BODY_BYTES;
  if (!/^multipart\/form-data\b/i.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Upload the file as multipart/form-data with a field named file.");
  }
  if (Number(req.headers.get("content-length") ?? 0) > limit) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The upload is larger than the limit of ${Math.round(limit / 1024 / 1024)} MB.`);
  }
  const form = await req.formData().catch(() => {
    throw new AppError("INVALID_INPUT", "The upload could not be read as a form.");
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("INVALID_INPUT", "Choose a file to upload (field name: file).");
  if (file.size > limit) throw new AppError("PAYLOAD_TOO_LARGE", `The file is larger than the limit of ${Math.round(limit / 1024 / 1024)} MB.`);
  const fields = uploadFields.parse(Object.fromEntries([...form.entries()].filter(([name]) => name !== "file").map(([name, value]) => [name, String(value)])));
  const created = await importFile({ actor, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, fields });
  return json({ data: created }, 201);
});
