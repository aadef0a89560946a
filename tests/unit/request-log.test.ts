import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeMatcher, trustedRequestId } from "@/scripts/serve/request-log.mjs";

describe("request ids", () => {
  it("keeps a short safe token and replaces anything else with a fresh UUID", () => {
    expect(trustedRequestId("caddy-4f2a9c81")).toBe("caddy-4f2a9c81");
    expect(trustedRequestId("0f8fad5b-d9cb-469f-a165-70867728950e")).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    for (const unsafe of [undefined, "", "short", "x".repeat(65), 'a"b\\c-1234', "with space 1234", "line\nbreak-1234", ["a", "b"]]) {
      expect(trustedRequestId(unsafe)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

describe("route patterns", () => {
  it("labels a path with its route pattern, never its ids", () => {
    const nextDir = mkdtempSync(path.join(tmpdir(), "factdesk-routes-"));
    writeFileSync(path.join(nextDir, "routes-manifest.json"), JSON.stringify({
      staticRoutes: [{ page: "/api/v1/claims", regex: "^/api/v1/claims(?:/)?$" }],
      dynamicRoutes: [{ page: "/api/v1/claims/[id]", regex: "^/api/v1/claims/([^/]+?)(?:/)?$" }],
    }));
    const routeOf = routeMatcher(nextDir);
    expect(routeOf("/api/v1/claims?after=abc")).toBe("/api/v1/claims");
    expect(routeOf("/api/v1/claims/6f1c2d9e-1111-4222-8333-944455556666")).toBe("/api/v1/claims/[id]");
    expect(routeOf("/_next/static/chunks/abc123.js")).toBe("/_next/*");
    expect(routeOf("/wp-admin/../../etc/passwd")).toBe("(unmatched)");
  });
});
