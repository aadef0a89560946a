import { describe, expect, it } from "vitest";
import { createRoleTokens, createTestTeam, TEST_PASSWORD } from "../support/factory";
import { api, signIn } from "../support/http";

// Hostile probe of stop 43: a viewer token switched its creator's mails on and off, and GET /teams named the creator's
// role (admin) for a viewer token.
describe("what an API token is", () => {
  it("reports its own role and leaves its creator's notification settings alone", async () => {
    const team = await createTestTeam("token-scope");
    const tokens = await createRoleTokens(team);
    const teams = await api("/api/v1/teams", { token: tokens.viewer });
    expect(teams.body.data).toEqual([expect.objectContaining({ id: team.teamId, role: "viewer", active: true })]);
    const refused = await api("/api/v1/me/notifications", { token: tokens.admin, method: "PATCH", json: { digest: true } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe("Notification settings are changed by the person, signed in, not with an API token.");
    const cookie = (await signIn(team.emails.admin, TEST_PASSWORD)).cookie!;
    expect((await api("/api/v1/me/notifications", { cookie })).body.data.digest).toBe(false);
    expect((await api("/api/v1/me/notifications", { cookie, method: "PATCH", json: { digest: true } })).body.data.digest).toBe(true);
  });
});
