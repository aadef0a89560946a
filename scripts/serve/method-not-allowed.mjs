// Next.js answers a method a route file does not export with a bare 405: no body and no Allow header.
// On the API that is an error like any other: JSON with a message, and the methods the address takes.
import path from "node:path";
import { methodNotAllowed } from "./reader-language.mjs";
import { routeMatcher } from "./request-log.mjs";
import { routeMethods } from "./route-methods.mjs";

/** Returns the per-request hook for serve.mjs; `root` is the repository (app/ and .next/ beside it). */
export function explainMethodNotAllowed(root) {
  const methods = routeMethods(path.join(root, "app"));
  const routeOf = routeMatcher(path.join(root, ".next"));
  return (req, res) => {
    if (!(req.url ?? "").startsWith("/api/")) return;
    let message = null;
    // Next.js sends the headers before it ends the empty body, so they are set where the head is written.
    const writeHead = res.writeHead;
    res.writeHead = function writeHeadExplained(statusCode, ...rest) {
      if (statusCode === 405 && !this.getHeader("Content-Type")) {
        const exported = methods.get(routeOf(req.url)) ?? [];
        const allowed = exported.includes("GET") ? [...exported, "HEAD"] : exported;
        if (allowed.length) this.setHeader("Allow", allowed.join(", "));
        this.setHeader("Content-Type", "application/json; charset=utf-8");
        this.setHeader("Cache-Control", "no-store");
        this.removeHeader("Content-Length");
        message = methodNotAllowed(req, allowed);
      }
      return writeHead.call(this, statusCode, ...rest);
    };
    const end = res.end;
    res.end = function endExplained(...args) {
      const [chunk] = args;
      const bare = chunk == null || typeof chunk === "function" || chunk.length === 0;
      if (this.statusCode === 405 && !this.headersSent) this.writeHead(405);
      if (message === null || !bare || req.method === "HEAD") return end.apply(this, args);
      const body = JSON.stringify({ error: { code: "METHOD_NOT_ALLOWED", message, requestId: this.getHeader("X-Request-Id") } });
      message = null;
      return end.call(this, body, ...args.filter((arg) => typeof arg === "function"));
    };
  };
}
