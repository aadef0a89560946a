import { spawnSync } from "node:child_process";
import path from "node:path";
import { acceptInvitation } from "@/lib/server/member/accept-invitation";
import { inviteMember } from "@/lib/server/member/invite-member";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { addTeamMember, createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

// A second desk gets its own walled-off team: any signed-in person may start one (and becomes its
// admin), up to FACTDESK_TEAMS_PER_PERSON (3 on the test server); operators use `npm run team:create`.

const root = path.resolve(import.meta.dirname, "../..");
const TEAM_COOKIE = "factdesk-team";
let team: TestTeam;
let reviewerCookie: string;

beforeAll(async () => {
  team = await createTestTeam("create-team");
  reviewerCookie = (await signIn(team.emails.reviewer, TEST_PASSWORD)).cookie!;
});

const inTeam = (cookie: string, teamId: string) => `${cookie}; ${TEAM_COOKIE}=${teamId}`;
const create = (cookie: string, name: unknown, headers: Record<string, string> = {}) => api("/api/v1/teams", { cookie, json: { name }, headers });

async function freshPerson(label: string) {
  const member = await addTeamMember(team, "viewer", label);
  return { ...member, cookie: (await signIn(member.email, TEST_PASSWORD)).cookie! };
}

describe("creating a team", () => {
  it("makes the person admin of a new, empty team and leaves their other role as it was", async () => {
    const created = await create(reviewerCookie, "  Zweites Ressort  ");
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ name: "Zweites Ressort", role: "admin" });
    const newTeamId = created.body.data.id as string;

    const teams = await api("/api/v1/teams", { cookie: reviewerCookie });
    expect(teams.body.data.map((t: { id: string; role: string }) => [t.id, t.role])).toEqual(
      expect.arrayContaining([[team.teamId, "reviewer"], [newTeamId, "admin"]]),
    );
    // In the new team: admin, and nothing of the first team is there.
    const newTeam = inTeam(reviewerCookie, newTeamId);
    expect((await api("/api/v1/team/members", { cookie: newTeam })).status).toBe(200);
    expect((await api("/api/v1/articles", { cookie: newTeam })).body.data).toEqual([]);
    const article = await api("/api/v1/articles", { cookie: inTeam(reviewerCookie, team.teamId), json: { title: "Erstes Team", text: "Die Preise stiegen um 3 Prozent." } });
    expect(article.status).toBe(403); // still a reviewer in the first team
    const editorCookie = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
    const theirs = await api("/api/v1/articles", { cookie: editorCookie, json: { title: "Erstes Team", text: "Die Preise stiegen um 3 Prozent." } });
    expect(theirs.status).toBe(201);
    expect((await api(`/api/v1/articles/${theirs.body.data.id}`, { cookie: newTeam })).status).toBe(404);
    // Back in the first team the person is a reviewer as before.
    expect((await api("/api/v1/team/members", { cookie: inTeam(reviewerCookie, team.teamId) })).status).toBe(403);
    // The new team's history says who created it.
    const history = await db.activity.findMany({ where: { teamId: newTeamId, action: "team.created" } });
    expect(history).toHaveLength(1);
    expect(history[0]!.actorId).toBe(team.actors.reviewer.userId);
  });

  it("takes names of 2 to 80 characters and explains every other input", async () => {
    const person = await freshPerson("names");
    expect((await create(person.cookie, "x".repeat(80))).status).toBe(201);
    const cases: [unknown, RegExp][] = [
      ["x".repeat(81), /80 characters or fewer/],
      ["x", /at least 2 characters/],
      ["   ", /at least 2 characters/],
      [undefined, /team name is missing/],
      [42, /team name must be a string of text/],
      ["Desk\u202Eevil", /control or invisible characters/],
      ["a\u0007b\u001bc", /control or invisible characters/],
      ["  \u200b\u200b\u00a0  ", /control or invisible characters/],
      ["Nul\u0000desk", /NUL character/],
      // A Cyrillic "е" in a Latin word (hostile probe of stop 44); a name in one alphabet per word is fine (below).
      ["D\u0435mo desk", /mixes letters of different alphabets/],
    ];
    for (const [name, message] of cases) {
      const response = await create(person.cookie, name);
      expect(response.status, String(name)).toBe(400);
      expect(response.body.error.message).toMatch(message);
    }
    // A name another team already has (in any case) could pass for that team in invitations and the team switch.
    const existing = (await db.team.findUniqueOrThrow({ where: { id: team.teamId } })).name;
    const lookalike = await create(person.cookie, existing.toUpperCase());
    expect(lookalike.status).toBe(409);
    expect(lookalike.body.error.message).toMatch(/already exists/);
    // Nor with two spaces where one shows, or a full-width letter (hostile probe of stop 45): stored as they read.
    const [first, ...rest] = existing.split(" ");
    const fullWidthFirst = String.fromCharCode(existing.charCodeAt(0) + 0xfee0) + existing.slice(1);
    // Nor a whole word in Greek or Cyrillic letters that look Latin, a dotless i with a dot, another dash or a full stop.
    const lookalikes = [[first, ...rest].join("  "), fullWidthFirst, `${existing}.`, existing.replace(/T/g, "\u03a4"), existing.replace(/e/g, "\u0435").replace(/a/g, "\u0430"), existing.replace(/i/g, "\u0131\u0307"), existing.replace(/-/g, "\u2010"), `${existing}\u01c3`, `${existing}\u02bc`];
    for (const alike of lookalikes) expect([400, 409], alike).toContain((await create(person.cookie, alike)).status);
    // Whole words in another script that read as the team's own words are the team's name (409).
    const demo = await create(person.cookie, "Demo \u0501\u0435\u0455\u043a");
    expect(demo.status).toBe(409);
    // Hostile probe of stop 47: "rn" for "m", a name all in Cherokee letters, digits of another script.
    for (const alike of ["Derno desk", "\u13a0\u13ac\u13b7\u13be \u13a0\u13ac\u13da\u13e6"]) expect([400, 409], alike).toContain((await create(person.cookie, alike)).status);
    // One character that NFKC makes 18: the limit holds for the name as stored.
    expect((await create(person.cookie, "\ufdfa".repeat(5))).status).toBe(400);
    const spaced = await create(person.cookie, "Night   Desk  Ｔwo");
    expect(spaced.status).toBe(201);
    expect(spaced.body.data.name ?? spaced.body.data.team?.name).toBe("Night Desk Two");
    const extra = await api("/api/v1/teams", { cookie: person.cookie, json: { name: "Desk", role: "owner" } });
    expect(extra.status).toBe(400);
    const notJson = await api("/api/v1/teams", { cookie: person.cookie, body: "{name:", headers: { "content-type": "application/json" } });
    expect(notJson.status).toBe(400);
    const german = await create(person.cookie, "x".repeat(81), { "accept-language": "de" });
    expect(german.status).toBe(400);
    expect(german.body.error.message).toBe("Der Teamname darf höchstens 80 Zeichen lang sein.");
  });

  it("stops at the per-person limit, also when the requests arrive at once", async () => {
    const person = await freshPerson("limit");
    const answers = await Promise.all(Array.from({ length: 5 }, (_, index) => create(person.cookie, `Desk ${index}`)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 201, 201, 403, 403]);
    const refused = answers.find((answer) => answer.status === 403)!;
    expect(refused.body.error.message).toBe("You have created 3 teams, as many as one person may on this server.");
    const teams = await api("/api/v1/teams", { cookie: person.cookie });
    expect(teams.body.data).toHaveLength(4);
  });

  it("is refused to API tokens, signed-out callers, cross-site posts and disabled people", async () => {
    const tokens = await createRoleTokens(team);
    const byToken = await api("/api/v1/teams", { token: tokens.admin, json: { name: "Token desk" } });
    expect(byToken.status).toBe(403);
    expect(byToken.body.error.message).toMatch(/sign in to create a new team/);
    const listed = await api("/api/v1/teams", { token: tokens.admin });
    expect(listed.body.data.map((t: { id: string }) => t.id)).toEqual([team.teamId]);

    expect((await api("/api/v1/teams", { json: { name: "Nobody's desk" } })).status).toBe(401);
    const person = await freshPerson("cross-site");
    const crossSite = await create(person.cookie, "Forged desk", { origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(crossSite.status).toBe(403);

    await db.user.update({ where: { id: person.actor.userId }, data: { disabledAt: new Date() } });
    expect((await create(person.cookie, "Disabled desk")).status).toBe(401);
    expect(await db.team.count({ where: { name: { in: ["Token desk", "Nobody's desk", "Forged desk", "Disabled desk"] } } })).toBe(0);
  });
});

// Each run starts tsx and connects to the database: seconds each, more on a busy machine.
describe("npm run team:create", { timeout: 180_000 }, () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/create-team.ts", ...args], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    });

  it("creates a team with a new admin who can sign in with the password it prints once", async () => {
    const email = `operator-${Date.now()}@test.factdesk`;
    const result = run(["--name", "Partner desk", "--admin-email", email, "--admin-name", "Kim Meyer"]);
    expect(result.status, result.stderr).toBe(0);
    const password = /Password[^:]*: (\S+)/.exec(result.stdout)?.[1];
    expect(password).toBeTruthy();
    const cookie = (await signIn(email, password!)).cookie!;
    const teams = await api("/api/v1/teams", { cookie });
    expect(teams.body.data).toEqual([expect.objectContaining({ name: "Partner desk", role: "admin", active: true })]);
    // An existing person keeps their password and gains the team.
    const again = run(["--name", "Second partner desk", "--admin-email", email.toUpperCase()]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/already had an account/);
    expect((await api("/api/v1/teams", { cookie })).body.data).toHaveLength(2);
    // Hostile probe of stop 41: the operator's two teams counted against the admin's own limit of 3 in the app.
    const own = await Promise.all([1, 2, 3].map((index) => create(cookie, `Own desk ${Date.now()} ${index}`)));
    expect(own.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect((await create(cookie, `Own desk ${Date.now()} 4`)).status).toBe(403);
  });

  // Hostile probe of stop 45: an address set up through another team's invitation link became the new team's admin.
  it("gives an account whose address was never confirmed a new password and ends its sessions", async () => {
    const email = `squatted-${Date.now()}@test.factdesk`;
    const invited = await inviteMember({ actor: team.actors.admin, input: { email, name: "Set up", role: "viewer" } });
    await acceptInvitation({ input: { token: invited.invitationPath.split("/").at(-1)!, password: "squatters-password" } });
    const squatter = (await signIn(email, "squatters-password")).cookie!;
    const result = run(["--name", `Real desk ${Date.now()}`, "--admin-email", email]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/never confirmed/);
    const password = /Password[^:]*: (\S+)/.exec(result.stdout)?.[1];
    expect(password).toBeTruthy();
    expect((await api("/api/v1/teams", { cookie: squatter })).status).toBe(401);
    expect((await signIn(email, "squatters-password")).cookie).toBeFalsy();
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailConfirmedAt).not.toBeNull();
    expect((await signIn(email, password!)).cookie).toBeTruthy();
  });

  it("explains wrong arguments and changes nothing", async () => {
    // Other test files create teams at the same time, so look for these names rather than counting.
    const name = `Refused desk ${Date.now()}`;
    const noEmail = run(["--name", name]);
    expect(noEmail.status).toBe(2);
    expect(noEmail.stderr).toMatch(/--admin-email/);
    const longName = run(["--name", `${name} ${"x".repeat(80)}`, "--admin-email", "refused@test.factdesk"]);
    expect(longName.status).toBe(2);
    expect(longName.stderr).toMatch(/80 characters or fewer/);
    // An unknown option gets the usage line, not a stack trace; --help prints it (hostile probe of stop 47).
    const unknown = run(["--name", name, "--admin-email", "refused@test.factdesk", "--bogus"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--bogus'[\s\S]*Usage: npm run team:create/);
    expect(unknown.stderr).not.toMatch(/\bat \S+ \(/);
    expect(run(["--help"])).toMatchObject({ status: 0, stdout: expect.stringContaining("Usage: npm run team:create") });
    // A name another team has: one sentence, not a stack trace.
    const taken = run(["--name", "Partner desk", "--admin-email", "refused@test.factdesk"]);
    expect(taken.status).toBe(1);
    expect(taken.stderr.trim()).toBe("✖ A team with this name already exists on this server; choose another name.");
    expect(await db.team.count({ where: { name: { startsWith: name } } })).toBe(0);
    expect(await db.user.count({ where: { email: "refused@test.factdesk" } })).toBe(0);
  });
});
