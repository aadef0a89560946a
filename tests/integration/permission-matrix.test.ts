import { beforeAll, describe, expect, it } from "vitest";
import { can, ROLES, type Role } from "@/lib/domain/permissions";
import { OPERATIONS } from "@/lib/server/http/openapi-document";
import { createRoleTokens, createTestTeam } from "../support/factory";
import { api } from "../support/http";

let tokens: Record<Role, string>;
const SOME_ID = "00000000-0000-7000-8000-000000000000";

beforeAll(async () => {
  tokens = await createRoleTokens(await createTestTeam("matrix"));
});

describe("every API operation, every role", () => {
  // Authorization happens before the body is read, so an empty JSON object is enough: a role without
  // the permission gets 403, a role with it gets anything but 403 (400 for the empty body, 404 for
  // the made-up id, or success).
  for (const operation of OPERATIONS.filter((candidate) => !candidate.stream)) {
    it(`${operation.method.toUpperCase()} ${operation.path} (${operation.permission})`, async () => {
      const path = `/api/v1${operation.path.replace(/\{\w+\}/g, SOME_ID)}`;
      for (const role of ROLES) {
        const response = await api(path, {
          token: tokens[role],
          method: operation.method.toUpperCase(),
          ...(operation.method !== "get" && operation.method !== "delete" && { json: {} }),
        });
        expect(response.status === 403, `${role}: ${response.status} ${response.text.slice(0, 120)}`).toBe(!can(role, operation.permission));
        expect(response.status, `${role} must never see a server error`).toBeLessThan(500);
      }
    });
  }
});
