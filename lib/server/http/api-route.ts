import "server-only";
import type { Permission } from "@/lib/domain/permissions";
import { isCrossSiteWrite } from "@/lib/domain/http/cross-site-action";
import { writeHeaders } from "./write-headers";
import { DEFAULT_LOCALE, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";
import { resolveLocale } from "@/lib/i18n/request";
import { authenticateApiToken } from "@/lib/server/api-token/authenticate-api-token";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { refuseWhileTeamEnded } from "@/lib/server/auth/team-ended";
import { AppError } from "@/lib/server/errors";
import { asWorkOf } from "@/lib/server/workers/heavy-owner";
import { noteActor, requestIdOf } from "@/lib/server/observability/request-context";
import { withSecurityHeaders } from "./api-security-headers";
import { errorResponse } from "./error-response";
import { drainUnreadBody } from "./read-json-body";

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
export interface ApiRouteOptions {
  /** Answers also while the team the session worked in is gone (listing one's teams: where one may go on). */
  whileTeamEnded?: boolean;
  /**
   * The route reads no query parameter: any is refused, as unknown fields are (hostile probe of stop 41: `?limit=abc`
   * was ignored here and refused there; a report POST took its format from the body and ignored the address's).
   */
  noQuery?: boolean;
}

export function apiRoute<Params = Record<string, never>>(
  permission: Permission,
  handler: (ctx: ApiContext<Params>) => Promise<Response>,
  options: ApiRouteOptions = {},
) {
  return async (req: Request, context: RouteContext<Params>): Promise<Response> => {
    try {
      const actor = await authenticate(req);
      noteActor(req.headers, actor);
      authorize(actor, permission);
      if (actor && !options.whileTeamEnded) refuseWhileTeamEnded(actor);
      if (options.noQuery) refuseQueryParams(req);
      const params = await context.params;
      return withSecurityHeaders(await asWorkOf(actor.teamId, () => handler({ req, actor, params }), req.signal));
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

function refuseQueryParams(req: Request): void {
  const names = [...new Set(new URL(req.url).searchParams.keys())];
  if (names.length === 0) return;
  const shown = names.slice(0, 5).map((name) => `"${name.slice(0, 40)}"`).join(", ");
  throw new AppError("INVALID_INPUT", `This request takes no query parameters; leave out ${shown}.`);
}

async function authenticate(req: Request): Promise<Actor | null> {
  const authorization = req.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const actor = match ? await authenticateApiToken(match[1]!) : null;
    if (!actor) throw new AppError("UNAUTHENTICATED", "The API token is invalid or has been revoked.");
    return actor;
  }
  if (!["GET", "HEAD", "OPTIONS"].includes(req.method) && isCrossSiteWrite(writeHeaders(req.headers))) {
    throw new AppError("FORBIDDEN", "Cross-site requests cannot change data.");
  }
  return getCurrentActor();
}

export const json = (data: unknown, status = 200) =>
  Response.json(data, { status, headers: { "cache-control": "no-store" } });
