import { env } from "@/lib/server/env";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address for rate limits. Next.js sets X-Forwarded-For from the socket; a reverse proxy
 * in front appends its own view, so with FACTDESK_TRUST_PROXY the first (client-supplied) entry is
 * taken, otherwise the last one, which the nearest hop wrote and a client cannot forge.
 */
export function clientAddress(headers: HeaderSource): string {
  const forwarded = header(headers, "x-forwarded-for");
  const hops = (forwarded ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  const chosen = env().FACTDESK_TRUST_PROXY ? hops[0] : hops[hops.length - 1];
  return chosen ?? header(headers, "x-real-ip") ?? "unknown";
}
