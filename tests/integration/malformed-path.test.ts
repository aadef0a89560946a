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

// Probe of stop 30: TRACE answered a bare 500 on every route; probe of stop 40: PROPFIND and other WebDAV or cache
// methods an empty 400 on the API, and the signed-in page on page addresses.
describe("a method no route takes", () => {
  async function send(path: string, method: string) {
    // (fetch refuses to send TRACE: a raw request is what a probing client sends.)
    const { request } = await import("node:http");
    const url = new URL(`${baseUrl()}${path}`);
    return new Promise<{ status: number; allow: string | undefined; type: string | undefined; body: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, type: res.headers["content-type"], body }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("gets 405 with an Allow header, as JSON on the API and as text on pages", async () => {
    for (const method of ["TRACE", "PROPFIND", "MKCOL", "PURGE", "SEARCH"]) {
      const answer = await send("/api/v1/articles", method);
      expect(answer.status, method).toBe(405);
      expect(answer.allow).toContain("GET");
      expect(JSON.parse(answer.body).error.message).toMatch(new RegExp(`${method} is not allowed`));
    }
    // A method Node's parser does not know at all (lower case, a made-up name) gets the same 405 (re-probe of stop 40).
    const { connect } = await import("node:net");
    const url = new URL(baseUrl());
    for (const method of ["get", "X-FOO"]) {
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(url.port), url.hostname, () => socket.write(`${method} /api/v1/articles HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`));
        let answer = "";
        socket.on("data", (chunk) => (answer += chunk));
        socket.on("end", () => resolve(answer));
        socket.on("error", reject);
      });
      expect(raw, method).toMatch(/^HTTP\/1\.1 405 /);
      expect(raw).toMatch(/\r\nAllow: GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\r\n/);
      expect(JSON.parse(raw.slice(raw.indexOf("\r\n\r\n") + 4)).error.code).toBe("METHOD_NOT_ALLOWED");
    }
    const page = await send("/articles", "PROPFIND");
    expect(page.status).toBe(405);
    expect(page.type).toMatch(/^text\/plain/);
    expect(page.body).toMatch(/PROPFIND is not allowed/);
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

// Re-probe of stop 38: "*" as the target answered a bare 500, an absolute address naming another host redirected
// there (308), and CONNECT got no answer at all. Raw requests, as a probing client writes them.
describe("a request target that is no path of this server", () => {
  async function raw(lines: string): Promise<string> {
    const { connect } = await import("node:net");
    const url = new URL(baseUrl());
    return new Promise((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => socket.write(lines));
      let answer = "";
      socket.on("data", (chunk) => (answer += chunk));
      socket.on("end", () => resolve(answer));
      socket.on("error", reject);
      socket.setTimeout(20_000, () => socket.destroy(new Error("no answer")));
    });
  }
  const host = () => new URL(baseUrl()).host;

  it("answers '*', another host's address and CONNECT with a JSON refusal, and reads this host's absolute address as its path", async () => {
    for (const target of ["*", "http://evil.example/api/v1/teams"]) {
      const answer = await raw(`GET ${target} HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`);
      expect(answer, target).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).not.toMatch(/evil\.example\/api|Internal Server Error/i);
      expect(answer).toMatch(/"message":"The request target must be a path on this server/);
    }
    const own = await raw(`GET ${baseUrl()}/api/v1/teams HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`);
    expect(own).toMatch(/^HTTP\/1\.1 401 /); // the teams route itself answered: no session
    const connectAnswer = await raw(`CONNECT ${host()} HTTP/1.1\r\nHost: ${host()}\r\n\r\n`);
    expect(connectAnswer).toMatch(/^HTTP\/1\.1 405 /);
    expect(connectAnswer).toMatch(/CONNECT is not allowed/);
  });
});
