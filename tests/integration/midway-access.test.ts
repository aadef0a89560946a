import { describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { revokeApiToken } from "@/lib/server/api-token/revoke-api-token";
import { endSessions } from "@/lib/server/auth/end-sessions";
import { db } from "@/lib/server/db/client";
import { changeMemberRole } from "@/lib/server/member/change-member-role";
import { createTestTeam, TEST_PASSWORD } from "../support/factory";
import { baseUrl, signIn } from "../support/http";

/** Sends `json` to `path` slowly: ten bytes, then `midway()`, then the rest; resolves with the answer. */
function slowPost(path: string, auth: { cookie?: string; token?: string }, json: unknown, midway: () => Promise<unknown>) {
  return import("node:http").then(({ request }) => {
    const url = new URL(`${baseUrl()}${path}`);
    const body = JSON.stringify(json);
    const headers: Record<string, string | number> = { "content-type": "application/json", "content-length": Buffer.byteLength(body), origin: baseUrl() };
    if (auth.cookie) headers.cookie = auth.cookie;
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    return new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers }, (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", reject);
      req.write(body.slice(0, 10));
      // Past the server's check of who is asking (made when the headers arrive), then the change, then the rest.
      setTimeout(() => void midway().then(() => setTimeout(() => req.end(body.slice(10)), 300)), 500);
    });
  });
}

// Hostile probe of stop 43: the role was checked when the request began. A demoted admin's slowly sent invitation
// made an admin; a token revoked meanwhile still turned on the public feed. The write's transaction reads both again.
describe("a write that began before its sender was demoted or their token revoked", () => {
  it("is refused with a sentence and saves nothing", async () => {
    const t = await createTestTeam("midway-demoted");
    const { cookie } = await signIn(t.emails.admin, TEST_PASSWORD);
    const second = await db.membership.findFirstOrThrow({ where: { teamId: t.teamId, userId: t.actors.admin.userId } });
    // Another admin, so the demoted one is not the last.
    await changeMemberRole({ actor: t.actors.admin, input: { membershipId: (await db.membership.findFirstOrThrow({ where: { teamId: t.teamId, userId: t.actors.editor.userId } })).id, role: "admin" } });
    const demoted = await slowPost("/api/v1/team/invitations", { cookie: cookie! }, { email: "accomplice@evil.test", name: "Accomplice", role: "admin" }, () =>
      changeMemberRole({ actor: { ...t.actors.editor, role: "admin" }, input: { membershipId: second.id, role: "viewer" } }),
    );
    expect(demoted.status).toBe(403);
    expect(JSON.parse(demoted.text).error.message).toBe("Your role in this team was lowered, or the API token was revoked, while this was being sent, so nothing was saved.");
    expect(await db.invitation.count({ where: { teamId: t.teamId, name: "Accomplice" } })).toBe(0);

    const owner = await createTestTeam("midway-revoked");
    const created = await createApiToken({ actor: owner.actors.admin, input: { name: "midway", role: "admin" } });
    const revoked = await slowPost("/api/v1/articles", { token: created.secret }, { title: "Widerrufen", text: "Die Mieten stiegen um 5 Prozent." }, () =>
      revokeApiToken({ actor: owner.actors.admin, tokenId: created.id }),
    );
    expect(revoked.status).toBe(403);
    expect(await db.article.count({ where: { teamId: owner.teamId, title: "Widerrufen" } })).toBe(0);

    // Re-probe of stop 43: a session ended meanwhile (the password changed elsewhere) still saved its article.
    const ended = await createTestTeam("midway-session");
    const { cookie: endedCookie } = await signIn(ended.emails.editor, TEST_PASSWORD);
    const signedOut = await slowPost("/api/v1/articles", { cookie: endedCookie! }, { title: "Sitzung", text: "Die Mieten stiegen um 6 Prozent." }, () =>
      db.$transaction((tx) => endSessions(tx, ended.actors.editor.userId)),
    );
    expect(signedOut.status).toBe(401);
    expect(await db.article.count({ where: { teamId: ended.teamId, title: "Sitzung" } })).toBe(0);

    // A promotion meanwhile is no reason to refuse.
    const promoted = await createTestTeam("midway-promoted");
    const { cookie: reviewerCookie } = await signIn(promoted.emails.editor, TEST_PASSWORD);
    const editorMembership = await db.membership.findFirstOrThrow({ where: { teamId: promoted.teamId, userId: promoted.actors.editor.userId } });
    const raised = await slowPost("/api/v1/articles", { cookie: reviewerCookie! }, { title: "Befördert", text: "Die Zahl der Anträge stieg um 7 Prozent." }, () =>
      changeMemberRole({ actor: promoted.actors.admin, input: { membershipId: editorMembership.id, role: "admin" } }),
    );
    expect(raised.status).toBe(201);
  });
});
