import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRoleTokens, createTestTeam } from "../support/factory";
import { baseUrl } from "../support/http";
import { startOwnStack } from "../support/own-stack";

// Every documented body limit holds end to end, through the production server: a body of exactly the
// limit is accepted (and worked to its last line), one byte more is refused with 413 — sent with a
// Content-Length and sent chunked. Bulk imports over 10 MB used to be cut silently by the proxy.
// The defaults are tested as they are, on a server of this file's own (50 MB bodies and their import
// jobs would otherwise weigh on every other test's server).
const MB = 1024 * 1024;
const BODY_LIMIT = 2 * MB; // FACTDESK_MAX_BODY_BYTES (default): JSON bodies and uploaded files
const IMPORT_LIMIT = 50 * MB; // FACTDESK_MAX_IMPORT_BYTES (default), at most 5,000 lines
const FETCH_LIMIT = 5 * MB; // FACTDESK_FETCH_MAX_BYTES (default): a page fetched by URL import

let stack: Awaited<ReturnType<typeof startOwnStack>>;
beforeAll(async () => {
  stack = await startOwnStack("limits");
}, 120_000);
afterAll(async () => stack?.close());

type Body = { bytes: Buffer; chunked: boolean };
const bytesOf = (text: string) => Buffer.from(text, "utf8");

/** Sends `bytes` with a Content-Length, or as a stream of 64 KB chunks (Transfer-Encoding: chunked). */
async function send(path: string, contentType: string, { bytes, chunked }: Body) {
  const body = chunked
    ? new ReadableStream<Uint8Array>({
        start(controller) {
          for (let offset = 0; offset < bytes.length; offset += 64 * 1024) controller.enqueue(bytes.subarray(offset, offset + 64 * 1024));
          controller.close();
        },
      })
    : bytes;
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${stack.token}`, "content-type": contentType },
    body,
    ...(chunked && { duplex: "half" }),
  } as RequestInit);
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, json };
}

/** A JSON article padded with whitespace (outside any string) to exactly `size` bytes. */
function jsonArticleOf(size: number): Buffer {
  const core = JSON.stringify({ title: `Limit ${randomUUID()}`, text: `Die Regierung senkte die Steuern um ${Math.random()} Prozent.` });
  return bytesOf(core + " ".repeat(size - Buffer.byteLength(core)));
}

/** A multipart upload whose .txt file has exactly `fileSize` bytes. */
function uploadOf(fileSize: number): { bytes: Buffer; type: string } {
  const boundary = `----limits${randomUUID()}`;
  const content = `Die Regierung senkte die Steuern um ${Math.random()} Prozent.\n`;
  const file = content + " ".repeat(fileSize - Buffer.byteLength(content));
  const bytes = bytesOf(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="limit.txt"\r\nContent-Type: text/plain\r\n\r\n${file}\r\n--${boundary}--\r\n`);
  return { bytes, type: `multipart/form-data; boundary=${boundary}` };
}

/** NDJSON of `lines` lines and exactly `size` bytes; only the lines in `valid` are importable articles. */
function ndjsonOf(size: number, lines: number, valid: number[] = []): Buffer {
  const stamp = randomUUID();
  const rows = Array.from({ length: lines }, (_, index) =>
    valid.includes(index + 1)
      ? JSON.stringify({ title: `Zeile ${index + 1}`, text: `Bulk ${stamp}: Die Zahl ${index + 1} stieg um drei Prozent.` })
      : JSON.stringify({ title: "" }), // refused by validation: cheap to work, still counted
  );
  const used = rows.reduce((sum, row) => sum + Buffer.byteLength(row) + 1, 0);
  let missing = size - used;
  // Pad every line with spaces after its JSON so the lines stay valid and the total is exact.
  const each = Math.floor(missing / lines);
  const padded = rows.map((row, index) => {
    const extra = each + (index === lines - 1 ? missing - each * lines : 0);
    return row + " ".repeat(extra);
  });
  const body = bytesOf(`${padded.join("\n")}\n`);
  expect(body.length).toBe(size);
  return body;
}

async function waitForJob(id: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await stack.db.importJob.findUniqueOrThrow({ where: { id } });
    if (job.status === "done" || job.status === "failed" || Date.now() > deadline) return job;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("limits end to end", () => {
  for (const chunked of [false, true]) {
    const how = chunked ? "chunked" : "with Content-Length";
    it(`JSON bodies (${BODY_LIMIT} bytes): at the limit accepted, one byte over 413 (${how})`, async () => {
      const at = await send("/api/v1/articles", "application/json", { bytes: jsonArticleOf(BODY_LIMIT), chunked });
      expect(at.status, JSON.stringify(at.json)).toBe(201);
      const over = await send("/api/v1/articles", "application/json", { bytes: jsonArticleOf(BODY_LIMIT + 1), chunked });
      expect(over.status).toBe(413);
      expect(over.json.error.code).toBe("PAYLOAD_TOO_LARGE");
    });

    it(`uploaded files (${BODY_LIMIT} bytes): at the limit accepted, one byte over 413 (${how})`, async () => {
      const at = uploadOf(BODY_LIMIT);
      const accepted = await send("/api/v1/articles/upload", at.type, { bytes: at.bytes, chunked });
      expect(accepted.status, JSON.stringify(accepted.json)).toBe(201);
      const over = uploadOf(BODY_LIMIT + 1);
      const refused = await send("/api/v1/articles/upload", over.type, { bytes: over.bytes, chunked });
      expect(refused.status).toBe(413);
      // The same figure as for JSON bodies: the file limit, not the file plus its form.
      expect(refused.json.error.message).toBe("The file is larger than the limit of 2 MB.");
    });

    it(`bulk NDJSON (${IMPORT_LIMIT} bytes, 5,000 lines): at the limit every line is taken, one byte over 413 (${how})`, { timeout: 120_000 }, async () => {
      const body = ndjsonOf(IMPORT_LIMIT, 5000);
      const accepted = await send("/api/v1/imports", "application/x-ndjson", { bytes: body, chunked });
      expect(accepted.status, JSON.stringify(accepted.json)).toBe(202);
      expect(accepted.json.data.total).toBe(5000);
      const stored = await stack.db.importJob.findUniqueOrThrow({ where: { id: accepted.json.data.id }, select: { payload: true } });
      expect(Buffer.byteLength(stored.payload)).toBe(IMPORT_LIMIT);
      const over = await send("/api/v1/imports", "application/x-ndjson", { bytes: ndjsonOf(IMPORT_LIMIT + 1, 5000), chunked });
      expect(over.status).toBe(413);
    });
  }

  it("an 11.5 MB bulk import of 1,500 lines is worked to its last line (the proxy cut it at 10 MB)", { timeout: 180_000 }, async () => {
    const body = ndjsonOf(Math.round(11.5 * MB), 1500, [1, 750, 1500]);
    const accepted = await send("/api/v1/imports", "application/x-ndjson", { bytes: body, chunked: false });
    expect(accepted.status).toBe(202);
    expect(accepted.json.data.total).toBe(1500);
    const job = await waitForJob(accepted.json.data.id, 150_000);
    expect(job).toMatchObject({ status: "done", processed: 1500, succeeded: 3, failed: 1497 });
    expect((job.imported as { line: number }[]).map((entry) => entry.line)).toEqual([1, 750, 1500]);
    console.log(`11.5 MB import: ${job.processed} of 1500 lines worked`);
  });

  it("a 60 MB chunked bulk import gets 413, not 400", { timeout: 60_000 }, async () => {
    const refused = await send("/api/v1/imports", "application/x-ndjson", { bytes: ndjsonOf(60 * MB, 5000), chunked: true });
    expect(refused.status).toBe(413);
    expect(refused.json.error.message).toMatch(/50 MB/);
  });
});

// URL import on the shared server (the one that may fetch from this machine): a page of exactly the
// limit is imported, one byte more is refused, whether its size is declared or only streamed.
describe("limits end to end: fetched pages", () => {
  let pages: Server;
  let pageBase: string;
  let editor: string;
  beforeAll(async () => {
    editor = (await createRoleTokens(await createTestTeam("fetch-limit"))).editor;
    pages = createServer((request, response) => {
      const [, size, mode] = /^\/page\/(\d+)\/(declared|streamed)$/.exec(request.url ?? "") ?? [];
      const head = `Die Regierung senkte die Steuern um ${Math.random()} Prozent.\n`;
      const body = Buffer.from(head + " ".repeat(Number(size) - Buffer.byteLength(head)));
      response.writeHead(200, { "content-type": "text/plain; charset=utf-8", ...(mode === "declared" && { "content-length": body.length }) });
      response.end(body);
    });
    await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
    pageBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  });
  afterAll(async () => new Promise((resolve) => pages.close(resolve)));

  for (const mode of ["declared", "streamed"]) {
    it(`a page of ${FETCH_LIMIT} bytes is imported, one byte more refused (size ${mode})`, { timeout: 60_000 }, async () => {
      const importUrl = async (size: number) => {
        const response = await fetch(`${baseUrl()}/api/v1/articles/import-url`, {
          method: "POST",
          headers: { authorization: `Bearer ${editor}`, "content-type": "application/json" },
          body: JSON.stringify({ url: `${pageBase}/page/${size}/${mode}` }),
        });
        return { status: response.status, json: (await response.json()) as any };
      };
      expect((await importUrl(FETCH_LIMIT)).status).toBe(201);
      const over = await importUrl(FETCH_LIMIT + 1);
      expect(over.status).toBe(400);
      expect(over.json.error.message).toMatch(/larger than 5 MB/);
    });
  }
});
