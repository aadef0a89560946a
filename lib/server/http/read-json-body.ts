import { firstRepeatedKey } from "@/lib/domain/text/json-duplicate-keys";
import { jsonErrorPosition } from "@/lib/domain/text/json-error-position";
import { jsonNestingDepth, MAX_JSON_DEPTH } from "@/lib/domain/text/json-nesting";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";

export const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;

/**
 * Reads a JSON request body without ever holding more than the limit in memory, and decodes it as
 * strict UTF-8 so that the stored text is exactly what was sent.
 */
export async function readJsonBody(req: Request, limit = env().FACTDESK_MAX_BODY_BYTES): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
  }
  const text = await readTextBody(req, limit);
  if (!text.trim()) throw new AppError("INVALID_INPUT", "The request body is empty; send a JSON object.");
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) {
    throw new AppError("UNPROCESSABLE", `The request body is nested more than ${MAX_JSON_DEPTH} levels deep; no request to this API needs more than a few.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const at = jsonErrorPosition(text, error);
    throw new AppError("INVALID_INPUT", at ? `The request body is not valid JSON: the first error is at line ${at.line}, column ${at.column}.` : "The request body is not valid JSON.");
  }
  const repeated = firstRepeatedKey(text, value);
  if (repeated !== null) throw new AppError("INVALID_INPUT", `The field "${repeated.slice(0, 40)}" is given more than once.`);
  return value;
}

/** More than an empty object with some white space around it. */
const NO_BODY_LIMIT = 64;
const NO_BODY = "This action takes no request body: send none, or an empty JSON object.";

/**
 * For actions that take no fields (re-rank, archive, accept …): no body, or `{}` as clients send by habit. Anything
 * else is refused, as unknown fields are on every other route; it was ignored (hostile probe of stop 41).
 */
export async function readNoBody(req: Request): Promise<void> {
  let text: string;
  try {
    text = (await readTextBody(req, NO_BODY_LIMIT)).trim();
  } catch (error) {
    if (error instanceof AppError && error.code === "PAYLOAD_TOO_LARGE") throw new AppError("INVALID_INPUT", NO_BODY);
    throw error;
  }
  if (text && !/^\{\s*\}$/.test(text)) throw new AppError("INVALID_INPUT", NO_BODY);
}

/**
 * The body as strict UTF-8 text, refused with 413 as soon as it passes `limit` bytes. A declared charset other than
 * UTF-8 is refused, not read as UTF-8 regardless (hostile probe of stop 41: "charset=latin1" was taken silently).
 */
export async function readTextBody(req: Request, limit: number): Promise<string> {
  // Every charset named counts, however the header is punctuated ("charset=utf-8; charset=utf-16" was read as UTF-8).
  const charsets = [...(req.headers.get("content-type") ?? "").matchAll(/charset\s*=\s*"?([^";,\s]+)/gi)].map((match) => match[1]!.toLowerCase());
  const charset = charsets.find((name) => name !== "utf-8" && name !== "utf8");
  if (charset) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `Send the request body as UTF-8; the charset "${charset.slice(0, 40)}" is not read here.`);
  }
  const bytes = await readBodyBytes(req, limit);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid UTF-8.");
  }
}

/**
 * The body's bytes, refused with 413 as soon as they pass `limit` — by Content-Length before reading,
 * and while streaming for chunked bodies, so a body over the limit is never held in memory.
 */
export async function readBodyBytes(req: Request, limit: number, what = "The request body", shownLimit = limit): Promise<Buffer> {
  // `shownLimit`: the figure a person knows (an upload's file limit, not the file plus its form).
  const tooLarge = new AppError("PAYLOAD_TOO_LARGE", `${what} is larger than the limit of ${megabytes(shownLimit)}.`);
  if (Number(req.headers.get("content-length") ?? 0) > limit) throw tooLarge;
  // A compressed body would be read as if it were not (hostile probe of stop 37: "gzip" on plain text was accepted).
  const encoding = req.headers.get("content-encoding")?.trim().toLowerCase();
  if (encoding && encoding !== "identity") throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body uncompressed (no Content-Encoding).");

  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.releaseLock(); // the route wrapper reads what is left (drainUnreadBody)
      throw tooLarge;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Bodies up to this size are read to the end even when refused, so the client gets to see the answer. */
const DRAIN_LIMIT = 32 * 1024 * 1024;

/**
 * Before answering with an error: reads and drops what the client is still sending. Answering first
 * makes the server close a connection the client is still writing to, and the client then sees a
 * reset instead of the 413 or 4xx; past DRAIN_LIMIT bytes that is the lesser evil.
 */
export async function drainUnreadBody(req: Request): Promise<void> {
  if (!req.body || req.body.locked || Number(req.headers.get("content-length") ?? 0) > DRAIN_LIMIT) return;
  const reader = req.body.getReader();
  for (let read = 0; read <= DRAIN_LIMIT; ) {
    const { done, value } = await reader.read();
    if (done) return;
    read += value.byteLength;
  }
  await reader.cancel();
}
