import { inReadersLanguage, methodNotAllowed } from "./reader-language.mjs";
// A path with a broken %-escape ("/r/%ZZ") makes Next.js's router throw before any route runs, and it
// answers a bare 500. Such a request can only be a typo or a probe: it gets 400 (API, as JSON like
// every other API error) or 404 (pages) here, before Next.js sees it.

/**
 * Answers the request and returns true when its target is no path ("*", or an absolute address naming another
 * host) or its path cannot be decoded; otherwise returns false. An absolute address naming this host is read as
 * its path, as HTTP/1.1 asks (re-probe of stop 38: "*" answered 500, "GET http://evil.example/…" redirected there).
 */
export function refuseMalformedPath(req, res) {
  const target = req.url ?? "/";
  if (!target.startsWith("/") || target.startsWith("//")) {
    const path = ownPath(target, req.headers.host);
    if (path === null) return refuse(res, true, inReadersLanguage(req, "The request target must be a path on this server, starting with a single /."));
    req.url = path;
  }
  const path = req.url.split("?")[0];
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return refuse(res, path.startsWith("/api/"), inReadersLanguage(req, "The address is not valid: it contains a broken %-escape."));
  }
}

/** The path (and query) of an absolute address on `host`; null for "*", another host or anything unreadable. */
function ownPath(target, host) {
  try {
    const url = new URL(target);
    return (url.protocol === "http:" || url.protocol === "https:") && host && url.host === host ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

/** 400 JSON for the API (404 text for pages), with the message; returns true. */
function refuse(res, api, message) {
  res.statusCode = api ? 400 : 404;
  res.setHeader("Content-Type", api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Cache-Control", "no-store");
  res.end(api ? JSON.stringify({ error: { code: "INVALID_INPUT", message, requestId: res.getHeader("X-Request-Id") } }) : `Not found. ${message}\n`);
  return true;
}

// The methods Factdesk's routes take; any other is refused here. TRACE answered a bare 500 (probe of stop 30); PROPFIND,
// MKCOL, PURGE and the like an empty 400 on the API, and a page rendered for them (probe of stop 40).
const SUPPORTED_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** The methods there are, as an Allow header names them (also for the parser's refusals in client-error.mjs). */
export const ALLOW = [...SUPPORTED_METHODS].join(", ");

/** Answers 405 and returns true for a method no route takes; otherwise returns false. */
export function refuseUnsupportedMethod(req, res) {
  if (SUPPORTED_METHODS.has(req.method ?? "")) return false;
  const api = (req.url ?? "/").startsWith("/api/");
  res.statusCode = 405;
  res.setHeader("Allow", ALLOW);
  res.setHeader("Content-Type", api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Cache-Control", "no-store");
  const message = methodNotAllowed(req);
  res.end(api ? JSON.stringify({ error: { code: "METHOD_NOT_ALLOWED", message, requestId: res.getHeader("X-Request-Id") } }) : `${message}\n`);
  return true;
}
