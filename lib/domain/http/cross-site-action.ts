export interface PostedRequest {
  method: string;
  pathname: string;
  origin: string | null;
  forwardedHost: string | null;
  host: string | null;
}

/**
 * A POST to a page (a server action) whose Origin is another site. Next.js refuses these itself, but
 * by throwing, which answers 500; deciding it first lets us answer 403. The host is read the way
 * Next.js reads it (first X-Forwarded-Host, else Host); API routes decide cross-site writes in the
 * route wrapper, where bearer tokens from anywhere are fine.
 */
export function isCrossSiteActionPost(request: PostedRequest): boolean {
  if (request.method !== "POST" || request.pathname.startsWith("/api/") || !request.origin) return false;
  let originHost: string;
  try {
    originHost = request.origin === "null" ? "null" : new URL(request.origin).host;
  } catch {
    return true;
  }
  const host = request.forwardedHost?.split(",")[0]?.trim() || request.host;
  return !host || originHost !== host;
}
