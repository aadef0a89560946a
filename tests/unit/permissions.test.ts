import { describe, expect, it } from "vitest";
import { can, isRole, ROLES } from "@/lib/domain/permissions";

describe("permissions", () => {
  it("lets every role read articles", () => {
    for (const role of ROLES) expect(can(role, "article.read")).toBe(true);
  });

  it("lets only admins and editors import articles", () => {
    expect(ROLES.filter((role) => can(role, "article.create"))).toEqual(["admin", "editor"]);
  });

  it("keeps member and token management to admins", () => {
    expect(ROLES.filter((role) => can(role, "member.manage"))).toEqual(["admin"]);
    expect(ROLES.filter((role) => can(role, "api-token.manage"))).toEqual(["admin"]);
  });

  it("recognises roles", () => {
    expect(isRole("editor")).toBe(true);
    expect(isRole("owner")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
