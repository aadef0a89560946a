import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/domain/http/security-headers";
import { createTestTeam, TEST_PASSWORD } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

const directives = (policy: string) => new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe("security headers", () => {
  it("send a nonce-based script policy that matches every script of the page, fresh per request", async () => {
    const first = await fetch(`${baseUrl()}/sign-in`);
    const policy = first.headers.get("content-security-policy")!;
    const script = directives(policy).get("script-src")!;
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    const nonce = script.find((value) => value.startsWith("'nonce-"))!.slice(7, -1);
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const again = (await fetch(`${baseUrl()}/sign-in`)).headers.get("content-security-policy")!;
    expect(again).not.toContain(nonce);
  });

  it("forbid framing, sniffing and leaking the path to other sites, on pages and API answers alike", async () => {
    for (const path of ["/sign-in", "/api/v1/articles", "/r/not-a-real-token-at-all-123"]) {
      const response = await fetch(`${baseUrl()}${path}`);
      expect(directives(response.headers.get("content-security-policy")!).get("frame-ancestors"), path).toEqual(["'none'"]);
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      // Served over plain HTTP here: no HSTS (it would pin a host that has no certificate).
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
  });

  it("add HSTS and upgrade requests when the app's public URL is HTTPS", () => {
    const headers = securityHeaders({ nonce: "abc", https: true });
    expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(headers["content-security-policy"]).toContain("upgrade-insecure-requests");
    expect(securityHeaders({ nonce: "abc", https: false })["strict-transport-security"]).toBeUndefined();
  });

  it("keep the session cookie away from scripts and other sites' requests", async () => {
    const team = await createTestTeam("cookies");
    const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
    const { csrfToken } = await csrf.json();
    const response = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") },
      body: new URLSearchParams({ csrfToken, email: team.emails.viewer, password: TEST_PASSWORD, json: "true" }),
    });
    const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="))!;
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Path=\//i);
  });
});

describe("the load bench's bare route", () => {
  it("does not exist unless the bench switches it on", async () => {
    const response = await api("/api/bench/article");
    expect(response.status).toBe(404);
  });
});

describe("cross-site requests", () => {
  it("cannot change data with a session cookie, whatever the route", async () => {
    const team = await createTestTeam("csrf");
    const { cookie } = await signIn(team.emails.admin, TEST_PASSWORD);
    const attempts: [string, string, unknown][] = [
      ["/api/v1/articles", "POST", { title: "x", text: "Die Regierung senkte die Steuern." }],
      ["/api/v1/team/settings", "PATCH", { blindReview: true }],
      ["/api/v1/rating-scale", "PUT", { preset: "politifact" }],
      ["/api/v1/me/inbox/read", "POST", { all: true }],
    ];
    for (const [path, method, json] of attempts) {
      // (An X-Forwarded-Host naming the foreign origin counts only behind a trusted proxy: probe of stop 29.)
      // (Only a Referer, no Origin: low finding of the probe of stop 31.)
      for (const headers of [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, { origin: "http://evil.example", "x-forwarded-host": "evil.example" }, { referer: "https://evil.example/page" }, { referer: "not a url" }] as Record<string, string>[]) {
        const response = await api(path, { cookie, method, json, headers });
        expect(response.status, `${method} ${path} ${JSON.stringify(headers)}`).toBe(403);
        expect(response.body.error.message).toMatch(/Cross-site requests cannot change data/);
      }
    }
    // The same request from the app's own pages goes through.
    const own = await api("/api/v1/team/settings", { cookie, method: "PATCH", json: { blindReview: false }, headers: { origin: baseUrl(), "sec-fetch-site": "same-origin" } });
    expect(own.status).toBe(200);
    const ownReferer = await api("/api/v1/team/settings", { cookie, method: "PATCH", json: { blindReview: false }, headers: { referer: `${baseUrl()}/settings` } });
    expect(ownReferer.status).toBe(200);
  });
});

// Hostile probe of stop 36: a POST to the icon answered 500, and a server action posted under /api/ was forwarded
// to its page, refused on the way, and answered 500 with an uncaught exception in the log.
describe("posts where nothing takes them", () => {
  it("answer 404 with a message, never 500", async () => {
    const page = await (await fetch(`${baseUrl()}/sign-in`)).text();
    const script = /\/_next\/static\/[^"]+\.js/.exec(page)![0];
    for (const path of ["/favicon.ico", "/icon-192.png", "/og-image.png", script]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
        const sent = await fetch(`${baseUrl()}${path}`, { method, body: method === "OPTIONS" ? undefined : "x" });
        expect(sent.status, `${method} ${path}`).toBe(404);
        expect((await sent.json()).error.code).toBe("NOT_FOUND");
      }
      expect((await fetch(`${baseUrl()}${path}`)).status, path).toBe(200);
    }
    for (const origin of ["http://evil.example", baseUrl()]) {
      const action = await fetch(`${baseUrl()}/api/x`, { method: "POST", headers: { "next-action": "0".repeat(40), origin, "content-type": "text/plain" }, body: "[]" });
      expect(action.status).toBe(404);
      expect((await action.json()).error.message).toMatch(/nothing to send data to/);
    }
  });
});
