import { lookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import ipaddr from "ipaddr.js";
import { env } from "@/lib/server/env";
import { guardedLookup, isPublicAddress } from "@/lib/server/import/safe-fetch";

// A webhook POST under the URL-import address rules (no private, loopback or link-local targets,
// checked again at connection time), with the fetch timeout, no redirects followed, and only the
// start of the answer kept: a receiver cannot make Factdesk wait or read without end.

const KEPT_BYTES = 2_000;

export interface PostOutcome {
  status: number | null;
  body: string;
  durationMs: number;
}

/** A target Factdesk will not send to. Permanent when retrying cannot help (a private address, plain http); a host that does not resolve may come back. */
export class RefusedTarget extends Error {
  constructor(
    message: string,
    readonly permanent = true,
  ) {
    super(message);
  }
}

/** The request never throws: a refused address (checked again at connection time), a timeout or a reset is an outcome without status. */
export async function safePost(url: URL, body: string, headers: Record<string, string>, allowPrivate = env().FACTDESK_ALLOW_PRIVATE_FETCH): Promise<PostOutcome> {
  const started = performance.now();
  const timeout = env().FACTDESK_FETCH_TIMEOUT_MS;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const done = (status: number | null, text: string) => {
      clearTimeout(timer);
      resolve({ status, body: text.slice(0, KEPT_BYTES), durationMs: Math.round(performance.now() - started) });
    };
    const request = client.request(
      url,
      {
        method: "POST",
        lookup: guardedLookup(allowPrivate) as never,
        timeout,
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), "user-agent": "Factdesk-Webhooks/1", ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (size < KEPT_BYTES) chunks.push(chunk);
          size += chunk.length;
          if (size >= KEPT_BYTES) response.destroy(); // enough to show in the log
          if (size >= KEPT_BYTES) done(response.statusCode ?? null, Buffer.concat(chunks).toString("utf8"));
        });
        response.on("end", () => done(response.statusCode ?? null, Buffer.concat(chunks).toString("utf8")));
        response.on("error", () => done(response.statusCode ?? null, Buffer.concat(chunks).toString("utf8")));
      },
    );
    // One deadline for connect, headers and body, so a receiver dripping bytes cannot hold a worker.
    const timer = setTimeout(() => {
      request.destroy();
      done(null, `No answer within ${Math.round(timeout / 1000)} seconds.`);
    }, timeout);
    request.on("error", (error: NodeJS.ErrnoException) =>
      done(null, error.code === "EPRIVATE" ? "Refused: the address points into a private network." : `Not delivered (${error.code ?? error.message}).`),
    );
    request.end(body);
  });
}

/** Checked before signing and sending, for a clear log entry; the guarded lookup checks again when connecting. */
export async function assertWebhookTarget(url: URL, allowPrivate = env().FACTDESK_ALLOW_PRIVATE_FETCH): Promise<void> {
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) throw new RefusedTarget("Only https addresses receive webhooks.");
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((entry) => entry.address);
  if (addresses.length === 0) throw new RefusedTarget(`The host ${url.hostname} does not exist.`, false);
  if (addresses.some((address) => !isPublicAddress(address))) throw new RefusedTarget("Refused: the address points into a private network.");
}
