import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/server/api-token/authenticate-api-token";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { listApiTokens } from "@/lib/server/api-token/list-api-tokens";
import { revokeApiToken } from "@/lib/server/api-token/revoke-api-token";
import { loadSessionActor } from "@/lib/server/auth/load-session-actor";
import { verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";

let team: TestTeam;
beforeAll(async () => {
  team = await createTestTeam("auth");
});

const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitively for the email", async () => {
    const user = await verifyCredentials({ email: team.emails.editor.toUpperCase(), password: TEST_PASSWORD }, ip());
    expect(user.email).toBe(team.emails.editor);
  });

  it("refuses a wrong password without saying which part was wrong", async () => {
    await expect(verifyCredentials({ email: team.emails.viewer, password: "nope" }, ip())).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      message: "The email address or password is not correct.",
    });
    await expect(verifyCredentials({ email: "nobody@test.factdesk", password: "nope" }, ip())).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("locks an account after 5 failures, even for the right password, with a clear message", async () => {
    const locked = await createTestTeam("lock");
    for (let i = 0; i < 5; i++) {
      await expect(verifyCredentials({ email: locked.emails.reviewer, password: "wrong" }, ip())).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    }
    await expect(verifyCredentials({ email: locked.emails.reviewer, password: TEST_PASSWORD }, ip())).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/Too many failed sign-in attempts for this account\. Try again in 1[45] minutes\./),
    });
    // Other accounts are not affected.
    await expect(verifyCredentials({ email: locked.emails.viewer, password: TEST_PASSWORD }, ip())).resolves.toBeTruthy();
  });

  it("limits failures per network address across accounts", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    for (let i = 0; i < 30; i++) {
      await verifyCredentials({ email: `guess-${i}-${randomUUID()}@test.factdesk`, password: "x" }, address).catch(() => {});
    }
    await expect(verifyCredentials({ email: team.emails.admin, password: TEST_PASSWORD }, address)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("your network address"),
    });
  });

  it("refuses disabled members", async () => {
    const disabled = await createTestTeam("disabled");
    await db.membership.updateMany({
      where: { teamId: disabled.teamId, userId: disabled.actors.viewer.userId },
      data: { disabledAt: new Date() },
    });
    await expect(verifyCredentials({ email: disabled.emails.viewer, password: TEST_PASSWORD }, ip())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("loadSessionActor", () => {
  it("reads the role afresh, and drops sessions of disabled users or bumped session versions", async () => {
    const live = await createTestTeam("session");
    const userId = live.actors.reviewer.userId;
    expect(await loadSessionActor({ userId, sessionVersion: 0 })).toMatchObject({ role: "reviewer", teamId: live.teamId });

    await db.membership.updateMany({ where: { userId }, data: { role: "editor" } });
    expect(await loadSessionActor({ userId, sessionVersion: 0 })).toMatchObject({ role: "editor" });

    await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadSessionActor({ userId, sessionVersion: 0 })).toBeNull();
    expect(await loadSessionActor({ userId, sessionVersion: 1 })).not.toBeNull();

    await db.membership.updateMany({ where: { userId }, data: { disabledAt: new Date() } });
    expect(await loadSessionActor({ userId, sessionVersion: 1 })).toBeNull();
  });

  it("uses the preferred team only where the user is a member", async () => {
    const a = await createTestTeam("team-a");
    const b = await createTestTeam("team-b");
    const userId = a.actors.viewer.userId;
    await db.membership.create({ data: { teamId: b.teamId, userId, role: "editor" } });
    expect(await loadSessionActor({ userId, sessionVersion: 0 }, b.teamId)).toMatchObject({ teamId: b.teamId, role: "editor" });
    expect(await loadSessionActor({ userId, sessionVersion: 0 }, randomUUID())).toMatchObject({ teamId: a.teamId });
  });
});

describe("API tokens", () => {
  it("authenticate with their role until revoked, and are stored only as a hash", async () => {
    const created = await createApiToken({ actor: team.actors.admin, input: { name: "CMS import", role: "editor" } });
    expect(created.secret).toMatch(/^fdk_/);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).not.toContain(created.secret);
    expect(await authenticateApiToken(created.secret)).toMatchObject({ kind: "api-token", role: "editor", teamId: team.teamId });

    await revokeApiToken({ actor: team.actors.admin, tokenId: created.id });
    expect(await authenticateApiToken(created.secret)).toBeNull();
    await expect(revokeApiToken({ actor: team.actors.admin, tokenId: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("stop working when their creator's membership or account is disabled, and work again after", async () => {
    const created = await createApiToken({ actor: team.actors.admin, input: { name: "Feed", role: "viewer" } });
    const membership = await db.membership.findFirstOrThrow({ where: { teamId: team.teamId, userId: team.actors.admin.userId } });
    await db.membership.update({ where: { id: membership.id }, data: { disabledAt: new Date() } });
    expect(await authenticateApiToken(created.secret)).toBeNull();
    await db.membership.update({ where: { id: membership.id }, data: { disabledAt: null } });
    await db.user.update({ where: { id: team.actors.admin.userId }, data: { disabledAt: new Date() } });
    expect(await authenticateApiToken(created.secret)).toBeNull();
    await db.user.update({ where: { id: team.actors.admin.userId }, data: { disabledAt: null } });
    expect(await authenticateApiToken(created.secret)).toMatchObject({ role: "viewer", userId: team.actors.admin.userId });
    expect(await authenticateApiToken("fdk_not-a-token")).toBeNull();
  });

  // Probe finding: the list showed such a token with its old role, as if it still worked.
  it("are listed with what they can do now: the creator's weaker role, or nothing once the creator lost access", async () => {
    const t = await createTestTeam("token-list");
    const secondAdmin = await db.membership.findFirstOrThrow({ where: { teamId: t.teamId, userId: t.actors.editor.userId } });
    await db.membership.update({ where: { id: secondAdmin.id }, data: { role: "admin" } });
    const token = await createApiToken({ actor: { ...t.actors.editor, role: "admin" }, input: { name: "Nightly", role: "admin" } });
    const listed = async () => (await listApiTokens({ actor: t.actors.admin })).find((entry) => entry.id === token.id)!;
    expect(await listed()).toMatchObject({ role: "admin", effectiveRole: "admin" });
    await db.membership.update({ where: { id: secondAdmin.id }, data: { role: "viewer" } });
    expect(await listed()).toMatchObject({ role: "admin", effectiveRole: "viewer" });
    expect(await authenticateApiToken(token.secret)).toMatchObject({ role: "viewer" });
    await db.membership.update({ where: { id: secondAdmin.id }, data: { disabledAt: new Date() } });
    expect(await listed()).toMatchObject({ role: "admin", effectiveRole: null });
    expect(await authenticateApiToken(token.secret)).toBeNull();
  });

  // Walk of stop 46: revoked and active tokens were mixed, and none said who made it.
  it("are listed in use first, then revoked, each newest first, with who made them", async () => {
    const t = await createTestTeam("token-order");
    const older = await createApiToken({ actor: t.actors.admin, input: { name: "Older", role: "viewer" } });
    const revoked = await createApiToken({ actor: t.actors.admin, input: { name: "Revoked", role: "viewer" } });
    const newer = await createApiToken({ actor: t.actors.admin, input: { name: "Newer", role: "viewer" } });
    await revokeApiToken({ actor: t.actors.admin, tokenId: revoked.id });
    const listed = await listApiTokens({ actor: t.actors.admin });
    expect(listed.map((token) => token.id)).toEqual([newer.id, older.id, revoked.id]);
    expect(listed[0]!.createdBy.name).toBe(t.actors.admin.name);
  });

  it("can only be managed by admins", async () => {
    await expect(createApiToken({ actor: team.actors.editor, input: { name: "x", role: "viewer" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("keep the names of a team's active tokens apart, ignoring case; a revoked name or another team's is free (walk of stop 31)", async () => {
    const t = await createTestTeam("token-names");
    const first = await createApiToken({ actor: t.actors.admin, input: { name: "Newsroom CMS", role: "editor" } });
    const twice = await Promise.allSettled([
      createApiToken({ actor: t.actors.admin, input: { name: "newsroom cms", role: "viewer" } }),
      createApiToken({ actor: t.actors.admin, input: { name: "NEWSROOM CMS", role: "viewer" } }),
      // Fullwidth letters and a decomposed accent read the same (probe of stop 32).
      createApiToken({ actor: t.actors.admin, input: { name: "ｎｅｗｓｒｏｏｍ ＣＭＳ", role: "viewer" } }),
    ]);
    await createApiToken({ actor: t.actors.admin, input: { name: "Redaktion Süd", role: "viewer" } });
    await expect(createApiToken({ actor: t.actors.admin, input: { name: "Redaktion Su\u0308d", role: "viewer" } })).rejects.toMatchObject({ code: "CONFLICT" });
    for (const result of twice) {
      expect(result.status).toBe("rejected");
      expect((result as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", message: expect.stringContaining('an active token named "') });
    }
    expect(await createApiToken({ actor: team.actors.admin, input: { name: "Newsroom CMS", role: "viewer" } })).toMatchObject({ name: "Newsroom CMS" });
    await revokeApiToken({ actor: t.actors.admin, tokenId: first.id });
    expect(await createApiToken({ actor: t.actors.admin, input: { name: "Newsroom CMS", role: "viewer" } })).toMatchObject({ name: "Newsroom CMS" });
  });
});
