import type { WriteRequest } from "@/lib/domain/http/cross-site-action";
import { env } from "@/lib/server/env";
import { appOrigin } from "./app-origin";

/** What a request's headers say about where a write came from (see isCrossSiteWrite). */
export function writeHeaders(headers: Headers): WriteRequest {
  return {
    secFetchSite: headers.get("sec-fetch-site"),
    origin: headers.get("origin"),
    referer: headers.get("referer"),
    host: headers.get("host"),
    forwardedHost: headers.get("x-forwarded-host"),
    forwardedProto: headers.get("x-forwarded-proto"),
    trustProxy: Boolean(env().FACTDESK_TRUST_PROXY),
    appOrigin: appOrigin(),
  };
}
