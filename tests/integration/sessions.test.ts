import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { createArticle } from "@/lib/server/article/create-article";
import { createComment } from "@/lib/server/comment/create-comment";
import { updateClaim } from "@/lib/server/claim/update-claim";
import { db } from "@/lib/server/db/client";
import { changeMemberRole } from "@/lib/server/member/change-member-role";
import { setMemberDisabled } from "@/lib/server/member/set-member-disabled";
import { createArticleInput } from "@/lib/validations/article";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

// Sessions and event streams end on the server: a copied cookie or an open stream must not outlive
// sign-out or a password change; a role change or a disabled membership counts at the next request
// and closes the team's open streams, without signing the person out of their other teams.

let team: TestTeam;
beforeAll(async () => {
  team = await createTestTeam("sessions");
});

const membershipOf = (t: TestTeam, userId: string) => db.membership.findFirstOrThrow({ where: { teamId: t.teamId, userId } });

async function signOut(cookie: string) {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`, { headers: { cookie } });
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl()}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${cookie}; ${csrfCookie}` },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/sign-in", json: "true" }),
  });
  expect(response.status).toBeLessThan(400);
}

describe("session cookies", () => {
  it("stop working after POST /api/auth/signout, even a saved copy", async () => {
    const t = await createTestTeam("signout");
    const { cookie } = await signIn(t.emails.reviewer, TEST_PASSWORD);
    expect((await api("/api/v1/me/queue", { cookie })).status).toBe(200);
    const saved = cookie!;
    await signOut(cookie!);
    expect((await api("/api/v1/me/queue", { cookie: saved })).status).toBe(401);
    // Signing in again gives a working session.
    expect((await api("/api/v1/me/queue", { cookie: (await signIn(t.emails.reviewer, TEST_PASSWORD)).cookie })).status).toBe(200);
  });

  it("follow a role change at the next request without ending: the person signs in once, whatever one team's admin does", async () => {
    const t = await createTestTeam("rolechange");
    const { cookie } = await signIn(t.emails.editor, TEST_PASSWORD);
    expect((await api("/api/v1/me/queue", { cookie })).status).toBe(200);
    const membership = await membershipOf(t, t.actors.editor.userId);
    await changeMemberRole({ actor: t.actors.admin, input: { membershipId: membership.id, role: "viewer" } });
    expect((await api("/api/v1/me/queue", { cookie })).status).toBe(200);
    expect((await api("/api/v1/articles", { cookie, json: { title: "x", text: "Die Steuern stiegen um 3 Prozent." } })).status).toBe(403);
  });

  // Probe finding: an admin of a second team could sign a member out of every team, again and again.
  it("end in another team only where that team disabled the person: their own team's session goes on", async () => {
    const home = await createTestTeam("home");
    const other = await createTestTeam("other");
    const person = home.actors.reviewer;
    const guest = await db.membership.create({ data: { teamId: other.teamId, userId: person.userId, role: "editor" } });
    const { cookie } = await signIn(home.emails.reviewer, TEST_PASSWORD);
    const inTeam = (teamId: string) => `${cookie}; factdesk-team=${teamId}`;
    expect((await api("/api/v1/articles", { cookie: inTeam(other.teamId) })).status).toBe(200);

    await changeMemberRole({ actor: other.actors.admin, input: { membershipId: guest.id, role: "viewer" } });
    await setMemberDisabled({ actor: other.actors.admin, input: { membershipId: guest.id, disabled: true } });
    // In the home team nothing changed; the other team's data is out of reach.
    const otherArticle = await createArticle({ actor: other.actors.editor, input: createArticleInput.parse({ title: "Intern", text: "Die Mieten stiegen um 4 Prozent." }) });
    expect((await api(`/api/v1/articles/${otherArticle.id}`, { cookie: inTeam(home.teamId) })).status).toBe(404);
    expect((await api("/api/v1/me/queue", { cookie })).status).toBe(200);
    expect((await api("/api/v1/articles", { cookie: inTeam(home.teamId) })).status).toBe(200);
  });

  // Hostile probe of stop 37: a session still working in the team that disabled the person went on in their other
  // team: an article meant for the old team was created in the other one (201), without a word.
  it("refuses what a session does in a team that disabled the person, rather than doing it in their other team", async () => {
    const home = await createTestTeam("ended-home");
    const other = await createTestTeam("ended-other");
    const person = home.actors.editor;
    await db.membership.create({ data: { teamId: other.teamId, userId: person.userId, role: "editor" } });
    const { cookie } = await signIn(home.emails.editor, TEST_PASSWORD);
    const membership = await db.membership.findFirstOrThrow({ where: { teamId: home.teamId, userId: person.userId } });
    await setMemberDisabled({ actor: home.actors.admin, input: { membershipId: membership.id, disabled: true } });

    // No team cookie: the person's first team (the one that disabled them) was the one they worked in.
    // A team cookie naming no team of theirs (empty, garbage, upper-cased) counts as no choice (re-probe of stop 37).
    for (const session of [cookie!, `${cookie}; factdesk-team=${home.teamId}`, `${cookie}; factdesk-team=`, `${cookie}; factdesk-team=garbage`, `${cookie}; factdesk-team=${home.teamId.toUpperCase()}`]) {
      const write = await api("/api/v1/articles", { cookie: session, json: { title: "Vertraulich", text: "Das geheime Budget stieg um 9 Prozent." } });
      expect(write.status).toBe(403);
      expect(write.body.error.message).toContain("was disabled or has ended, so nothing was done");
      expect((await api("/api/v1/articles", { cookie: session })).status).toBe(403);
      const page = await fetch(`${baseUrl()}/articles`, { headers: { cookie: session } });
      expect(await page.text()).toContain('data-testid="team-ended"');
    }
    expect(await db.article.count({ where: { title: "Vertraulich" } })).toBe(0);
    // Listing one's teams still works; once the person chooses their other team, they work there.
    const teams = await api("/api/v1/teams", { cookie });
    expect(teams.status).toBe(200);
    expect(teams.body.data.map((team: { id: string }) => team.id)).toEqual([other.teamId]);
    const chosen = await api("/api/v1/articles", { cookie: `${cookie}; factdesk-team=${other.teamId}`, json: { title: "Vertraulich", text: "Das geheime Budget stieg um 9 Prozent." } });
    expect(chosen.status).toBe(201);
    expect(await db.article.count({ where: { title: "Vertraulich", teamId: other.teamId } })).toBe(1);
  });
});

// Re-probe of stop 37: a comment whose body was sent over 25 s, past the author's disable, was stored (the check
// ran when the request began). The membership is read again, locked, in the write's own transaction.
describe("a write that began before its author was disabled", () => {
  it("is refused and saves nothing, over HTTP with a slow body and in the service", async () => {
    const t = await createTestTeam("midway");
    const article = await createArticle({ actor: t.actors.editor, input: createArticleInput.parse({ title: "Mitten drin", text: "Die Mieten stiegen um 4 Prozent." }) });
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: article.id } });
    const { cookie } = await signIn(t.emails.reviewer, TEST_PASSWORD);
    const membership = await db.membership.findFirstOrThrow({ where: { teamId: t.teamId, userId: t.actors.reviewer.userId } });

    const { request } = await import("node:http");
    const url = new URL(`${baseUrl()}/api/v1/claims/${claim.id}/comments`);
    const body = JSON.stringify({ body: "Slowly sent comment" });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { cookie: cookie!, origin: baseUrl(), "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
        (res) => {
          let text = "";
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.write(body.slice(0, 10));
      // The rest follows once the admin has disabled the author.
      void setMemberDisabled({ actor: t.actors.admin, input: { membershipId: membership.id, disabled: true } }).then(() => setTimeout(() => req.end(body.slice(10)), 300));
    });
    const { status, text } = await answer;
    expect([401, 403]).toContain(status);
    expect(text).not.toContain("Slowly sent comment");
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(0);

    // An actor read before the disable (a job, a request in flight) cannot write either.
    await expect(createComment({ actor: t.actors.reviewer, claimId: claim.id, input: { body: "Via the service" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(0);
  });
});

describe("changing one's password", () => {
  it("needs the current password, ends every session (a saved cookie too), and is refused to API tokens", async () => {
    const t = await createTestTeam("password");
    const cookie = (await signIn(t.emails.reviewer, TEST_PASSWORD)).cookie!;
    const other = (await signIn(t.emails.reviewer, TEST_PASSWORD)).cookie!;
    const wrong = await api("/api/v1/me/password", { cookie, json: { currentPassword: "not it", newPassword: "a-brand-new-password" } });
    expect(wrong.status).toBe(400);
    expect((await api("/api/v1/me/queue", { cookie })).status).toBe(200);

    const token = (await createApiToken({ actor: t.actors.admin, input: { name: "pw", role: "admin" } })).secret;
    expect((await api("/api/v1/me/password", { token, json: { currentPassword: TEST_PASSWORD, newPassword: "token-set-password" } })).status).toBe(401);

    const changed = await api("/api/v1/me/password", { cookie, json: { currentPassword: TEST_PASSWORD, newPassword: "a-brand-new-password" } });
    expect(changed.status).toBe(200);
    expect((await api("/api/v1/me/queue", { cookie })).status).toBe(401);
    expect((await api("/api/v1/me/queue", { cookie: other })).status).toBe(401);
    expect((await signIn(t.emails.reviewer, TEST_PASSWORD)).cookie).toBeNull();
    expect((await signIn(t.emails.reviewer, "a-brand-new-password")).cookie).toBeTruthy();
  });
});

/** Opens /api/v1/events and collects what arrives; `ended` resolves when the server closes the stream. */
async function openStream(auth: { cookie?: string; token?: string }, query = "") {
  const controller = new AbortController();
  const headers: Record<string, string> = auth.cookie ? { cookie: auth.cookie } : { authorization: `Bearer ${auth.token}` };
  const response = await fetch(`${baseUrl()}/api/v1/events${query}`, { headers, signal: controller.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const ended = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return true;
        text += value;
        if (text.includes(": connected")) connected();
      }
    } catch {
      return false;
    }
  })();
  await ready;
  return { ended, text: () => text, abort: () => controller.abort() };
}

const within = <T,>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), ms))]);

async function claimOf(t: TestTeam) {
  const article = await createArticle({ actor: t.actors.editor, input: createArticleInput.parse({ title: "Stream", text: `Stream ${Date.now()}: Die Arbeitslosigkeit sank 2024 auf 5 Prozent.` }) });
  return db.claim.findFirstOrThrow({ where: { articleId: article.id } });
}

describe("open event streams", () => {
  it("close at once when the member is disabled, and deliver nothing after", async () => {
    const t = await createTestTeam("stream-disable");
    const claim = await claimOf(t);
    const stream = await openStream({ cookie: (await signIn(t.emails.reviewer, TEST_PASSWORD)).cookie! });
    const started = Date.now();
    const membership = await membershipOf(t, t.actors.reviewer.userId);
    await setMemberDisabled({ actor: t.actors.admin, input: { membershipId: membership.id, disabled: true } });
    await updateClaim({ actor: t.actors.editor, id: claim.id, input: { version: claim.version, checkworthy: false } });
    expect(await within(stream.ended, 5000)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(stream.text()).not.toContain("event: change");
  });

  it("follow the session's role change and stay open (every role may read)", async () => {
    const t = await createTestTeam("stream-role");
    const claim = await claimOf(t);
    const stream = await openStream({ cookie: (await signIn(t.emails.viewer, TEST_PASSWORD)).cookie! });
    const membership = await membershipOf(t, t.actors.viewer.userId);
    await changeMemberRole({ actor: t.actors.admin, input: { membershipId: membership.id, role: "reviewer" } });
    await updateClaim({ actor: t.actors.editor, id: claim.id, input: { version: claim.version, checkworthy: false } });
    await expect.poll(() => stream.text().includes("event: change")).toBe(true);
    expect(await within(stream.ended, 300)).toBe("timeout");
    stream.abort();
  });

  it("opened with an API token follow the creator's role change and close when the creator is disabled", async () => {
    const t = await createTestTeam("stream-token");
    const secondAdmin = await membershipOf(t, t.actors.editor.userId);
    await changeMemberRole({ actor: t.actors.admin, input: { membershipId: secondAdmin.id, role: "admin" } });
    const creator: typeof t.actors.admin = { ...t.actors.editor, role: "admin" };
    const token = (await createApiToken({ actor: creator, input: { name: "stream", role: "admin" } })).secret;
    const claim = await claimOf(t);

    // A demotion re-checks the stream: the token now acts as a viewer, which may still read.
    const stream = await openStream({ token });
    await changeMemberRole({ actor: t.actors.admin, input: { membershipId: secondAdmin.id, role: "viewer" } });
    await updateClaim({ actor: t.actors.reviewer, id: claim.id, input: { version: claim.version, checkworthy: false } });
    await expect.poll(() => stream.text().includes("event: change")).toBe(true);
    expect(await within(stream.ended, 300)).toBe("timeout");

    await setMemberDisabled({ actor: t.actors.admin, input: { membershipId: secondAdmin.id, disabled: true } });
    expect(await within(stream.ended, 5000)).toBe(true);
  });
});
