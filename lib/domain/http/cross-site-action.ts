export interface WriteRequest {
  secFetchSite: string | null;
  origin: string | null;
  referer: string | null;
  host: string | null;
  forwardedHost: string | null;
  /** X-Forwarded-Proto: the scheme the client used, believed only from a trusted proxy. */
  forwardedProto: string | null;
  /** Whether X-Forwarded-Host is set by a proxy we trust (FACTDESK_TRUST_PROXY); else any client could name its own origin there. */
  trustProxy: boolean;
  /** The configured public address (NEXTAUTH_URL): always our own. */
  appOrigin: string | null;
}

/**
 * A write whose browser says it comes from another site. Cookies ride along on cross-site form posts;
 * a browser always says where a write came from: Sec-Fetch-Site, else Origin, else (with neither) the
 * Referer's origin. With none of them it is a script of one's own (curl), not a browser page.
 */
export function isCrossSiteWrite(request: WriteRequest): boolean {
  if (request.secFetchSite === "cross-site") return true;
  const origin = request.origin ?? refererOrigin(request.referer);
  // A sibling subdomain ("same-site") must show where it came from: a browser always sends Origin with such a
  // write, so one without it was made to look like ours (probe of stop 34). Non-browser clients send no Sec-Fetch-Site.
  if (!origin) return request.secFetchSite === "same-site";
  const host = (request.trustProxy && request.forwardedHost?.split(",")[0]?.trim()) || request.host;
  try {
    const from = new URL(origin);
    if (from.origin === request.appOrigin) return false;
    if (from.host !== host) return true;
    // Same host, other scheme: a plain-http page (which anyone on the network can rewrite) writing to the https
    // app, whose URL host leaves out the default ports (hostile probe of stop 35). Compared when the scheme is known.
    const scheme = publicScheme(request, host);
    return scheme !== null && from.protocol !== scheme;
  } catch {
    return true; // "null" (a sandboxed or privacy-redirected page) or no URL at all
  }
}

/** The scheme clients reach this host under: a trusted proxy's word, else the configured public address's for its own host. */
function publicScheme(request: WriteRequest, host: string | null): string | null {
  const forwarded = request.trustProxy ? request.forwardedProto?.split(",")[0]?.trim().toLowerCase() : undefined;
  if (forwarded === "http" || forwarded === "https") return `${forwarded}:`;
  if (!request.appOrigin || !URL.canParse(request.appOrigin)) return null;
  const app = new URL(request.appOrigin);
  return app.host === host ? app.protocol : null;
}

/** The origin of a Referer; "null" (cross-site) when it is there but no URL. */
function refererOrigin(referer: string | null): string | null {
  if (!referer) return null;
  return URL.canParse(referer) ? new URL(referer).origin : "null";
}

/**
 * A POST to a page (a server action) from another site. Next.js refuses a foreign Origin itself, but by
 * throwing (a 500), and it believes any X-Forwarded-Host; deciding it first, by the same rule as the JSON
 * API, answers 403 (server actions took Sec-Fetch-Site: cross-site and a spoofed X-Forwarded-Host: probe
 * of stop 32). API routes decide cross-site writes in their wrapper, where bearer tokens from anywhere are fine.
 */
export function isCrossSiteActionPost(request: WriteRequest & { method: string; pathname: string }): boolean {
  return request.method === "POST" && !request.pathname.startsWith("/api/") && isCrossSiteWrite(request);
}
