import { beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { acceptInvitation } from "@/lib/server/member/accept-invitation";
import { changeMemberRole } from "@/lib/server/member/change-member-role";
import { inviteMember } from "@/lib/server/member/invite-member";
import { listMembers } from "@/lib/server/member/list-members";
import { listTeamInvitations } from "@/lib/server/member/list-team-invitations";
import { setMemberDisabledInput } from "@/lib/validations/member";
import { setMemberDisabled } from "@/lib/server/member/set-member-disabled";
import { db } from "@/lib/server/db/client";
import { addTeamMember, createTestTeam, type TestTeam } from "../support/factory";

let team: TestTeam;
beforeAll(async () => {
  team = await createTestTeam("members");
});

const membershipOf = async (userId: string) =>
  db.membership.findFirstOrThrow({ where: { teamId: team.teamId, userId } });

describe("inviting members", () => {
  it("creates an account without a password and a one-time link; the membership exists only once accepted", async () => {
    const email = `new.${Date.now()}@test.factdesk`;
    const invited = await inviteMember({ actor: team.actors.admin, input: { email, name: "New Person", role: "reviewer" } });
    expect(invited.invitationPath).toMatch(/^\/invite\/inv_/);
    expect((await listMembers({ actor: team.actors.admin })).find((row) => row.user.email === email)).toBeUndefined();
    expect(await listTeamInvitations({ actor: team.actors.admin })).toEqual(
      expect.arrayContaining([expect.objectContaining({ email, name: "New Person", role: "reviewer" })]),
    );

    const token = invited.invitationPath.split("/").at(-1)!;
    await expect(acceptInvitation({ input: { token, password: "a-new-password" } })).resolves.toEqual({ email });
    expect((await listMembers({ actor: team.actors.admin })).find((row) => row.user.email === email)).toMatchObject({ role: "reviewer" });
    await expect(verifyCredentials({ email, password: "a-new-password" }, "192.0.2.10")).resolves.toMatchObject({ email });
    await expect(acceptInvitation({ input: { token, password: "hijack-attempt" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("invites an existing user of another team the same way, without touching the account, and refuses members", async () => {
    const other = await createTestTeam("members-other");
    const input = { email: other.emails.viewer, name: "Ignored", role: "viewer" as const };
    const before = await db.user.findUniqueOrThrow({ where: { email: other.emails.viewer } });
    await expect(inviteMember({ actor: team.actors.admin, input })).resolves.toMatchObject({ invitationPath: expect.stringMatching(/^\/invite\//) });
    expect(await db.user.findUniqueOrThrow({ where: { email: other.emails.viewer } })).toEqual(before);
    expect(await db.membership.count({ where: { teamId: team.teamId, userId: before.id } })).toBe(0);
    const member = { email: team.emails.editor, name: "Member", role: "viewer" as const };
    await expect(inviteMember({ actor: team.actors.admin, input: member })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("is admin-only", async () => {
    const input = { email: "x@test.factdesk", name: "X", role: "viewer" as const };
    await expect(inviteMember({ actor: team.actors.editor, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listMembers({ actor: team.actors.reviewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("roles and disabling", () => {
  it("changes roles within the team only", async () => {
    const membership = await membershipOf(team.actors.viewer.userId);
    await changeMemberRole({ actor: team.actors.admin, input: { membershipId: membership.id, role: "reviewer" } });
    expect((await membershipOf(team.actors.viewer.userId)).role).toBe("reviewer");

    const other = await createTestTeam("members-foreign");
    const foreign = await db.membership.findFirstOrThrow({ where: { teamId: other.teamId } });
    await expect(
      changeMemberRole({ actor: team.actors.admin, input: { membershipId: foreign.id, role: "admin" } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("never leaves a team without an enabled admin", async () => {
    const solo = await createTestTeam("members-solo");
    const admin = await db.membership.findFirstOrThrow({ where: { teamId: solo.teamId, role: "admin" } });
    await expect(
      changeMemberRole({ actor: solo.actors.admin, input: { membershipId: admin.id, role: "editor" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      setMemberDisabled({ actor: solo.actors.admin, input: { membershipId: admin.id, disabled: true } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("disables and re-enables a member", async () => {
    const membership = await membershipOf(team.actors.editor.userId);
    await setMemberDisabled({ actor: team.actors.admin, input: { membershipId: membership.id, disabled: true } });
    expect((await membershipOf(team.actors.editor.userId)).disabledAt).not.toBeNull();
    await setMemberDisabled({ actor: team.actors.admin, input: { membershipId: membership.id, disabled: false } });
    expect((await membershipOf(team.actors.editor.userId)).disabledAt).toBeNull();
  });

  // Probe of stop 34: a reviewer made viewer or disabled kept their claims, which then showed as nobody's work to do.
  it("gives a member's open claims back to nobody when they are disabled or made a viewer, with a history entry", async () => {
    const { createArticle } = await import("@/lib/server/article/create-article");
    const { createArticleInput } = await import("@/lib/validations/article");
    const article = await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title: "Zuständig", text: "Die Steuern sanken um 2 Prozent. Die Mieten stiegen um 4 Prozent." }) });
    const claims = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
    for (const [cause, change] of [
      ["member.demoted", async (membershipId: string) => changeMemberRole({ actor: team.actors.admin, input: { membershipId, role: "viewer" } })],
      ["member.disabled", async (membershipId: string) => setMemberDisabled({ actor: team.actors.admin, input: { membershipId, disabled: true } })],
    ] as const) {
      const member = await addTeamMember(team, "reviewer", cause);
      await db.claim.updateMany({ where: { id: { in: claims.map((claim) => claim.id) } }, data: { assigneeId: member.actor.userId } });
      await change((await membershipOf(member.actor.userId)).id);
      expect(await db.claim.count({ where: { articleId: article.id, assigneeId: { not: null } } })).toBe(0);
      const entries = await db.activity.findMany({ where: { claimId: { in: claims.map((claim) => claim.id) }, action: "claim.updated" }, orderBy: { createdAt: "desc" }, take: 2 });
      expect(entries.map((entry) => entry.after)).toEqual([{ assigneeId: null, cause }, { assigneeId: null, cause }]);
    }
  });

  // Re-probe of stop 34: assignments racing the change left claims with the disabled member.
  it("leaves no open claim with a member whose disabling races assignments to them", async () => {
    const { createArticle } = await import("@/lib/server/article/create-article");
    const { createArticleInput } = await import("@/lib/validations/article");
    const { updateClaim } = await import("@/lib/server/claim/update-claim");
    for (let round = 0; round < 3; round++) {
      const sentences = Array.from({ length: 8 }, (_, i) => `Die Mieten stiegen ${Date.now()} im Bezirk ${i}-${round} um ${i + 2} Prozent.`).join(" ");
      const article = await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title: `Wettlauf ${round}`, text: sentences }) });
      const claims = await db.claim.findMany({ where: { articleId: article.id } });
      const member = await addTeamMember(team, "reviewer", `race${round}`);
      const membershipId = (await membershipOf(member.actor.userId)).id;
      const assigning = claims.map((claim) =>
        updateClaim({ actor: team.actors.editor, id: claim.id, input: { version: claim.version, assigneeId: member.actor.userId } }).catch((error: { code?: string }) => error.code),
      );
      const disabling = setMemberDisabled({ actor: team.actors.admin, input: { membershipId, disabled: true } });
      const outcomes = await Promise.all([...assigning, disabling]);
      expect(outcomes.slice(0, -1).filter((outcome) => outcome !== "INVALID_INPUT" && (typeof outcome !== "object" || outcome === null))).toEqual([]);
      expect(await db.claim.count({ where: { articleId: article.id, assigneeId: member.actor.userId, status: { not: "final" } } })).toBe(0);
    }
  });

  it("reads the form value \"false\" as false (it re-enables), and refuses values that are neither", async () => {
    const membership = await membershipOf(team.actors.reviewer.userId);
    const parse = (disabled: unknown) => setMemberDisabledInput.safeParse({ membershipId: membership.id, disabled });
    expect(parse("false").data?.disabled).toBe(false);
    expect(parse("true").data?.disabled).toBe(true);
    expect(parse("on").data?.disabled).toBe(true);
    expect(parse(false).data?.disabled).toBe(false);
    expect(parse("maybe").success).toBe(false);
    await setMemberDisabled({ actor: team.actors.admin, input: setMemberDisabledInput.parse({ membershipId: membership.id, disabled: "true" }) });
    expect((await membershipOf(team.actors.reviewer.userId)).disabledAt).not.toBeNull();
    await setMemberDisabled({ actor: team.actors.admin, input: setMemberDisabledInput.parse({ membershipId: membership.id, disabled: "false" }) });
    expect((await membershipOf(team.actors.reviewer.userId)).disabledAt).toBeNull();
  });
});

// Probe of stop 30: two admins who demoted each other at the same moment both passed the last-admin check.
describe("the last admin under concurrent changes", () => {
  it("keeps an enabled admin when two admins demote or disable each other at once", async () => {
    const raced = await createTestTeam("last-admin");
    const second = await addTeamMember(raced, "admin", "second");
    const first = raced.actors.admin;
    const membership = async (userId: string) => db.membership.findFirstOrThrow({ where: { teamId: raced.teamId, userId } });
    const [firstId, secondId] = [(await membership(first.userId)).id, (await membership(second.actor.userId)).id];
    const changes = [
      (actor: typeof first, membershipId: string) => changeMemberRole({ actor, input: { membershipId, role: "viewer" } }),
      (actor: typeof first, membershipId: string) => setMemberDisabled({ actor, input: { membershipId, disabled: true } }),
    ];
    for (let round = 0; round < 6; round++) {
      await db.membership.updateMany({ where: { id: { in: [firstId, secondId] } }, data: { role: "admin", disabledAt: null } });
      const results = await Promise.allSettled([changes[round % 2]!(first, secondId), changes[Math.floor(round / 2) % 2]!(second.actor, firstId)]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
      expect(["FORBIDDEN", "CONFLICT"]).toContain(refused.reason.code);
      expect(await db.membership.count({ where: { teamId: raced.teamId, role: "admin", disabledAt: null } })).toBe(1);
    }
  });
});
