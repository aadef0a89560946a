import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;

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
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError("INVALID_INPUT", `The request body is not valid JSON (${(error as Error).message}).`);
  }
}

/** Bodies up to this size are read to the end even when refused, so the client gets to see the 413. */
const DRAIN_LIMIT = 32 * 1024 * 1024;

/** The body as strict UTF-8 text, refused with 413 as soon as it passes `limit` bytes. */
export async function readTextBody(req: Request, limit: number): Promise<string> {
  const tooLarge = new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than the limit of ${megabytes(limit)}.`);
  const reader = req.body?.getReader();
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > limit) {
    if (reader && declared <= DRAIN_LIMIT) await discard(reader, DRAIN_LIMIT);
    throw tooLarge;
  }

  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await discard(reader, DRAIN_LIMIT - size);
      throw tooLarge;
    }
    chunks.push(value);
  }

  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid UTF-8.");
  }
}

/**
 * Reads and drops what is left of a refused body. Answering before the client has finished sending
 * makes the server close a connection the client is still writing to, and the client then sees a
 * reset instead of the 413; past `budget` bytes that is the lesser evil.
 */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>, budget: number): Promise<void> {
  let read = 0;
  while (read <= budget) {
    const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
    if (done) return;
    read += value?.byteLength ?? 0;
  }
  await reader.cancel().catch(() => {});
}

/** Before answering with an error: read what the client is still sending (within reason), see discard. */
export async function drainUnreadBody(req: Request): Promise<void> {
  if (req.bodyUsed || !req.body || Number(req.headers.get("content-length") ?? 0) > DRAIN_LIMIT) return;
  await discard(req.body.getReader(), DRAIN_LIMIT);
}
