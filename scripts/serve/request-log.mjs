// Request ids, one JSON log line per request and the request metrics, for scripts/serve.mjs. They
// live at the node:http layer because only it sees every request (pages, API, static files) and its
// final status. The Next.js side reads the same logger, registry and per-request notes through
// globalThis.factdeskObservability (lib/server/observability/).
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import client from "prom-client";

/** An incoming X-Request-Id is kept only when it is a short token that cannot forge log fields. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function trustedRequestId(incoming) {
  return typeof incoming === "string" && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * The route pattern a path belongs to (`/api/v1/claims/[id]`), from the build's routes manifest, so
 * logs and metric labels never carry ids and the label set stays bounded.
 */
export function routeMatcher(nextDir) {
  const file = path.join(nextDir, "routes-manifest.json");
  const manifest = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { staticRoutes: [], dynamicRoutes: [] };
  const routes = [...manifest.staticRoutes, ...manifest.dynamicRoutes].map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  return (url) => {
    const pathname = (url ?? "/").split("?")[0];
    if (pathname.startsWith("/_next/")) return "/_next/*";
    return routes.find((route) => route.regex.test(pathname))?.page ?? "(unmatched)";
  };
}

function createObservability() {
  const logger = pino({
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  }, pino.destination({ dest: 1, sync: false }));
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "factdesk_" });
  const labelNames = ["route", "method", "status"];
  const requests = new client.Counter({ name: "factdesk_http_requests_total", help: "HTTP requests answered, by route pattern, method and status", labelNames, registers: [registry] });
  const latency = new client.Histogram({
    name: "factdesk_http_request_duration_seconds",
    help: "Time from request to the end of the answer, by route pattern, method and status",
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  /** requestId → what the app learned while answering (who acted), read when the answer ends. */
  const notes = new Map();
  return { logger, registry, notes, requests, latency };
}

/** Returns the per-request hook for serve.mjs: sets the request id, logs and counts the answer. */
export function observeRequests(nextDir) {
  const observability = (globalThis.factdeskObservability ??= createObservability());
  const routeOf = routeMatcher(nextDir);
  return (req, res) => {
    const started = process.hrtime.bigint();
    const requestId = trustedRequestId(req.headers["x-request-id"]);
    req.headers["x-request-id"] = requestId;
    res.setHeader("X-Request-Id", requestId);
    const note = {};
    observability.notes.set(requestId, note);
    res.once("close", () => {
      observability.notes.delete(requestId);
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const route = routeOf(req.url);
      // A client that went away before the answer ended is logged as 499, as nginx does.
      const status = res.writableFinished ? res.statusCode : 499;
      const labels = { route, method: req.method, status: String(status) };
      observability.requests.inc(labels);
      observability.latency.observe(labels, durationMs / 1000);
      observability.logger.info({
        kind: "request", requestId, method: req.method, route, status,
        durationMs: Math.round(durationMs * 10) / 10, userId: note.userId, teamId: note.teamId,
      }, "request");
    });
  };
}
