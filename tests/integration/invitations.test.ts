import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { db } from "@/lib/server/db/client";
import { actionState, callFormAction } from "../support/actions";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

// Invitations over HTTP, as the browser drives them (server actions and the JSON API), with two and
// three teams: the cross-team account takeover of issue 11 and the consent flow that replaced it.

let teamA: TestTeam;
let teamB: TestTeam;
let adminA: string;
let adminB: string;

beforeAll(async () => {
  teamA = await createTestTeam("inv-a");
  teamB = await createTestTeam("inv-b");
  adminA = (await signIn(teamA.emails.admin, TEST_PASSWORD)).cookie!;
  adminB = (await signIn(teamB.emails.admin, TEST_PASSWORD)).cookie!;
});

const newAddress = () => `new.hire.${randomUUID().slice(0, 8)}@test.factdesk`;

async function invite(cookie: string, email: string, role = "reviewer") {
  const response = await callFormAction("inviteMemberAction", { email, name: "New Hire", role }, { cookie });
  expect(response.status).toBe(200);
  const state = actionState(response.text);
  expect(state.ok, state.message).toBe(true);
  return state.data as { invitationId: string; invitationPath: string; email: string };
}

async function acceptLink(invitationPath: string, password: string) {
  const token = invitationPath.split("/").at(-1)!;
  const response = await callFormAction("acceptInvitationAction", { token, password, confirmPassword: password });
  expect(response.status).toBe(200);
  // Accepted, the action goes on to sign-in (which says the password is set); refused, it answers its state.
  return response.redirect ? { ok: true, redirect: response.redirect } : actionState(response.text);
}

const teamsOf = async (email: string) =>
  (await db.membership.findMany({ where: { user: { email } }, select: { teamId: true, role: true } })).map((m) => m.teamId).sort();

describe("the stale-link takeover from issue 11", () => {
  it("cannot replace the password of an account activated through another team's link", async () => {
    const victim = newAddress();
    const linkFromB = await invite(adminB, victim);
    const linkFromA = await invite(adminA, victim);

    expect(await acceptLink(linkFromA.invitationPath, "victims-own-password")).toMatchObject({ ok: true, redirect: expect.stringContaining("/sign-in?joined=1") });

    // Team B's admin still holds link 1 and tries to choose the victim's password with it.
    const attack = await acceptLink(linkFromB.invitationPath, "attackers-password");
    expect((await signIn(victim, "attackers-password")).cookie, "the attacker signs in as the victim").toBeNull();
    expect(attack.ok).toBe(false);
    const victimSession = (await signIn(victim, "victims-own-password")).cookie;
    expect(victimSession).toBeTruthy();
    expect(await teamsOf(victim)).toEqual([teamA.teamId]);
    // Team B's invitation was not silently dropped: it waits in the person's inbox for their answer.
    const inbox = await api("/api/v1/me/invitations", { cookie: victimSession! });
    expect(inbox.body.data).toEqual([expect.objectContaining({ id: linkFromB.invitationId })]);
  });

  it("never sets a password through a fresh link either once the account has one", async () => {
    const person = newAddress();
    await acceptLink((await invite(adminA, person)).invitationPath, "first-password-1");
    const fresh = await invite(adminB, person);
    const attempt = await acceptLink(fresh.invitationPath, "second-password-2");
    expect(attempt).toMatchObject({ ok: false, message: expect.stringMatching(/already has a Factdesk account/) });
    expect((await signIn(person, "second-password-2")).cookie).toBeNull();
    expect((await signIn(person, "first-password-1")).cookie).toBeTruthy();
    expect(await teamsOf(person)).toEqual([teamA.teamId]);
  });
});

describe("adding an existing account needs that person's consent", () => {
  it("answers the admin the same for an existing account as for a new address", async () => {
    const existing = await invite(adminB, teamA.emails.viewer, "viewer");
    const fresh = await invite(adminB, newAddress(), "viewer");
    expect(Object.keys(existing).sort()).toEqual(Object.keys(fresh).sort());
    expect(existing.invitationPath).toMatch(/^\/invite\/inv_/);
    expect(fresh.invitationPath).toMatch(/^\/invite\/inv_/);
    // The invite page greets with the name the admin typed, not the account's.
    const page = await api(existing.invitationPath);
    expect(page.text).toContain("New Hire");
    expect(page.text).not.toContain("viewer inv-a");
    expect(await teamsOf(teamA.emails.viewer)).toEqual([teamA.teamId]);
  });

  it("lists the invitation to the person signed in, who accepts it into exactly that team with the invited role", async () => {
    const person = (await createTestTeam("inv-person")).emails.editor;
    const personTeams = await teamsOf(person);
    const { invitationId } = await invite(adminB, person, "reviewer");
    expect(await teamsOf(person)).toEqual(personTeams);

    const cookie = (await signIn(person, TEST_PASSWORD)).cookie!;
    const listed = await api("/api/v1/me/invitations", { cookie });
    expect(listed.status).toBe(200);
    // The inviter's address comes along: a name alone could be copied by a lookalike team.
    expect(listed.body.data).toEqual([expect.objectContaining({ id: invitationId, role: "reviewer", invitedByEmail: teamB.emails.admin })]);

    // Someone else (another team's admin) cannot answer it; an API token (even the person's own team's) finds none.
    expect((await api(`/api/v1/me/invitations/${invitationId}/accept`, { method: "POST", cookie: adminA })).status).toBe(404);
    const token = (await createApiToken({ actor: teamA.actors.admin, input: { name: "x", role: "admin" } })).secret;
    expect((await api(`/api/v1/me/invitations/${invitationId}/accept`, { method: "POST", token })).status).toBe(404);
    expect((await api("/api/v1/me/invitations", { token })).body.data).toEqual([]);

    const accepted = await api(`/api/v1/me/invitations/${invitationId}/accept`, { method: "POST", cookie });
    expect(accepted.status).toBe(200);
    expect(await teamsOf(person)).toEqual([...personTeams, teamB.teamId].sort());
    expect(await db.membership.findFirst({ where: { teamId: teamB.teamId, user: { email: person } } })).toMatchObject({ role: "reviewer" });
    expect((await api(`/api/v1/me/invitations/${invitationId}/accept`, { method: "POST", cookie })).status).toBe(404);
  });

  // Walk of stop 46: the inbox offered to join a team the person already belonged to (joined meanwhile, by another way).
  it("does not list an invitation to a team the person belongs to already", async () => {
    const person = (await createTestTeam("inv-member")).emails.viewer;
    const { invitationId } = await invite(adminB, person);
    const user = await db.user.findUniqueOrThrow({ where: { email: person } });
    await db.membership.create({ data: { teamId: teamB.teamId, userId: user.id, role: "viewer" } });
    const cookie = (await signIn(person, TEST_PASSWORD)).cookie!;
    const listed = (await api("/api/v1/me/invitations", { cookie })).body.data as { id: string }[];
    expect(listed.map((invitation) => invitation.id)).not.toContain(invitationId);
  });

  it("lets the person decline, and shows pending invitations in the inbox", async () => {
    const team = await createTestTeam("inv-decline");
    const person = team.emails.viewer;
    const { invitationId } = await invite(adminB, person);
    const cookie = (await signIn(person, TEST_PASSWORD)).cookie!;
    const inbox = await api("/inbox", { cookie });
    expect(inbox.text).toContain("data-testid=\"own-invitations\"");
    expect((await api(`/api/v1/me/invitations/${invitationId}/decline`, { method: "POST", cookie })).status).toBe(200);
    expect(await teamsOf(person)).toEqual([team.teamId]);
    expect((await api("/api/v1/me/invitations", { cookie })).body.data).toEqual([]);
  });

  it("accepts through the inbox's server action too, for the signed-in person only", async () => {
    const team = await createTestTeam("inv-action");
    const { invitationId } = await invite(adminB, team.emails.reviewer, "viewer");
    const stranger = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
    expect(actionState((await callFormAction("answerInvitationAction", { invitationId, accept: "true" }, { cookie: stranger })).text)).toMatchObject({ ok: false });
    const cookie = (await signIn(team.emails.reviewer, TEST_PASSWORD)).cookie!;
    expect(actionState((await callFormAction("answerInvitationAction", { invitationId, accept: "true" }, { cookie })).text)).toMatchObject({ ok: true });
    expect(await teamsOf(team.emails.reviewer)).toEqual([team.teamId, teamB.teamId].sort());
  });
});

describe("admins see and revoke open invitations", () => {
  it("revokes a link so it no longer works, only within the own team", async () => {
    const address = newAddress();
    const { invitationId, invitationPath } = await invite(adminB, address);
    const members = await api("/members", { cookie: adminB });
    expect(members.text).toContain(`invitation-${address}`);
    const foreign = actionState((await callFormAction("revokeInvitationAction", { invitationId }, { cookie: adminA })).text);
    expect(foreign).toMatchObject({ ok: false, message: expect.stringMatching(/not found/) });
    expect(actionState((await callFormAction("revokeInvitationAction", { invitationId }, { cookie: adminB })).text)).toMatchObject({ ok: true });
    expect(await acceptLink(invitationPath, "some-password-1")).toMatchObject({ ok: false });
    expect((await signIn(address, "some-password-1")).cookie).toBeNull();
  });
});

// Hostile probe of stop 41: ten invitations of one address at once answered 500 and left several open invitations;
// accepting and declining one invitation at once both "succeeded".
describe("invitations sent or answered at once", () => {
  it("leave one open invitation per person and team, and never answer 500", async () => {
    const token = (await createApiToken({ actor: teamA.actors.admin, input: { name: "race", role: "admin" } })).secret;
    const email = newAddress();
    const answers = await Promise.all(Array.from({ length: 10 }, () => api("/api/v1/team/invitations", { token, json: { email, name: "Dup", role: "viewer" } })));
    expect(answers.map((answer) => answer.status).filter((status) => status !== 201)).toEqual([]);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.invitation.count({ where: { teamId: teamA.teamId, userId: user.id, acceptedAt: null } })).toBe(1);
  });

  it("take one answer to an invitation: accepted or declined, never both", async () => {
    const token = (await createApiToken({ actor: teamA.actors.admin, input: { name: "race-answer", role: "admin" } })).secret;
    const invited = await api("/api/v1/team/invitations", { token, json: { email: teamB.emails.viewer, name: "Viewer B", role: "viewer" } });
    expect(invited.status).toBe(201);
    const { invitationId } = invited.body.data;
    const cookie = (await signIn(teamB.emails.viewer, TEST_PASSWORD)).cookie!;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api(`/api/v1/me/invitations/${invitationId}/${i % 2 ? "decline" : "accept"}`, { cookie, method: "POST" })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status !== 200 && status !== 404)).toEqual([]);
    const accepted = answers.findIndex((answer) => answer.status === 200) % 2 === 0;
    const member = await db.membership.count({ where: { teamId: teamA.teamId, userId: teamB.actors.viewer.userId } });
    expect(member).toBe(accepted ? 1 : 0);
  });
});
