import { env } from "@/lib/server/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** Written by scripts/serve.mjs from the TCP socket on every request, overwriting any client value. */
export const PEER_HEADER = "x-factdesk-peer-address";

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/**
 * The client's address for rate limits. Next.js gives route handlers no socket address and fills in
 * X-Forwarded-For only when the client sent none, so without a trusted proxy that header is whatever
 * the client wants: the address is the TCP peer, which our server layer writes into PEER_HEADER.
 * With FACTDESK_TRUST_PROXY the peer is the proxy, and the client is the entry the proxy appended —
 * the rightmost one; everything left of it came from the client and is ignored.
 */
export function clientAddress(headers: HeaderSource): string {
  const peer = header(headers, PEER_HEADER)?.trim() || "unknown";
  if (!env().FACTDESK_TRUST_PROXY) return peer;
  const hops = (header(headers, "x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  return hops[hops.length - 1] ?? peer;
}
