import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeMethods } from "@/scripts/serve/route-methods.mjs";
import { api } from "../support/http";

const appDir = path.resolve(import.meta.dirname, "../../app");

/** Every "METHOD /path" the route files under app/api/v1 export, from the file system. */
function routeOperations(): string[] {
  return [...routeMethods(appDir, "api/v1")]
    .map(([route, methods]) => [route.slice("/api/v1".length).replace(/\[(\w+)\]/g, "{$1}"), methods] as const)
    .filter(([route]) => !route.includes("[...") && route !== "/openapi.json")
    .flatMap(([route, methods]) => methods.map((method: string) => `${method} ${route}`))
    .sort();
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
