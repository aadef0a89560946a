import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { addTeamMember, createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

// Hostile probe of stop 45 (the fourth): a source address in Cyrillic letters shown as paypal.com, addresses with a
// user name or port 0, invisible characters hiding in article titles, and passwords of spaces, with a NUL, the same
// as before, or typed in another Unicode form.
let team: TestTeam;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let claimId: string;

beforeAll(async () => {
  team = await createTestTeam("probe-45-inputs");
  tokens = await createRoleTokens(team);
  const created = await api("/api/v1/articles", { token: tokens.editor, json: { title: "Quellen", text: "Die Regierung senkte die Steuern um 5 Prozent.", language: "de" } });
  claimId = (await api(`/api/v1/articles/${created.body.data.id}`, { token: tokens.editor })).body.data.claims[0].id;
});

describe("source addresses", () => {
  it("keep a host in another script in punycode, and refuse user names and port 0", async () => {
    const cited = await api(`/api/v1/claims/${claimId}/sources`, { token: tokens.editor, json: { url: "https://www.\u0440\u0430y\u0440\u0430l.com/login", stance: "context" } });
    expect(cited.status).toBe(201);
    expect(cited.body.data.source.url).toMatch(/^https:\/\/www\.xn--/);
    for (const [url, message] of [
      ["https://user:pass@example.org/", /user name or password/],
      ["https://trusted.org@evil.example/", /user name or password/],
      ["http://example.org:0/", /port 0/],
    ] as const) {
      const refused = await api(`/api/v1/claims/${claimId}/sources`, { token: tokens.editor, json: { url, stance: "context" } });
      expect(refused.status, url).toBe(400);
      expect(refused.body.error.message, url).toMatch(message);
    }
  });
});

describe("article titles", () => {
  it("lose invisible marks and tag characters, and keep what shows", async () => {
    const created = await api("/api/v1/articles", { token: tokens.editor, json: { title: "\uFEFFHaus\u200Fhalt \u{E0041}\u{E0042}2026", text: `Der Haushalt wächst ${Date.now()} um 3 Prozent.`, language: "de" } });
    expect(created.status).toBe(201);
    expect((await db.article.findUniqueOrThrow({ where: { id: created.body.data.id } })).title).toBe("Haushalt 2026");
  });
});

describe("a new password", () => {
  it("is refused when it is spaces, holds a control character or is the current one; either Unicode form signs in", async () => {
    const member = await addTeamMember(team, "viewer", "password-rules");
    const cookie = (await signIn(member.email, TEST_PASSWORD)).cookie!;
    const change = (newPassword: string, currentPassword = TEST_PASSWORD) => api("/api/v1/me/password", { cookie, json: { currentPassword, newPassword } });
    for (const [password, message] of [
      [" ".repeat(20), /more than spaces/],
      ["a-password\u0000-with-nul", /control character/],
      [TEST_PASSWORD, /other than your current one/],
    ] as const) {
      const refused = await change(password);
      expect(refused.status, JSON.stringify(password)).toBe(400);
      expect(refused.body.error.message).toMatch(message);
    }
    const composed = "Passw\u00f6rt-Lang-123";
    expect((await change(composed)).status).toBe(200);
    expect((await signIn(member.email, "Passwo\u0308rt-Lang-123")).cookie).toBeTruthy();
  });
});
