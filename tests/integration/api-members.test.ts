import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

// The members page over the JSON API: list, invite, revoke, change role, disable — admins only, own team only.

let team: TestTeam;
let other: TestTeam;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let adminCookie: string;
let otherAdminCookie: string;

beforeAll(async () => {
  team = await createTestTeam("api-members");
  other = await createTestTeam("api-members-other");
  tokens = await createRoleTokens(team);
  adminCookie = (await signIn(team.emails.admin, TEST_PASSWORD)).cookie!;
  otherAdminCookie = (await signIn(other.emails.admin, TEST_PASSWORD)).cookie!;
});

const membershipOf = async (t: TestTeam, role: "admin" | "editor" | "reviewer" | "viewer") =>
  (await db.membership.findFirstOrThrow({ where: { teamId: t.teamId, userId: t.actors[role].userId } })).id;

describe("members over the API", () => {
  it("lists members without secrets, to admins only", async () => {
    const listed = await api("/api/v1/team/members", { cookie: adminCookie });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toHaveLength(4);
    expect(JSON.stringify(listed.body)).not.toMatch(/passwordHash|argon2/);
    expect((await api("/api/v1/team/members", { token: tokens.admin })).status).toBe(200);
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      expect((await api("/api/v1/team/members", { token: tokens[role] })).status).toBe(403);
    }
    expect((await api("/api/v1/team/members")).status).toBe(401);
  });

  it("invites, lists and revokes an invitation", async () => {
    const email = `invitee-${Date.now()}@test.factdesk`;
    const invited = await api("/api/v1/team/invitations", { cookie: adminCookie, json: { email, name: "Invitee", role: "reviewer" } });
    expect(invited.status).toBe(201);
    expect(invited.body.data.invitationPath).toMatch(/^\/invite\/inv_/);
    const open = await api("/api/v1/team/invitations", { cookie: adminCookie });
    expect(open.body.data.map((row: { email: string }) => row.email)).toContain(email);
    // Another team's admin can neither see nor revoke it.
    expect((await api("/api/v1/team/invitations", { cookie: otherAdminCookie })).body.data.map((row: { email: string }) => row.email)).not.toContain(email);
    expect((await api(`/api/v1/team/invitations/${invited.body.data.invitationId}`, { cookie: otherAdminCookie, method: "DELETE" })).status).toBe(404);
    expect((await api(`/api/v1/team/invitations/${invited.body.data.invitationId}`, { cookie: adminCookie, method: "DELETE" })).status).toBe(200);
    expect((await api(`/api/v1/team/invitations/${invited.body.data.invitationId}`, { cookie: adminCookie, method: "DELETE" })).status).toBe(404);
    const bad = await api("/api/v1/team/invitations", { cookie: adminCookie, json: { email: "not an address", name: "", role: "owner" } });
    expect(bad.status).toBe(400);
    expect((await api("/api/v1/team/invitations", { token: tokens.editor, json: { email, name: "X", role: "viewer" } })).status).toBe(403);
  });

  it("changes a role or disables a member, one change at a time, and never the team's last admin", async () => {
    const reviewer = await membershipOf(team, "reviewer");
    const promoted = await api(`/api/v1/team/members/${reviewer}`, { cookie: adminCookie, method: "PATCH", json: { role: "editor" } });
    expect(promoted.status).toBe(200);
    // The answer says how many open assignments went back to the team (only a change to viewer releases any).
    expect(promoted.body.data).toEqual({ id: reviewer, role: "editor", releasedAssignments: 0 });
    expect((await db.membership.findUniqueOrThrow({ where: { id: reviewer } })).role).toBe("editor");
    const disabled = await api(`/api/v1/team/members/${reviewer}`, { cookie: adminCookie, method: "PATCH", json: { disabled: true } });
    expect(disabled.status).toBe(200);
    expect((await db.membership.findUniqueOrThrow({ where: { id: reviewer } })).disabledAt).not.toBeNull();

    const both = await api(`/api/v1/team/members/${reviewer}`, { cookie: adminCookie, method: "PATCH", json: { role: "viewer", disabled: false } });
    expect(both.status).toBe(400);
    expect(both.body.error.message).toMatch(/one at a time/);
    expect((await api(`/api/v1/team/members/${reviewer}`, { cookie: adminCookie, method: "PATCH", json: { disabled: "yes" } })).status).toBe(400);
    expect((await api(`/api/v1/team/members/not-a-uuid`, { cookie: adminCookie, method: "PATCH", json: { role: "viewer" } })).status).toBe(400);

    const admin = await membershipOf(team, "admin");
    const lastAdmin = await api(`/api/v1/team/members/${admin}`, { cookie: adminCookie, method: "PATCH", json: { role: "viewer" } });
    expect(lastAdmin.status).toBe(409);
    // Another team's admin cannot touch our members; an editor cannot either.
    expect((await api(`/api/v1/team/members/${reviewer}`, { cookie: otherAdminCookie, method: "PATCH", json: { disabled: false } })).status).toBe(404);
    expect((await api(`/api/v1/team/members/${reviewer}`, { token: tokens.editor, method: "PATCH", json: { disabled: false } })).status).toBe(403);
    expect((await db.membership.findUniqueOrThrow({ where: { id: reviewer } })).disabledAt).not.toBeNull();
  });
});
