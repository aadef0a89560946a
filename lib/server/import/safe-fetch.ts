import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import ipaddr from "ipaddr.js";
import { networkFailure, otherFailures, statusFailure, timeoutFailure, type FetchFailure, type FetchFallback } from "@/lib/domain/import/fetch-failure";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { decodeDeclared } from "@/lib/domain/import/declared-charset";

// Fetching a URL a user typed, without letting them reach the server's own network: every address
// the host name resolves to is checked at connection time (so DNS tricks between check and connect
// do not help), redirects are followed by hand and checked again, and time and size are bounded.

const MAX_REDIRECTS = 3;

export interface FetchedPage {
  url: string;
  contentType: string;
  body: string;
}

// The reason travels with the field error, so a form can say the same in the reader's language.
const refused = ({ message, reason, params }: FetchFailure) => new AppError("INVALID_INPUT", message, [{ field: "url", message, reason, params }]);

/**
 * Whether an address is on the public internet. IPv6 forms that carry an IPv4 address — IPv4-mapped
 * (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d, which URL parsing turns into ::7f00:1), translated
 * (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:AABB:CCDD::) — are judged by that IPv4
 * address, since they may reach it; Teredo and local-use NAT64 hide theirs and are refused.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv4") return parsed.range() === "unicast";
  const v6 = parsed as ipaddr.IPv6;
  const bytes = v6.toByteArray();
  const v4At = (offset: number) => ipaddr.fromByteArray(bytes.slice(offset, offset + 4));
  const range = v6.range();
  const leadingZeros = bytes.slice(0, 12).every((byte) => byte === 0);
  if (leadingZeros || range === "ipv4Mapped" || range === "rfc6145") return v4At(12).range() === "unicast";
  if (range === "rfc6052") return v6.parts[2] === 0 && v4At(12).range() === "unicast"; // 64:ff9b::/96 only
  if (range === "6to4") return v4At(2).range() === "unicast";
  return range === "unicast";
}

export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: object, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const blocked = !allowPrivate && list.some((entry) => !isPublicAddress(entry.address));
      if (blocked) return callback(Object.assign(new Error("private address"), { code: "EPRIVATE" }), []);
      const wantsAll = (options as { all?: boolean }).all;
      if (wantsAll) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function requestOnce(url: URL, allowPrivate: boolean, deadline: number, fallback: FetchFallback): Promise<{ status: number; location: string | null; contentType: string; body: string }> {
  const { FACTDESK_FETCH_TIMEOUT_MS: timeout, FACTDESK_FETCH_MAX_BYTES: maxBytes } = env();
  const tooSlow = () => refused(timeoutFailure(Math.round(timeout / 1000), fallback));
  if (Date.now() >= deadline) return Promise.reject(tooSlow());
  // A literal address in the URL never goes through the lookup below, so it is checked here.
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && ipaddr.isValid(literal) && !isPublicAddress(literal)) {
    return Promise.reject(refused(otherFailures.privateAddress(fallback)));
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    // The socket timeout below only notices silence; a server dripping a byte now and then would keep
    // it alive forever. This deadline covers everything: lookup, connect, headers and body.
    const giveUp = () => {
      reject(tooSlow());
      request.destroy();
    };
    const timer = setTimeout(giveUp, deadline - Date.now());
    const settle = <T,>(action: (value: T) => void) => (value: T) => {
      clearTimeout(timer);
      action(value);
    };
    resolve = settle(resolve);
    reject = settle(reject);
    const request = client.get(
      url,
      { lookup: guardedLookup(allowPrivate) as never, timeout, headers: { "user-agent": "Factdesk/1 (fact-checking import)", accept: "text/html,text/plain;q=0.9,*/*;q=0.1" } },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          response.resume();
          return resolve({ status, location: response.headers.location ?? null, contentType: "", body: "" });
        }
        const declared = Number(response.headers["content-length"] ?? 0);
        if (declared > maxBytes) {
          response.destroy();
          return reject(refused(otherFailures.tooLarge(Math.round(maxBytes / 1024 / 1024), fallback)));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            response.destroy();
            reject(refused(otherFailures.tooLarge(Math.round(maxBytes / 1024 / 1024), fallback)));
          } else chunks.push(chunk);
        });
        response.on("end", () => {
          const contentType = String(response.headers["content-type"] ?? "");
          const bytes = Buffer.concat(chunks);
          // In the encoding the page declares (older German pages: windows-1252), else UTF-8.
          let body: string | null = null;
          try {
            body = decodeDeclared(bytes, contentType);
          } catch {
            // Not valid in the encoding it declares: read as UTF-8, as before.
          }
          resolve({ status, location: null, contentType, body: body ?? bytes.toString("utf8") });
        });
        response.on("error", (error: NodeJS.ErrnoException) => reject(refused(networkFailure(error.code, url.hostname, fallback))));
      },
    );
    request.on("timeout", giveUp); // silent for the whole limit
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (error instanceof AppError) return reject(error);
      if (error.code === "EPRIVATE") return reject(refused(otherFailures.privateAddress(fallback)));
      reject(refused(networkFailure(error.code, url.hostname, fallback)));
    });
  });
}

/**
 * GETs an http(s) page with the protections above; a failure is a 400 the person can act on, whose
 * sentence ends with the `fallback` (by default: paste the article's text instead).
 */
export async function safeFetch(input: string, allowPrivate = env().FACTDESK_ALLOW_PRIVATE_FETCH, fallback: FetchFallback = "paste"): Promise<FetchedPage> {
  const page = await safeFetchAnyStatus(input, allowPrivate, fallback);
  if (page.status >= 400) throw refused(statusFailure(page.status, fallback));
  return { url: page.url, contentType: page.contentType, body: page.body };
}

/**
 * As safeFetch, but an error status (4xx/5xx) comes back as an answer with its status instead of an
 * error, so the source archive can record what the page said. Refused addresses, timeouts and
 * oversized bodies still throw.
 */
export async function safeFetchAnyStatus(input: string, allowPrivate = env().FACTDESK_ALLOW_PRIVATE_FETCH, fallback: FetchFallback = "none"): Promise<FetchedPage & { status: number }> {
  let url = new URL(input);
  // One deadline for the whole fetch, redirects included.
  const deadline = Date.now() + env().FACTDESK_FETCH_TIMEOUT_MS;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw refused(otherFailures.notWebAddress());
    const response = await requestOnce(url, allowPrivate, deadline, fallback);
    if (response.location) {
      url = new URL(response.location, url);
      continue;
    }
    return { url: url.toString(), status: response.status, contentType: response.contentType, body: response.body };
  }
  throw refused(otherFailures.tooManyRedirects(fallback));
}
