import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { can, ROLES, type Permission, type Role } from "@/lib/domain/permissions";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { revokeApiToken } from "@/lib/server/api-token/revoke-api-token";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { OPERATIONS } from "@/lib/server/http/openapi-document";
import { changeMemberRole } from "@/lib/server/member/change-member-role";
import { inviteMember } from "@/lib/server/member/invite-member";
import { revokeInvitation } from "@/lib/server/member/revoke-invitation";
import { setMemberDisabled } from "@/lib/server/member/set-member-disabled";
import { createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { actionState, builtActions, callFormAction } from "../support/actions";
import { api, baseUrl, signIn, type ApiCall } from "../support/http";

// Every API operation (OPERATIONS, which the OpenAPI test keeps equal to the route files, so a new
// route cannot skip this table) for every kind of caller. Authorization happens before the body is
// read, so an empty JSON object (a form-only route: a minimal form) is enough to see the decision.
const SOME_ID = "00000000-0000-7000-8000-000000000000";
const operations = OPERATIONS.filter((operation) => !operation.stream);
const call = (operation: (typeof OPERATIONS)[number], path: string, caller: ApiCall) =>
  api(`/api/v1${path}`, {
    ...caller,
    method: operation.method.toUpperCase(),
    ...(operation.method !== "get" && operation.method !== "delete" && !operation.formEncoded && { json: {} }),
    // A form-only route gets a form body, as its contract says (anything else is 415 before any record is read).
    ...(operation.formEncoded && { body: "format=json", headers: { ...caller.headers, "content-type": "application/x-www-form-urlencoded" } }),
  });

let team: TestTeam;
let tokens: Record<Role, string>;
let cookies: Record<Role, string>;
let outsider: { token: string; cookie: string };
/** Real ids of the first team's records, by the path parameter's resource. */
let ids: Record<string, string>;
/** Strings that only the first team's records contain: no answer to another team may include one. */
let secrets: string[];

beforeAll(async () => {
  team = await createTestTeam("matrix");
  tokens = await createRoleTokens(team);
  cookies = {} as Record<Role, string>;
  for (const role of ROLES) cookies[role] = (await signIn(team.emails[role], TEST_PASSWORD)).cookie!;
  const other = await createTestTeam("matrix-outsider");
  outsider = { token: (await createRoleTokens(other)).admin, cookie: (await signIn(other.emails.admin, TEST_PASSWORD)).cookie! };

  const marker = `Geheimsache-${randomUUID()}`;
  const article = await api("/api/v1/articles", { token: tokens.editor, json: { title: marker, text: `Die Regierung senkte die Steuern um 7 Prozent (${marker}).`, outlet: `${marker}-blatt` } });
  const articleId = article.body.data.id;
  const claim = (await api(`/api/v1/articles/${articleId}`, { token: tokens.editor })).body.data.claims[0];
  const cited = await api(`/api/v1/claims/${claim.id}/sources`, { token: tokens.editor, json: { url: `https://quelle.example/${marker}`, stance: "supports" } });
  const comment = await api(`/api/v1/claims/${claim.id}/comments`, { cookie: cookies.reviewer, json: { body: `Notiz ${marker}` } });
  const link = await api(`/api/v1/articles/${articleId}/share-links`, { token: tokens.editor, json: {} });
  const job = await api("/api/v1/imports", { token: tokens.editor, body: `${JSON.stringify({ title: `${marker} 2`, text: "Die Exporte fielen um 3 Prozent." })}\n`, headers: { "content-type": "application/x-ndjson" } });
  const outlet = await db.outlet.findFirstOrThrow({ where: { teamId: team.teamId } });
  ids = {
    articles: articleId,
    claims: claim.id,
    citations: cited.body.data.citation?.id ?? cited.body.data.id,
    sources: cited.body.data.source?.id ?? cited.body.data.sourceId,
    comments: comment.body.data.id,
    "share-links": link.body.data.id,
    imports: job.body.data.id,
    outlets: outlet.id,
  };
  for (const [name, id] of Object.entries(ids)) expect(id, name).toMatch(/^[0-9a-f-]{36}$/);
  secrets = [marker, link.body.data.token, ...Object.values(ids)];
});

const realPath = (path: string) => path.replace(/^\/([\w-]+)\/\{id\}/, (_, resource: string) => `/${resource}/${ids[resource] ?? SOME_ID}`).replace(/\{\w+\}/g, SOME_ID);

describe("every API operation, every caller", () => {
  for (const operation of operations) {
    const name = `${operation.method.toUpperCase()} ${operation.path} (${operation.permission})`;

    it(`${name}: anonymous → 401`, async () => {
      const response = await call(operation, operation.path.replace(/\{\w+\}/g, SOME_ID), {});
      expect(response.status, response.text.slice(0, 120)).toBe(401);
    });

    it(`${name}: 403 exactly where the role lacks the permission, by API token and by session, never a 5xx`, async () => {
      const path = operation.path.replace(/\{\w+\}/g, SOME_ID);
      for (const role of ROLES) {
        for (const [kind, caller] of [["token", { token: tokens[role] }], ["session", { cookie: cookies[role] }]] as const) {
          const response = await call(operation, path, caller);
          expect(response.status === 403, `${role} ${kind}: ${response.status} ${response.text.slice(0, 120)}`).toBe(!can(role, operation.permission));
          expect(response.status, `${role} ${kind} must never see a server error`).toBeLessThan(500);
        }
      }
    });

    it(`${name}: another team's admin never reaches or sees the first team's records`, async () => {
      const path = realPath(operation.path);
      for (const caller of [{ token: outsider.token }, { cookie: outsider.cookie }]) {
        const response = await call(operation, path, caller);
        if (operation.path.includes("{")) expect([400, 404], `${path}: ${response.status} ${response.text.slice(0, 120)}`).toContain(response.status);
        else expect(response.status).toBeLessThan(500);
        for (const secret of secrets) expect(response.text.includes(secret), `${path} leaked ${secret}`).toBe(false);
      }
    });
  }

  it("left the first team's records as they were after every outsider request", async () => {
    const claim = await db.claim.findUniqueOrThrow({ where: { id: ids.claims! } });
    expect(claim.version).toBe(1);
    expect(await db.shareLink.findUniqueOrThrow({ where: { id: ids["share-links"]! } })).toMatchObject({ revokedAt: null });
    expect(await db.comment.findUniqueOrThrow({ where: { id: ids.comments! } })).toMatchObject({ deletedAt: null });
    expect(await db.citation.findUniqueOrThrow({ where: { id: ids.citations! } })).toMatchObject({ removedAt: null });
    expect(await db.outlet.findUniqueOrThrow({ where: { id: ids.outlets! } })).toMatchObject({ version: 1, reliability: null });
  });
});

// Server actions over HTTP, as the browser calls them (POST with a Next-Action id, same origin). The
// ids come from the build's manifest; an action without a row here fails the first test.
const ACTIONS: Record<string, Permission | "anyone" | "signed-in"> = {
  createApiTokenAction: "api-token.manage",
  revokeApiTokenAction: "api-token.manage",
  inviteMemberAction: "member.manage",
  changeMemberRoleAction: "member.manage",
  setMemberDisabledAction: "member.manage",
  revokeInvitationAction: "member.manage",
  acceptInvitationAction: "anyone",
  answerInvitationAction: "signed-in",
  joinWithLinkAction: "signed-in",
  setLocale: "anyone",
  switchTeam: "signed-in",
};

describe("every server action, every caller", () => {
  it("has a row for every action the build contains", () => {
    expect(builtActions().map((action) => action.name).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it("refuses protected actions to anonymous callers and to roles without the permission, over HTTP", async () => {
    for (const action of builtActions()) {
      const permission = ACTIONS[action.name]!;
      if (permission === "anyone" || permission === "signed-in") continue;
      const callers: [string, string | undefined, "signed-out" | "forbidden" | "allowed"][] = [
        ["anonymous", undefined, "signed-out"],
        ...ROLES.map((role) => [role, cookies[role], can(role, permission) ? "allowed" : "forbidden"] as [string, string, "forbidden" | "allowed"]),
      ];
      for (const [who, cookie, expected] of callers) {
        const response = await fetch(`${baseUrl()}${action.page}`, {
          method: "POST",
          headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", origin: baseUrl(), ...(cookie && { cookie }) },
          body: JSON.stringify([null, null]),
        });
        const text = await response.text();
        const label = `${action.name} as ${who}: ${response.status} ${text.slice(0, 160)}`;
        expect(response.status, label).toBeLessThan(500);
        expect(/Your session has ended/.test(text), label).toBe(expected === "signed-out");
        expect(/does not allow you to/.test(text), label).toBe(expected === "forbidden");
      }
    }
  });
});

describe("server actions called from another site", () => {
  it("answer 403 without running, for every action and caller, never a 500 or a stack trace", async () => {
    for (const action of builtActions()) {
      for (const [who, cookie] of [["anonymous", undefined], ["admin", cookies.admin]] as const) {
        // (Sec-Fetch-Site, a spoofed X-Forwarded-Host and a Referer alone went through: probe of stop 32.)
        const foreign: Record<string, string>[] = [
          { origin: "https://evil.example" },
          { origin: "null" },
          { "sec-fetch-site": "cross-site" },
          { origin: "http://evil.example", "x-forwarded-host": "evil.example" },
          { referer: "https://evil.example/page" },
        ];
        for (const headers of foreign) {
          const response = await fetch(`${baseUrl()}${action.page}`, {
            method: "POST",
            headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", ...headers, ...(cookie && { cookie }) },
            body: JSON.stringify([null, null]),
          });
          const text = await response.text();
          const label = `${action.name} as ${who} from ${JSON.stringify(headers)}: ${response.status} ${text.slice(0, 160)}`;
          expect(response.status, label).toBe(403);
          expect(text, label).not.toMatch(/at \w+ \(|node_modules|Invalid Server Actions request/);
        }
      }
    }
  });

  it("a form action from another site changes nothing (members stay as they were)", async () => {
    const victim = await db.membership.findFirstOrThrow({ where: { teamId: team.teamId, role: "reviewer" } });
    const response = await callFormAction("setMemberDisabledAction", { membershipId: victim.id, disabled: "true" }, { cookie: cookies.admin, origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect((await db.membership.findUniqueOrThrow({ where: { id: victim.id } })).disabledAt).toBeNull();
  });
});

describe("setMemberDisabledAction over HTTP", () => {
  it("re-enables with disabled=false (the form's value), instead of keeping the member disabled", async () => {
    const t = await createTestTeam("matrix-enable");
    const cookie = (await signIn(t.emails.admin, TEST_PASSWORD)).cookie!;
    const membership = await db.membership.findFirstOrThrow({ where: { teamId: t.teamId, role: "viewer" } });
    for (const [value, disabled] of [["true", true], ["false", false]] as const) {
      const state = actionState((await callFormAction("setMemberDisabledAction", { membershipId: membership.id, disabled: value }, { cookie })).text);
      expect(state.ok, state.message).toBe(true);
      expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).disabledAt !== null).toBe(disabled);
    }
  });
});

describe("API tokens after their creator's role changes", () => {
  it("never act with more power than the creator has now", async () => {
    const t = await createTestTeam("matrix-tokens");
    const creatorMembership = await db.membership.findFirstOrThrow({ where: { teamId: t.teamId, userId: t.actors.editor.userId } });
    await changeMemberRole({ actor: t.actors.admin, input: { membershipId: creatorMembership.id, role: "admin" } });
    const token = (await createApiToken({ actor: { ...t.actors.editor, role: "admin" }, input: { name: "admin token", role: "admin" } })).secret;
    const patchSettings = () => api("/api/v1/team/settings", { method: "PATCH", token, json: {} });
    expect((await patchSettings()).status).not.toBe(403);

    // Demoted to viewer: the admin-role token is a viewer token now.
    await changeMemberRole({ actor: t.actors.admin, input: { membershipId: creatorMembership.id, role: "viewer" } });
    expect((await patchSettings()).status).toBe(403);
    expect((await api("/api/v1/articles", { token, json: { title: "x", text: "Die Steuern stiegen um 3 Prozent." } })).status).toBe(403);
    expect((await api("/api/v1/articles", { token })).status).toBe(200);

    // Disabled creator: refused outright; re-enabled as a reviewer: reviewer power, not admin.
    await setMemberDisabled({ actor: t.actors.admin, input: { membershipId: creatorMembership.id, disabled: true } });
    expect((await api("/api/v1/articles", { token })).status).toBe(401);
    await changeMemberRole({ actor: t.actors.admin, input: { membershipId: creatorMembership.id, role: "reviewer" } });
    await setMemberDisabled({ actor: t.actors.admin, input: { membershipId: creatorMembership.id, disabled: false } });
    expect((await patchSettings()).status).toBe(403);
    expect((await api("/api/v1/articles", { token, json: { title: "x", text: "Die Steuern stiegen um 3 Prozent." } })).status).toBe(403);
    expect((await api("/api/v1/me/queue", { token })).status).toBe(200);

    // A token with less power than its creator keeps its own, lower role.
    await changeMemberRole({ actor: t.actors.admin, input: { membershipId: creatorMembership.id, role: "admin" } });
    const viewerToken = (await createApiToken({ actor: { ...t.actors.editor, role: "admin" }, input: { name: "viewer token", role: "viewer" } })).secret;
    expect((await api("/api/v1/team/settings", { method: "PATCH", token: viewerToken, json: {} })).status).toBe(403);
  });
});

describe("invitations across teams", () => {
  it("another team's admin can neither revoke a team's invitation nor answer someone's; accepting touches only the inviting team", async () => {
    const first = await createTestTeam("matrix-inv-a");
    const second = await createTestTeam("matrix-inv-b");
    const person = await createTestTeam("matrix-inv-person");
    const { invitationId } = await inviteMember({ actor: first.actors.admin, input: { email: person.emails.viewer, name: "P", role: "editor" } });
    const secondAdminCookie = (await signIn(second.emails.admin, TEST_PASSWORD)).cookie!;
    expect(await forbiddenOrNotFoundCode(() => revokeInvitation({ actor: second.actors.admin, input: { invitationId } }))).toBe("NOT_FOUND");
    expect(await forbiddenOrNotFoundCode(() => revokeInvitation({ actor: first.actors.editor, input: { invitationId } }))).toBe("FORBIDDEN");
    expect((await api(`/api/v1/me/invitations/${invitationId}/accept`, { method: "POST", cookie: secondAdminCookie })).status).toBe(404);
    expect((await api("/api/v1/me/invitations", { cookie: secondAdminCookie })).body.data).toEqual([]);
    const before = await db.membership.findMany({ where: { OR: [{ teamId: second.teamId }, { userId: person.actors.viewer.userId }] }, orderBy: { id: "asc" } });

    const personCookie = (await signIn(person.emails.viewer, TEST_PASSWORD)).cookie!;
    expect((await api(`/api/v1/me/invitations/${invitationId}/accept`, { method: "POST", cookie: personCookie })).status).toBe(200);
    const after = await db.membership.findMany({ where: { OR: [{ teamId: second.teamId }, { userId: person.actors.viewer.userId }] }, orderBy: { id: "asc" } });
    const added = after.filter((row) => !before.some((old) => old.id === row.id));
    expect(added).toEqual([expect.objectContaining({ teamId: first.teamId, userId: person.actors.viewer.userId, role: "editor" })]);
    expect(after.filter((row) => before.some((old) => old.id === row.id))).toEqual(before);
  });
});

const forbiddenOrNotFoundCode = async (run: () => Promise<unknown>) => {
  const error = await run().then(() => null, (caught: unknown) => caught);
  return error instanceof AppError ? error.code : "allowed";
};

// Server actions (members, API tokens) call these services, which authorize on their own.
describe("services behind the server actions, every role", () => {
  const forbiddenOrNotFound = async (run: () => Promise<unknown>) => {
    const error = await run().then(() => null, (caught: unknown) => caught);
    return error instanceof AppError ? error.code : "allowed";
  };

  it("lets only the team's own admins invite, change roles, disable and manage API tokens", async () => {
    const victim = await db.membership.findFirstOrThrow({ where: { teamId: team.teamId, role: "viewer" } });
    const token = await createApiToken({ actor: team.actors.admin, input: { name: "victim", role: "viewer" } });
    const outsiderAdmin: Actor = { ...team.actors.admin, userId: randomUUID(), teamId: (await createTestTeam("matrix-actions")).teamId };
    const attempts = (actor: Actor) => [
      () => inviteMember({ actor, input: { email: `new.${randomUUID().slice(0, 8)}@test.factdesk`, name: "Neu", role: "viewer" } }),
      () => changeMemberRole({ actor, input: { membershipId: victim.id, role: "viewer" } }),
      () => setMemberDisabled({ actor, input: { membershipId: victim.id, disabled: false } }),
      () => createApiToken({ actor, input: { name: "x", role: "viewer" } }),
      () => revokeApiToken({ actor, tokenId: token.id }),
    ];
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      for (const attempt of attempts(team.actors[role])) expect(await forbiddenOrNotFound(attempt), role).toBe("FORBIDDEN");
    }
    const [, changeRole, disable, , revoke] = attempts(outsiderAdmin);
    for (const attempt of [changeRole!, disable!, revoke!]) expect(await forbiddenOrNotFound(attempt)).toBe("NOT_FOUND");
    for (const attempt of attempts(team.actors.admin)) expect(await forbiddenOrNotFound(attempt)).toBe("allowed");
  });
});
