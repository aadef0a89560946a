import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Role } from "@/lib/domain/permissions";
import { db } from "@/lib/server/db/client";
import { actionState, callFormAction } from "../support/actions";
import { addTeamMember, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";
import { mailCatcher, type CaughtMail } from "../support/mail-catcher";

// Notification mails end to end: actions over HTTP on the production server, mails sent by its job
// queue over SMTP to a real SMTP server started here (on the port the server was told), parsed.

const catcher = mailCatcher(inject("smtpPort"));
let team: TestTeam;
let other: TestTeam;
const cookies = {} as Record<Role | "other", string>;

beforeAll(async () => {
  await catcher.start();
  team = await createTestTeam("mail");
  other = await createTestTeam("mail-other");
  // The reviewer reads German; everyone else has no choice saved (English).
  await db.user.update({ where: { id: team.actors.reviewer.userId }, data: { locale: "de" } });
  for (const role of ["admin", "editor", "reviewer"] as const) cookies[role] = (await signIn(team.emails[role], TEST_PASSWORD)).cookie!;
  cookies.other = (await signIn(other.emails.editor, TEST_PASSWORD)).cookie!;
});

afterAll(() => catcher.stop());

const as = (who: Role | "other") => ({ cookie: cookies[who] });
const send = (who: Role | "other", method: string, path: string, json?: unknown) => api(path, { ...as(who), method, json });

let articles = 0;
async function newClaim(who: Role | "other" = "editor") {
  articles++;
  const created = await send(who, "POST", "/api/v1/articles", { title: "Mail <b>test</b>", text: `Die Exporte fielen im Jahr ${1900 + articles} um ${Date.now() % 97} Prozent, teilte das Ministerium mit.` });
  expect(created.status).toBe(201);
  const article = await api(`/api/v1/articles/${created.body.data.id}`, as(who));
  return article.body.data.claims[0] as { id: string; version: number };
}

const assign = async (who: Role | "other", claim: { id: string; version: number }, assigneeId: string) =>
  send(who, "PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId });

const aboutClaim = (claimId: string) => (mail: CaughtMail) => mail.text.includes(`/claims/${claimId}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("notification mails", () => {
  it("an assignment reaches the assignee in their language, as plain text and HTML, with preferences and one-click unsubscribe links", async () => {
    const claim = await newClaim();
    expect((await assign("editor", claim, team.actors.reviewer.userId)).status).toBe(200);
    const mail = await catcher.waitFor(team.emails.reviewer, aboutClaim(claim.id));
    expect(mail.subject).toBe("Ihnen wurde eine Behauptung zugewiesen");
    expect(mail.text).toContain("Hallo reviewer mail,");
    expect(mail.text).toContain("hat Ihnen die Behauptung „Die Exporte fielen");
    expect(mail.html).toContain(`/claims/${claim.id}`);
    expect(mail.html).toContain('lang="de"');
    expect(mail.text).toContain("/profile");
    expect(mail.header("list-unsubscribe")).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/unsubscribe\/[^>]+>$/);
    expect(mail.header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  });

  it("a mention reaches the person named, in English, with the comment escaped in the HTML part", async () => {
    const claim = await newClaim();
    const hostile = `@[Admin](${team.actors.admin.userId}) look <img src=x onerror=alert(1)> "here" & now`;
    expect((await send("reviewer", "POST", `/api/v1/claims/${claim.id}/comments`, { body: hostile })).status).toBe(201);
    const mail = await catcher.waitFor(team.emails.admin, aboutClaim(claim.id));
    expect(mail.subject).toBe("reviewer mail mentioned you on a claim");
    // The mention shows the name of the person it notifies, whatever label was typed (probe of stop 29).
    const { name } = await db.user.findUniqueOrThrow({ where: { id: team.actors.admin.userId } });
    expect(mail.text).toContain(`> @${name} look <img src=x onerror=alert(1)> "here" & now`);
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&#60;img src=x onerror=alert(1)&#62;");
    // The person who wrote it gets nothing about their own comment.
    await sleep(1_500);
    expect(catcher.mails.some((m) => m.to === team.emails.reviewer && aboutClaim(claim.id)(m) && m.subject.includes("erwähnt"))).toBe(false);
  });

  it("a final verdict reaches the reviewers who gave a verdict on the claim", async () => {
    const claim = await newClaim();
    expect((await send("reviewer", "POST", `/api/v1/claims/${claim.id}/sources`, { url: `https://example.org/${randomUUID()}`, stance: "refutes", title: "Statistik" })).status).toBe(201);
    expect((await send("reviewer", "PUT", `/api/v1/claims/${claim.id}/verdicts`, { level: "false", rationale: "Falsch.", confidence: "high" })).status).toBe(200);
    const current = (await api(`/api/v1/claims/${claim.id}`, as("editor"))).body.data;
    expect((await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level: "false", rationale: "Falsch.", claimVersion: current.version })).status).toBe(201);
    const mail = await catcher.waitFor(team.emails.reviewer, (m) => aboutClaim(claim.id)(m) && m.subject.startsWith("Abschließendes Urteil"));
    expect(mail.text).toContain("die Sie geprüft haben");
  });

  it("an invitation carries its link, and the admin is told it was mailed", async () => {
    const address = `new.${randomUUID().slice(0, 8)}@test.factdesk`;
    const response = await callFormAction("inviteMemberAction", { email: address, name: "New <Hire>", role: "reviewer" }, { cookie: cookies.admin });
    const state = actionState(response.text);
    expect(state.ok, state.message).toBe(true);
    expect(state.data.mailed).toBe(true);
    const mail = await catcher.waitFor(address);
    expect(mail.subject).toBe(`You are invited to ${(await db.team.findUniqueOrThrow({ where: { id: team.teamId } })).name} on Factdesk`);
    expect(mail.text).toContain(state.data.invitationPath);
    expect(mail.html).toContain("New &#60;Hire&#62;");
    expect(mail.header("list-unsubscribe")).toBeUndefined();
  });

  it("a kind switched off is not sent; the unsubscribe link asks on GET and switches off on POST, without sign-in", async () => {
    const quiet = await addTeamMember(team, "reviewer", "quiet");
    const quietCookie = (await signIn(quiet.email, TEST_PASSWORD)).cookie!;
    const patched = await api("/api/v1/me/notifications", { cookie: quietCookie, method: "PATCH", json: { assignment: false } });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toEqual({ mailEnabled: true, mention: true, assignment: false, finalVerdict: true, digest: false });
    expect((await api("/api/v1/me/notifications", { cookie: quietCookie, method: "PATCH", json: { assignment: "no" } })).status).toBe(400);

    const skipped = await newClaim();
    expect((await assign("editor", skipped, quiet.actor.userId)).status).toBe(200);
    const control = await newClaim();
    expect((await assign("editor", control, team.actors.reviewer.userId)).status).toBe(200);
    const controlMail = await catcher.waitFor(team.emails.reviewer, aboutClaim(control.id));
    await sleep(1_500);
    expect(catcher.mails.filter((m) => m.to === quiet.email.toLowerCase())).toEqual([]);

    const link = controlMail.header("list-unsubscribe")!.slice(1, -1);
    const asked = await fetch(link);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain("<form method=\"post\">");
    const reviewerPrefs = async () => (await api("/api/v1/me/notifications", as("reviewer"))).body.data;
    expect((await reviewerPrefs()).assignment).toBe(true);
    const done = await fetch(link, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("Erledigt");
    expect(await reviewerPrefs()).toMatchObject({ assignment: false, mention: true });
    // A forged or altered token does nothing.
    expect((await fetch(link.replace(/assignment\./, "mention."), { method: "POST" })).status).toBe(404);
    expect((await reviewerPrefs()).mention).toBe(true);
    await send("reviewer", "PATCH", "/api/v1/me/notifications", { assignment: true });
  });

  it("a mail the SMTP server rejects once is sent again by the queue", async () => {
    const claim = await newClaim();
    const before = catcher.rejectedCount();
    catcher.rejectOnce();
    expect((await send("admin", "POST", `/api/v1/claims/${claim.id}/comments`, { body: `@[Ed](${team.actors.editor.userId}) retry please` })).status).toBe(201);
    const mail = await catcher.waitFor(team.emails.editor, aboutClaim(claim.id));
    expect(mail.subject).toBe("admin mail mentioned you on a claim");
    expect(catcher.rejectedCount()).toBe(before + 1);
  });

  it("actions succeed while the mail server is down, and the mail follows once it is back", async () => {
    const claim = await newClaim();
    await catcher.stop();
    try {
      const comment = await send("admin", "POST", `/api/v1/claims/${claim.id}/comments`, { body: `@[Ed](${team.actors.editor.userId}) while down` });
      expect(comment.status).toBe(201);
      const assigned = await assign("editor", claim, team.actors.reviewer.userId);
      expect(assigned.status).toBe(200);
      await sleep(2_500);
    } finally {
      await catcher.start();
    }
    await catcher.waitFor(team.emails.editor, aboutClaim(claim.id));
  });

  it("the daily digest (opt-in) counts the person's open claims and new mentions in that team, in their language", async () => {
    expect((await send("reviewer", "PATCH", "/api/v1/me/notifications", { digest: true })).body.data.digest).toBe(true);
    // The daily schedule queues exactly this job per person and team (lib/server/notify/queue-digests.ts).
    const boss = new PgBoss({ connectionString: inject("databaseUrl"), schema: "pgboss", supervise: false, schedule: false, migrate: false });
    await boss.start();
    try {
      await boss.send("notification-mail", { kind: "digest", userId: team.actors.reviewer.userId, teamId: team.teamId });
      await boss.send("notification-mail", { kind: "digest", userId: team.actors.viewer.userId, teamId: team.teamId }); // not asked for
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const assigned = await db.claim.count({ where: { teamId: team.teamId, assigneeId: team.actors.reviewer.userId, status: { in: ["new", "in_review", "needs_second_review"] } } });
    const mail = await catcher.waitFor(team.emails.reviewer, (m) => m.subject.startsWith("Ihr Factdesk-Tag"));
    expect(mail.text).toContain(`${assigned} offene Behauptung`);
    expect(mail.text).toContain("/queue");
    await sleep(1_000);
    expect(catcher.mails.filter((m) => m.to === team.emails.viewer)).toEqual([]);
  });

  it("no mail about another team: mentions of outsiders are dropped, and nothing of that team reaches this one", async () => {
    const foreign = await newClaim("other");
    expect((await send("other", "POST", `/api/v1/claims/${foreign.id}/comments`, { body: `@[Admin](${team.actors.admin.userId}) see this` })).status).toBe(201);
    expect((await assign("other", foreign, team.actors.reviewer.userId)).status).toBeGreaterThanOrEqual(400);
    const ownControl = await newClaim();
    await send("reviewer", "POST", `/api/v1/claims/${ownControl.id}/comments`, { body: `@[Admin](${team.actors.admin.userId}) control` });
    await catcher.waitFor(team.emails.admin, aboutClaim(ownControl.id));
    await sleep(1_000);
    const ours = new Set(Object.values(team.emails).map((email) => email.toLowerCase()));
    expect(catcher.mails.filter((m) => ours.has(m.to) && m.text.includes(foreign.id))).toEqual([]);
  });
});
