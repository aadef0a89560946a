// A path with a broken %-escape ("/r/%ZZ") makes Next.js's router throw before any route runs, and it
// answers a bare 500. Such a request can only be a typo or a probe: it gets 400 (API, as JSON like
// every other API error) or 404 (pages) here, before Next.js sees it.

/** Answers the request and returns true when its path cannot be decoded; otherwise returns false. */
export function refuseMalformedPath(req, res) {
  const path = (req.url ?? "/").split("?")[0];
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    const api = path.startsWith("/api/");
    res.statusCode = api ? 400 : 404;
    res.setHeader("Content-Type", api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "no-store");
    const message = "The address is not valid: it contains a broken %-escape.";
    res.end(api ? JSON.stringify({ error: { code: "INVALID_INPUT", message, requestId: res.getHeader("X-Request-Id") } }) : `Not found. ${message}\n`);
    return true;
  }
}

// Methods no route of Factdesk answers and Next.js does not know: TRACE answered a bare 500 (probe of stop 30).
const UNSUPPORTED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

/** Answers 405 and returns true for a method no route takes; otherwise returns false. */
export function refuseUnsupportedMethod(req, res) {
  if (!UNSUPPORTED_METHODS.has(req.method ?? "")) return false;
  const api = (req.url ?? "/").startsWith("/api/");
  res.statusCode = 405;
  res.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
  res.setHeader("Content-Type", api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Cache-Control", "no-store");
  const message = `The method ${req.method} is not allowed here.`;
  res.end(api ? JSON.stringify({ error: { code: "METHOD_NOT_ALLOWED", message, requestId: res.getHeader("X-Request-Id") } }) : `${message}\n`);
  return true;
}
