import { describe, expect, it } from "vitest";
import { baseUrl } from "../support/http";

// Found by the black-box probe: a broken %-escape in the path gave a bare 500 on every route.
describe("a path with a broken %-escape", () => {
  it("gets 400 with a JSON error on the API and 404 on pages, never a 500", async () => {
    for (const path of ["/api/v1/claims/%ZZ", "/api/v1/articles/%E0%A4%A", "/api/v1/known-fact-checks/%ZZ/cite"]) {
      const response = await fetch(`${baseUrl()}${path}`, { method: path.endsWith("cite") ? "POST" : "GET" });
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string; requestId: string } };
      expect(body.error.message).toMatch(/broken %-escape/);
      expect(body.error.requestId).toBe(response.headers.get("x-request-id"));
    }
    for (const path of ["/r/%ZZ", "/r/%ZZ/pdf", "/feeds/%ZZ/claimreview.json", "/articles/%ZZ"]) {
      const response = await fetch(`${baseUrl()}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toMatch(/Internal Server Error|at \w+ \(/);
    }
  });
});

// Probe of stop 30: TRACE answered a bare 500 on every route.
describe("a method no route takes", () => {
  it("gets 405 with an Allow header, as JSON on the API", async () => {
    // (fetch refuses to send TRACE: a raw request is what a probing client sends.)
    const { request } = await import("node:http");
    const url = new URL(`${baseUrl()}/api/v1/articles`);
    const answer = await new Promise<{ status: number; allow: string | undefined; body: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "TRACE" }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
      });
      req.on("error", reject);
      req.end();
    });
    expect(answer.status).toBe(405);
    expect(answer.allow).toContain("GET");
    expect(JSON.parse(answer.body).error.message).toMatch(/TRACE is not allowed/);
  });
});
