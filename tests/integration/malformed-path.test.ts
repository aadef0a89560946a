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

// Probe of stop 36: a method an API route does not export got Next.js's bare 405 (no body, no Allow).
describe("a method an API address does not take", () => {
  it("gets 405 with a JSON message and the methods the address takes", async () => {
    const cases = [
      { path: "/api/v1/articles", method: "DELETE", allow: "GET, POST, HEAD" },
      { path: "/api/v1/claims/00000000-0000-0000-0000-000000000000", method: "PUT", allow: "GET, PATCH, HEAD" },
    ];
    for (const { path, method, allow } of cases) {
      const response = await fetch(`${baseUrl()}${path}`, { method });
      expect(response.status, path).toBe(405);
      expect(response.headers.get("allow"), path).toBe(allow);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      const body = (await response.json()) as { error: { code: string; message: string; requestId: string } };
      expect(body.error).toMatchObject({ code: "METHOD_NOT_ALLOWED", requestId: response.headers.get("x-request-id") });
      expect(body.error.message).toBe(`The method ${method} is not allowed here. This address takes ${allow}.`);
    }
  });
});
