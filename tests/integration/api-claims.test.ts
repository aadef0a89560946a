import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createRoleTokens, createTestTeam, type TestTeam } from "../support/factory";
import { api } from "../support/http";

let team: TestTeam;
let other: TestTeam;
let tokens: Record<string, string>;

beforeAll(async () => {
  team = await createTestTeam("api-claims");
  other = await createTestTeam("api-claims-other");
  tokens = { ...(await createRoleTokens(team)), other: (await createRoleTokens(other)).admin };
});

async function importArticle(text: string) {
  const created = await api("/api/v1/articles", { token: tokens.editor, json: { title: "Claims over HTTP", text } });
  expect(created.status).toBe(201);
  const article = await api(`/api/v1/articles/${created.body.data.id}`, { token: tokens.viewer });
  return article.body.data as { id: string; version: number; body: string; claims: { id: string; version: number; text: string }[] };
}

describe("claims in the JSON API", () => {
  it("returns an imported article's claims, and a claim with its related claims", async () => {
    const stamp = Date.now();
    const first = await importArticle(`Die Inflation in Deutschland lag im Mai bei 2,1 Prozent. (${stamp}-1)`);
    const second = await importArticle(`In Deutschland lag die Inflation im Mai bei 2,1 Prozent, meldete Destatis. (${stamp}-2)`);
    expect(first.claims.length).toBeGreaterThan(0);
    const claim = first.claims[0]!;
    expect(first.body.includes(claim.text)).toBe(true);

    const detail = await api(`/api/v1/claims/${claim.id}`, { token: tokens.viewer });
    expect(detail.status).toBe(200);
    expect(detail.body.data).toMatchObject({ id: claim.id, articleId: first.id, article: { id: first.id } });
    expect(detail.body.data.related.claims.map((c: { articleId: string }) => c.articleId)).toContain(second.id);
    expect(detail.body.data).not.toHaveProperty("teamId");
    expect(detail.body.data).not.toHaveProperty("matchText");

    const strict = await api(`/api/v1/claims/${claim.id}?relatedThreshold=1`, { token: tokens.viewer });
    expect(strict.body.data.related).toMatchObject({ threshold: 1 });
    const bad = await api(`/api/v1/claims/${claim.id}?relatedThreshold=lots`, { token: tokens.viewer });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/related-claim threshold/);
  });

  it("edits a claim with optimistic locking: 200, then 409 with the current claim for the stale version", async () => {
    const article = await importArticle(`Die Stadt zählte ${Date.now()} Einwohner im Jahr 2024.`);
    const claim = article.claims[0]!;
    const ok = await api(`/api/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: tokens.reviewer,
      json: { version: claim.version, normalizedText: "The city counted N inhabitants in 2024." },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data.version).toBe(claim.version + 1);
    const stale = await api(`/api/v1/claims/${claim.id}`, { method: "PATCH", token: tokens.editor, json: { version: claim.version, excluded: true } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ version: claim.version + 1, excluded: false });
  });

  it("validates claim edits and enforces roles and teams", async () => {
    const article = await importArticle(`Im Jahr 2023 flogen ${Date.now()} Menschen ab Frankfurt.`);
    const claim = article.claims[0]!;
    const patch = (token: string, json: unknown) => api(`/api/v1/claims/${claim.id}`, { method: "PATCH", token, json });
    expect((await patch(tokens.viewer!, { version: 1, excluded: true })).status).toBe(403);
    expect((await patch(tokens.other!, { version: 1, excluded: true })).status).toBe(404);
    expect((await api(`/api/v1/claims/${claim.id}`, { token: tokens.other })).status).toBe(404);
    expect((await api("/api/v1/claims/not-a-uuid", { token: tokens.viewer })).status).toBe(404);
    const unknown = await patch(tokens.reviewer!, { version: 1, verdict: "true" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/verdict/);
    expect((await patch(tokens.reviewer!, { excluded: true })).status).toBe(400);
    expect((await patch(tokens.reviewer!, { version: 1 })).status).toBe(400);
    expect((await patch(tokens.reviewer!, { version: 1, normalizedText: "   " })).status).toBe(400);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).version).toBe(1);
  });

  it("edits an article's text, re-extracting its claims, with 409 for a stale version", async () => {
    const article = await importArticle(`Der Umsatz stieg ${Date.now()} um 12 Prozent. Der Gewinn fiel um 3 Prozent.`);
    const edited = `${article.body} Die Aktie verlor 5 Prozent.`;
    const ok = await api(`/api/v1/articles/${article.id}`, { method: "PATCH", token: tokens.editor, json: { version: article.version, text: edited } });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ version: article.version + 1, textVersion: 2, claims: { orphaned: 0 } });
    const after = await api(`/api/v1/articles/${article.id}`, { token: tokens.viewer });
    expect(after.body.data.body).toBe(edited);
    expect(after.body.data.claims.some((c: { text: string }) => c.text === "Die Aktie verlor 5 Prozent.")).toBe(true);

    const stale = await api(`/api/v1/articles/${article.id}`, { method: "PATCH", token: tokens.editor, json: { version: article.version, title: "Old" } });
    expect(stale.status).toBe(409);
    expect((await api(`/api/v1/articles/${article.id}`, { method: "PATCH", token: tokens.reviewer, json: { version: 2, title: "X" } })).status).toBe(403);
    expect((await api(`/api/v1/articles/${article.id}`, { method: "PATCH", token: tokens.editor, json: { version: 2 } })).status).toBe(400);
  });
});
