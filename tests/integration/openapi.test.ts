import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { api } from "../support/http";

const apiDir = path.resolve(import.meta.dirname, "../../app/api/v1");

/** Every "METHOD /path" the route files export, from the file system. */
function routeOperations(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const route = `/${path.relative(apiDir, dir)}`.replace(/\[(\w+)\]/g, "{$1}");
        if (route.includes("[...") || route === "/openapi.json") continue;
        for (const [, method] of readFileSync(full, "utf8").matchAll(/export (?:const|async function|function) (GET|POST|PATCH|PUT|DELETE)\b/g)) {
          found.push(`${method} ${route}`);
        }
      }
    }
  };
  walk(apiDir);
  return found.sort();
}

describe("OpenAPI document", () => {
  it("is served without authentication as OpenAPI 3.1 and describes exactly the routes that exist", async () => {
    const response = await api("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe("3.1.0");
    const documented = Object.entries(response.body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`))
      .sort();
    expect(documented).toEqual(routeOperations());
  });

  it("takes request schemas from the zod validators (fields, enums, limits)", async () => {
    const { body } = await api("/api/v1/openapi.json");
    const attach = body.paths["/claims/{id}/sources"].post.requestBody.content["application/json"].schema;
    expect(attach.required).toEqual(expect.arrayContaining(["url", "stance"]));
    expect(attach.properties.stance.enum).toEqual(["supports", "refutes", "context"]);
    expect(attach.additionalProperties).toBe(false);
    expect(body.paths["/claims/{id}/final-verdict"].post.description).toMatch(/admin, editor/);
  });
});
