import "server-only";
import type { Permission } from "@/lib/domain/permissions";
import { DEFAULT_LOCALE, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/request";
import { authenticateApiToken } from "@/lib/server/api-token/authenticate-api-token";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { AppError } from "@/lib/server/errors";
import { noteActor, requestIdOf } from "@/lib/server/observability/request-context";
import { withSecurityHeaders } from "./api-security-headers";
import { errorResponse } from "./error-response";
import { drainUnreadBody } from "./read-json-body";
import { appOrigin } from "./app-origin";
import { env } from "@/lib/server/env";

export interface ApiContext<Params> {
  req: Request;
  actor: Actor;
  params: Params;
}

type RouteContext<Params> = { params: Promise<Params> };

/**
 * The one wrapper for every route handler: authenticates (bearer token or session cookie), checks
 * the permission, refuses cross-site writes, and maps every failure to the JSON error shape.
 */
export function apiRoute<Params = Record<string, never>>(
  permission: Permission,
  handler: (ctx: ApiContext<Params>) => Promise<Response>,
) {
  return async (req: Request, context: RouteContext<Params>): Promise<Response> => {
    try {
      const actor = await authenticate(req);
      noteActor(req.headers, actor);
      authorize(actor, permission);
      return withSecurityHeaders(await handler({ req, actor, params: await context.params }));
    } catch (error) {
      await drainUnreadBody(req).catch(() => {});
      return withSecurityHeaders(errorResponse(error, requestIdOf(req.headers), await errorLocale(req)));
    }
  };
}

/**
 * The language of an error message. Token clients (scripts, integrations) get English unless they
 * ask for German with Accept-Language; the app's own pages (session cookie) get the language the
 * person reads the app in: their saved choice, else the sign-in switch, else the browser's.
 */
export async function errorLocale(req: Request): Promise<Locale> {
  if (req.headers.get("authorization")) return localeFromAcceptLanguage(req.headers.get("accept-language")) ?? DEFAULT_LOCALE;
  return resolveLocale().catch(() => DEFAULT_LOCALE);
}

async function authenticate(req: Request): Promise<Actor | null> {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match ? await authenticateApiToken(match[1]!) : null;
    if (!actor) throw new AppError("UNAUTHENTICATED", "The API token is invalid or has been revoked.");
    return actor;
  }
  if (!["GET", "HEAD", "OPTIONS"].includes(req.method) && isCrossSite(req)) {
    throw new AppError("FORBIDDEN", "Cross-site requests cannot change data.");
  }
  return getCurrentActor();
}

// Cookies ride along on cross-site form posts; a browser always says where a write came from.
function isCrossSite(req: Request): boolean {
  if (req.headers.get("sec-fetch-site") === "cross-site") return true;
  // Without an Origin, where the page was (Referer) is the one clue left; neither: a script of one's own (curl).
  const origin = req.headers.get("origin") ?? refererOrigin(req.headers.get("referer"));
  if (!origin) return false;
  // The client's own X-Forwarded-Host counts only behind a proxy we trust to set it (FACTDESK_TRUST_PROXY):
  // otherwise any script could name its own origin there (probe of stop 29). The configured public
  // address (NEXTAUTH_URL) is always our own.
  const host = (env().FACTDESK_TRUST_PROXY && req.headers.get("x-forwarded-host")) || req.headers.get("host");
  try {
    const from = new URL(origin);
    return from.host !== host && from.origin !== appOrigin();
  } catch {
    return true;
  }
}

/** The origin of a Referer, "null" (cross-site, refused) when it is there but no URL. */
function refererOrigin(referer: string | null): string | null {
  if (!referer) return null;
  return URL.canParse(referer) ? new URL(referer).origin : "null";
}

export const json = (data: unknown, status = 200) =>
  Response.json(data, { status, headers: { "cache-control": "no-store" } });
