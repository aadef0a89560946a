import { beforeAll, describe, expect, it } from "vitest";
import { krippendorffAlpha } from "@/lib/domain/stats/krippendorff-alpha";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

let team: TestTeam;
const cookies: Record<string, string> = {};
let claims: { id: string; version: number }[];

// Levels of the default scale by value: true 5, mostly-true 4, mixed 3, mostly-false 2, false 1.
const RATINGS = {
  admin: ["true", "mostly-false", "false", "mixed"],
  editor: ["true", "false", "false", "mostly-true"],
  reviewer: ["mostly-true", "mostly-false", "false", "not-checkable"],
} as const;
const VALUE: Record<string, number> = { true: 5, "mostly-true": 4, mixed: 3, "mostly-false": 2, false: 1 };

beforeAll(async () => {
  team = await createTestTeam("dashboard");
  for (const role of ["admin", "editor", "reviewer"] as const) cookies[role] = (await signIn(team.emails[role], TEST_PASSWORD)).cookie!;
  const text = `Die Regierung senkte 2025 die Steuern um 3 Prozent (${Date.now()}). Die Exporte stiegen um 5 Prozent. Der Umsatz fiel um 2 Milliarden Euro. Die Zahl der Arbeitslosen sank um 40.000.`;
  const created = await api("/api/v1/articles", { cookie: cookies.editor, json: { title: "Zahlen der Woche", text } });
  claims = (await api(`/api/v1/articles/${created.body.data.id}`, { cookie: cookies.editor })).body.data.claims;
  expect(claims.length).toBeGreaterThanOrEqual(4);
  for (const [role, levels] of Object.entries(RATINGS)) {
    for (const [index, level] of levels.entries()) {
      const given = await api(`/api/v1/claims/${claims[index]!.id}/verdicts`, { cookie: cookies[role], method: "PUT", json: { level, rationale: "Geprüft.", confidence: "medium" } });
      expect(given.status, given.text).toBeLessThan(300);
    }
  }
  for (const index of [0, 1]) {
    const claim = (await api(`/api/v1/claims/${claims[index]!.id}`, { cookie: cookies.editor })).body.data;
    await api(`/api/v1/claims/${claim.id}/sources`, { cookie: cookies.editor, json: { url: `https://amt.example/d${index}`, stance: "supports" } });
    const final = await api(`/api/v1/claims/${claim.id}/final-verdict`, { cookie: cookies.editor, json: { level: "true", rationale: "Belegt.", claimVersion: claim.version } });
    expect(final.status, final.text).toBe(201);
  }
});

describe("team dashboard", () => {
  it("counts claims by status, claims in and verdicts out per week, and the time to a final verdict", async () => {
    const { status, body } = await api("/api/v1/dashboard", { cookie: cookies.editor });
    expect(status).toBe(200);
    const data = body.data;
    expect(data.statuses.final).toBe(2);
    expect(Object.values(data.statuses as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(claims.length);
    expect(data.weeks).toHaveLength(12);
    expect(data.weeks.at(-1)).toMatchObject({ imported: claims.length, finalized: 2 });
    expect(data.weeks.at(-1).medianHours).toBeGreaterThanOrEqual(0);
    expect(data.weeks[0]).toMatchObject({ imported: 0, finalized: 0, medianHours: null });
    expect(data.timeToFinal.decided).toBe(2);
    expect(data.timeToFinal.medianHours).toBeLessThan(1);
  });

  it("counts a reopened final verdict in neither the week it was decided nor the time to a final verdict", async () => {
    const claim = (await api(`/api/v1/claims/${claims[2]!.id}`, { cookie: cookies.editor })).body.data;
    await api(`/api/v1/claims/${claim.id}/sources`, { cookie: cookies.editor, json: { url: "https://amt.example/reopen", stance: "supports" } });
    const final = await api(`/api/v1/claims/${claim.id}/final-verdict`, { cookie: cookies.editor, json: { level: "false", rationale: "Falsch.", claimVersion: claim.version } });
    expect(final.status, final.text).toBe(201);
    const current = (await api(`/api/v1/claims/${claim.id}`, { cookie: cookies.editor })).body.data;
    const reopened = await api(`/api/v1/claims/${claim.id}/final-verdict/reopen`, { cookie: cookies.editor, json: { reason: "Neue Zahlen.", claimVersion: current.version } });
    expect(reopened.status, reopened.text).toBe(200);
    const data = (await api("/api/v1/dashboard", { cookie: cookies.editor })).body.data;
    expect(data.weeks.at(-1).finalized).toBe(2);
    expect(data.timeToFinal.decided).toBe(2);
  });

  it("reports reviewer agreement as ordinal Krippendorff's alpha over the claims several reviewers rated", async () => {
    const { body } = await api("/api/v1/dashboard", { cookie: cookies.editor });
    const units = [0, 1, 2, 3].map((index) =>
      Object.values(RATINGS)
        .map((levels) => levels[index]!)
        .filter((level) => level in VALUE)
        .map((level) => VALUE[level]!),
    );
    const expected = krippendorffAlpha(units, "ordinal");
    expect(body.data.agreement).toEqual([{ scale: "Factdesk default", alpha: expect.any(Number), units: 4, ratings: 11 }]);
    expect(body.data.agreement[0].alpha).toBeCloseTo(expected.alpha!, 10);
    expect(expected.alpha).toBeGreaterThan(0.5);
  });

  it("takes the number of weeks, and says what is wrong with a bad one", async () => {
    expect((await api("/api/v1/dashboard?weeks=26", { cookie: cookies.editor })).body.data.weeks).toHaveLength(26);
    const bad = await api("/api/v1/dashboard?weeks=500", { cookie: cookies.editor });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/Show at most 52 weeks/);
    expect((await api("/api/v1/dashboard?week=4", { cookie: cookies.editor })).status).toBe(400);
  });
});
