import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { db } from "@/lib/server/db/client";
import { inviteMember } from "@/lib/server/member/invite-member";
import { getRatingScale } from "@/lib/server/rating-scale/get-rating-scale";
import { createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { waitForArchive } from "../support/archive";
import { api, signIn } from "../support/http";
import { builtActions, callAction, form, type BuiltAction } from "../support/server-actions";

// Every server action of the build, called over HTTP by another team's admin (signed in, posting
// exactly as the browser does) with the first team's real ids. Also with the team cookie naming the
// first team, as a hostile admin would set it by hand.

/** The active-team cookie (lib/server/auth/current-actor.ts, which tests cannot import: server-only). */
const TEAM_COOKIE = "factdesk-team";

let owner: TestTeam;
let outsiderCookie: string;
let outsiderTeamId: string;
let marker: string;
/** Real ids of the first team's records, by kind. */
let ids: Record<string, string>;
let membershipIds: string[];
let secrets: string[];

beforeAll(async () => {
  owner = await createTestTeam("cross");
  const tokens = await createRoleTokens(owner);
  const reviewerCookie = (await signIn(owner.emails.reviewer, TEST_PASSWORD)).cookie!;
  const outsider = await createTestTeam("cross-outsider");
  outsiderTeamId = outsider.teamId;
  outsiderCookie = (await signIn(outsider.emails.admin, TEST_PASSWORD)).cookie!;

  marker = `Geheimsache-${randomUUID()}`;
  await db.user.updateMany({ where: { memberships: { some: { teamId: owner.teamId } } }, data: { name: `Person ${marker}` } });
  const article = await api("/api/v1/articles", { token: tokens.editor, json: { title: marker, text: `Die Regierung senkte die Steuern um 7 Prozent (${marker}).`, outlet: `${marker}-blatt` } });
  const articleId = article.body.data.id;
  const claim = (await api(`/api/v1/articles/${articleId}`, { token: tokens.editor })).body.data.claims[0];
  const cited = await api(`/api/v1/claims/${claim.id}/sources`, { token: tokens.editor, json: { url: `https://quelle.example/${marker}`, stance: "supports" } });
  const comment = await api(`/api/v1/claims/${claim.id}/comments`, { cookie: reviewerCookie, json: { body: `Notiz ${marker}` } });
  const link = await api(`/api/v1/articles/${articleId}/share-links`, { token: tokens.editor, json: {} });
  const apiToken = await createApiToken({ actor: owner.actors.admin, input: { name: `Token ${marker}`, role: "admin" } });
  const invitation = await inviteMember({ actor: owner.actors.admin, input: { email: `pending.${randomUUID().slice(0, 8)}@test.factdesk`, name: `Neu ${marker}`, role: "editor" } });
  const memberships = await db.membership.findMany({ where: { teamId: owner.teamId }, orderBy: { createdAt: "asc" } });
  membershipIds = memberships.map((membership) => membership.id);
  ids = {
    team: owner.teamId,
    article: articleId,
    claim: claim.id,
    citation: cited.body.data.citation?.id ?? cited.body.data.id,
    source: cited.body.data.source?.id ?? cited.body.data.sourceId,
    comment: comment.body.data.id,
    shareLink: link.body.data.id,
    apiToken: apiToken.id,
    invitation: (await db.invitation.findFirstOrThrow({ where: { teamId: owner.teamId } })).id,
    outlet: (await db.outlet.findFirstOrThrow({ where: { teamId: owner.teamId } })).id,
    ratingScale: (await getRatingScale({ actor: owner.actors.admin })).id,
    adminUser: owner.actors.admin.userId,
    adminMembership: membershipIds[0]!,
  };
  for (const [name, id] of Object.entries(ids)) expect(id, name).toMatch(/^[0-9a-f-]{36}$/);
  // The citation's archive runs in the background; the rows compared below must be settled first.
  await waitForArchive(ids.source!);
  // So do the events of these changes (the outbox is emptied by the dispatcher about once a second).
  for (const deadline = Date.now() + 20_000; await db.outboxEvent.count({ where: { teamId: owner.teamId } }); ) {
    if (Date.now() > deadline) throw new Error("The outbox was not emptied within 20 s.");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(invitation.invitationPath).toMatch(/^\/invite\//);
  secrets = [marker, link.body.data.token, apiToken.secret, invitation.invitationPath!.slice("/invite/".length)];
});

type Expectation =
  /** A refusal state: not found, forbidden or invalid input, never success. */
  | "refused"
  /** Allowed, but only on the caller's own account or team (checked by the unchanged first team). */
  | "own-scope";

interface Attempt {
  label: string;
  args: unknown[];
  expect: Expectation;
}

const everyId = () => [...new Set([...Object.values(ids), ...membershipIds])];

/** One row per server action: what another team's admin tries with it. A new action without a row fails the first test. */
const ATTEMPTS: Record<string, () => Attempt[]> = {
  changeMemberRoleAction: () =>
    everyId().flatMap((id) => ["admin", "viewer"].map((role) => ({ label: `membershipId=${id} role=${role}`, args: [null, form({ membershipId: id, role })], expect: "refused" as const }))),
  setMemberDisabledAction: () =>
    everyId().flatMap((id) => ["true", "false", "on"].map((disabled) => ({ label: `membershipId=${id} disabled=${disabled}`, args: [null, form({ membershipId: id, disabled })], expect: "refused" as const }))),
  revokeApiTokenAction: () => everyId().map((id) => ({ label: `tokenId=${id}`, args: [null, form({ tokenId: id })], expect: "refused" })),
  createApiTokenAction: () => [
    { label: "token naming the first team", args: [null, form({ name: "outsider", role: "admin", teamId: ids.team! })], expect: "refused" },
    { label: "token in the caller's own team", args: [null, form({ name: "outsider", role: "admin" })], expect: "own-scope" },
  ],
  inviteMemberAction: () => [
    { label: "invitation naming the first team", args: [null, form({ email: owner.emails.editor, name: "x", role: "admin", teamId: ids.team! })], expect: "refused" },
    // Inviting someone into one's own team touches only one's own team. (Inviting a person who already
    // has an account needs their consent: tests/integration/invitations.test.ts.)
    { label: "someone new into the caller's team", args: [null, form({ email: `new.${randomUUID().slice(0, 8)}@test.factdesk`, name: "x", role: "admin" })], expect: "own-scope" },
  ],
  revokeInvitationAction: () => everyId().map((id) => ({ label: `invitationId=${id}`, args: [null, form({ invitationId: id })], expect: "refused" })),
  // Only the invited person may answer; another team's admin is not that person.
  answerInvitationAction: () =>
    everyId().flatMap((id) => ["true", "false"].map((accept) => ({ label: `invitationId=${id} accept=${accept}`, args: [null, form({ invitationId: id, accept })], expect: "refused" as const }))),
  acceptInvitationAction: () =>
    [...everyId(), secrets[1]!, secrets[2]!].map((token) => ({
      label: `token=${token}`,
      args: [null, form({ token, password: "a whole new passphrase", confirmPassword: "a whole new passphrase" })],
      expect: "refused" as const,
    })),
  // A link's token joins only the account it invites: another team's admin holding the first team's links joins nothing.
  joinWithLinkAction: () =>
    [...everyId(), secrets[1]!, secrets[2]!, secrets[3]!].map((token) => ({ label: `token=${token}`, args: [null, form({ token })], expect: "refused" as const })),
  setLocale: () => [
    { label: "own locale", args: ["de"], expect: "own-scope" },
    ...everyId().map((id) => ({ label: `locale=${id}`, args: [id], expect: "own-scope" as const })),
  ],
  switchTeam: () => [{ label: "switch to the first team", args: [ids.team], expect: "own-scope" }],
};

/** Every row of the first team: its own tables by teamId, rows hanging off its claims, comments and scales, its people. */
async function snapshotFirstTeam(): Promise<Record<string, unknown[]>> {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name IN ('teamId', 'claimId', 'commentId', 'scaleId')`;
  const byTable = new Map<string, Set<string>>();
  for (const { table_name, column_name } of columns) byTable.set(table_name, (byTable.get(table_name) ?? new Set()).add(column_name));
  const owned: Record<string, string> = {
    teamId: `"teamId" = $1::uuid`,
    claimId: `"claimId" IN (SELECT id FROM "Claim" WHERE "teamId" = $1::uuid)`,
    commentId: `"commentId" IN (SELECT c.id FROM "Comment" c JOIN "Claim" k ON k.id = c."claimId" WHERE k."teamId" = $1::uuid)`,
    scaleId: `"scaleId" IN (SELECT id FROM "RatingScale" WHERE "teamId" = $1::uuid)`,
  };
  const snapshot: Record<string, unknown[]> = {};
  const read = (sql: string) => db.$queryRawUnsafe<{ row: unknown }[]>(sql, owner.teamId).then((rows) => rows.map((r) => r.row));
  for (const [table, present] of [...byTable].sort(([a], [b]) => a.localeCompare(b))) {
    const column = ["teamId", "claimId", "commentId", "scaleId"].find((name) => present.has(name))!;
    snapshot[table] = await read(`SELECT to_jsonb(t) AS row FROM "${table}" t WHERE ${owned[column]} ORDER BY t.id`);
  }
  snapshot.Team = await read(`SELECT to_jsonb(t) AS row FROM "Team" t WHERE id = $1::uuid`);
  snapshot.User = await read(`SELECT to_jsonb(u) AS row FROM "User" u WHERE id IN (SELECT "userId" FROM "Membership" WHERE "teamId" = $1::uuid) ORDER BY u.id`);
  return snapshot;
}

describe("every server action for another team's admin, over HTTP", () => {
  it("has a row for every action the build contains", () => {
    expect(builtActions().map((action) => action.name).sort()).toEqual(Object.keys(ATTEMPTS).sort());
  });

  it("refuses the first team's ids, never answers 5xx, leaks nothing and changes none of the first team's rows", async () => {
    const before = await snapshotFirstTeam();
    expect(before.Claim).toHaveLength(1);
    const failures: string[] = [];
    const check = (ok: boolean, message: string) => ok || failures.push(message);
    const callers = [
      ["session", outsiderCookie],
      ["session with the first team's team cookie", `${outsiderCookie}; ${TEAM_COOKIE}=${ids.team}`],
    ] as const;
    for (const action of builtActions() as BuiltAction[]) {
      for (const attempt of ATTEMPTS[action.name]!()) {
        for (const [who, cookie] of callers) {
          const response = await callAction(action, attempt.args, cookie);
          const label = `${action.name} (${attempt.label}) as ${who}: ${response.status} ${response.text.slice(0, 200)}`;
          check(response.status < 500, `server error: ${label}`);
          for (const secret of secrets) check(!response.text.includes(secret), `leaked ${secret}: ${label}`);
          if (attempt.expect === "refused") {
            check(response.status >= 400 || /"ok":false/.test(response.text), `not refused: ${label}`);
            check(!/"ok":true/.test(response.text), `went through: ${label}`);
          }
          check(!response.setCookies.some((c) => c.startsWith(`${TEAM_COOKIE}=${ids.team}`)), `switched into the first team: ${label}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshotFirstTeam()).toEqual(before);
  }, 300_000);

  it("gives the outsider nothing of the first team afterwards, whatever team cookie they send", async () => {
    // Whatever the actions did, the outsider's session still acts in its own team only.
    for (const cookie of [outsiderCookie, `${outsiderCookie}; ${TEAM_COOKIE}=${ids.team}`]) {
      for (const path of ["/api/v1/articles", `/api/v1/articles/${ids.article}`, "/api/v1/team/settings", "/members", "/api-tokens", `/claims/${ids.claim}`]) {
        const response = await api(path, { cookie });
        expect(response.status, path).toBeLessThan(500);
        expect(response.text.includes(marker), `${path} leaked the first team's records`).toBe(false);
      }
    }
    const tokens = await db.apiToken.findMany({ where: { name: "outsider" } });
    expect(tokens.every((token) => token.teamId === outsiderTeamId)).toBe(true);
  });

  it("lets the first team's own admin make the same calls (the refusals above are authorization, not a malformed request)", async () => {
    const ownAdmin = (await signIn(owner.emails.admin, TEST_PASSWORD)).cookie!;
    const action = (name: string) => builtActions().find((candidate) => candidate.name === name)!;
    await callAction(action("revokeApiTokenAction"), [null, form({ tokenId: ids.apiToken! })], ownAdmin);
    expect(await db.apiToken.findUniqueOrThrow({ where: { id: ids.apiToken! } })).toMatchObject({ revokedAt: expect.any(Date) });
    const viewer = await db.membership.findFirstOrThrow({ where: { teamId: owner.teamId, role: "viewer" } });
    await callAction(action("changeMemberRoleAction"), [null, form({ membershipId: viewer.id, role: "reviewer" })], ownAdmin);
    expect(await db.membership.findUniqueOrThrow({ where: { id: viewer.id } })).toMatchObject({ role: "reviewer" });
  });
});
