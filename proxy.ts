import { NextResponse, type NextRequest } from "next/server";
import { isCrossSiteActionPost } from "@/lib/domain/http/cross-site-action";
import { writeHeaders } from "@/lib/server/http/write-headers";
import { securityHeaders } from "@/lib/domain/http/security-headers";

// Security headers for every page and API response, with a fresh script nonce per request. This is
// not where access is decided: authentication and permissions are checked by every route and page.
// A file's address: its last part has an extension ("/favicon.ico", "/_next/static/chunks/1.js").
const FILE = /\/[^/]+\.[a-z0-9]{1,8}$/i;

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const headers: Record<string, string> = securityHeaders({
    nonce,
    https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    development: process.env.NODE_ENV === "development",
    remoteImages: request.nextUrl.pathname.startsWith("/r/"),
  });
  const pathname = request.nextUrl.pathname;
  const reading = request.method === "GET" || request.method === "HEAD";
  // Build files pass untouched (no nonce, no headers): the matcher takes them only for what is sent to them.
  if (reading && pathname.startsWith("/_next/static/")) return NextResponse.next();
  // Server actions live on pages, never under /api/: one posted there was forwarded to its page and, refused on the
  // way, answered 500; so did anything but a read of a file (icons, images, build files) (hostile probes of stop 36).
  if ((!reading && FILE.test(pathname)) || (request.method === "POST" && pathname.startsWith("/api/") && request.headers.has("next-action"))) {
    const requestId = request.headers.get("x-request-id") ?? undefined;
    const missing = { error: { code: "NOT_FOUND", message: "There is nothing to send data to at this address.", requestId } };
    return NextResponse.json(missing, { status: 404, headers: { ...headers, "cache-control": "no-store" } });
  }
  if (
    isCrossSiteActionPost({
      method: request.method,
      pathname,
      ...writeHeaders(request.headers),
    })
  ) {
    const requestId = request.headers.get("x-request-id") ?? undefined;
    const refused = { error: { code: "FORBIDDEN", message: "Cross-site requests cannot change data.", requestId } };
    return NextResponse.json(refused, { status: 403, headers: { ...headers, "cache-control": "no-store" } });
  }
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("content-security-policy", headers["content-security-policy"]!);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build files are the same for everyone and carry no nonce. The JSON API is left out: Next.js
  // buffers a proxied request body and cuts it at 10 MB (proxyClientMaxBodySize) without an error,
  // which silently dropped bulk-import lines; API routes read their bodies themselves, under their
  // own limits, and set these headers in the route wrapper (lib/server/http/api-security-headers.ts).
  // (Build files are matched for what is sent to them besides reads, which pass through untouched.)
  matcher: [{ source: "/((?!_next/image|api/v1/).*)" }],
};
