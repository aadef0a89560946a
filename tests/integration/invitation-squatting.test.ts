import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";
import { acceptInvitation } from "@/lib/server/member/accept-invitation";

// Hostile probe of stop 45: an admin of a team of their own invited a journalist's address, set its password through
// the link they were shown, and once the journalist's real desk invited that address, accepted from the inbox and read
// the desk's articles under the journalist's name. An account whose password came through a link accepts other teams'
// invitations only through their links, signed in; a seeded or operator-made account still accepts from its inbox.
let desk: TestTeam;
let squatter: TestTeam;
let deskAdmin: string;
let squatterAdmin: string;

beforeAll(async () => {
  desk = await createTestTeam("squat-desk");
  squatter = await createTestTeam("squat-own");
  deskAdmin = (await signIn(desk.emails.admin, TEST_PASSWORD)).cookie!;
  squatterAdmin = (await signIn(squatter.emails.admin, TEST_PASSWORD)).cookie!;
});

const tokenOf = (path: string) => path.split("/").at(-1)!;

describe("an address set up through another team's link", () => {
  it("cannot join the real desk from its inbox, only through the desk's own link while signed in", async () => {
    const email = `journalist-${Date.now()}@test.factdesk`;
    const squat = await api("/api/v1/team/invitations", { cookie: squatterAdmin, json: { email, name: "Bait", role: "viewer" } });
    expect(squat.status).toBe(201);
    await acceptInvitation({ input: { token: tokenOf(squat.body.data.invitationPath), password: "squatted-password-1" } });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailConfirmedAt).toBeNull();

    const real = await api("/api/v1/team/invitations", { cookie: deskAdmin, json: { email, name: "Real Journalist", role: "editor" } });
    expect(real.status).toBe(201);
    const held = (await signIn(email, "squatted-password-1")).cookie!;
    const inbox = await api("/api/v1/me/invitations", { cookie: held });
    const invitation = inbox.body.data.find((entry: { invitedByEmail: string }) => entry.invitedByEmail === desk.emails.admin);
    expect(invitation).toBeTruthy();
    const refused = await api(`/api/v1/me/invitations/${invitation.id}/accept`, { cookie: held, method: "POST" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/never confirmed.*only through its link/);
    expect(await db.membership.count({ where: { teamId: desk.teamId, user: { email } } })).toBe(0);

    // Another team's link does not join this account, nor does a link for another address.
    const wrong = await api("/api/v1/me/invitations/join", { cookie: deskAdmin, json: { token: tokenOf(real.body.data.invitationPath) } });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.message).toMatch(/another address/);
    expect((await api("/api/v1/me/invitations/join", { json: { token: tokenOf(real.body.data.invitationPath) } })).status).toBe(401);
    expect((await api("/api/v1/me/invitations/join", { cookie: held, json: { token: "inv_not-a-real-token" } })).status).toBe(404);
    expect((await api("/api/v1/me/invitations/join", { cookie: held, json: { token: "x".repeat(201) } })).status).toBe(400);

    // The person the desk gave its link to, signed in as the invited account, joins with it.
    const joined = await api("/api/v1/me/invitations/join", { cookie: held, json: { token: tokenOf(real.body.data.invitationPath) } });
    expect(joined.status).toBe(200);
    expect(joined.body.data).toMatchObject({ teamId: desk.teamId, accepted: true });
    expect(await db.membership.findFirstOrThrow({ where: { teamId: desk.teamId, user: { email } } })).toMatchObject({ role: "editor" });
    expect((await api("/api/v1/me/invitations/join", { cookie: held, json: { token: tokenOf(real.body.data.invitationPath) } })).status).toBe(404);
  });

  it("leaves accounts whose address is vouched for (seeded, operator-made, older) accepting from the inbox", async () => {
    const invited = await api("/api/v1/team/invitations", { cookie: deskAdmin, json: { email: squatter.emails.viewer, name: "Viewer", role: "viewer" } });
    expect(invited.status).toBe(201);
    const cookie = (await signIn(squatter.emails.viewer, TEST_PASSWORD)).cookie!;
    const invitation = (await api("/api/v1/me/invitations", { cookie })).body.data.find((entry: { invitedByEmail: string }) => entry.invitedByEmail === desk.emails.admin);
    expect((await api(`/api/v1/me/invitations/${invitation.id}/accept`, { cookie, method: "POST" })).status).toBe(200);
  });
});
