import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

// Issue 13: "Unproven" counted as 3 of 5 in the credibility score, as if "we could not prove it"
// meant "half true". It is now reviewed but left out, in the article report and the outlet view alike.

let team: TestTeam;
let editor: string;
let articleId: string;
let outletId: string;

beforeAll(async () => {
  team = await createTestTeam("honest-scores");
  editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  const text = `Die Arbeitslosenquote lag im Mai bei 6,1 Prozent (${Date.now()}). Der Export stieg 2024 um 12 Prozent auf 1,7 Billionen Euro.`;
  const created = await api("/api/v1/articles", { cookie: editor, json: { title: "Konjunktur", text, outlet: `Honest Outlet ${Date.now()}` } });
  expect(created.status).toBe(201);
  articleId = created.body.data.id;
  outletId = created.body.data.outletId;
  const claims: { id: string; version: number }[] = (await api(`/api/v1/articles/${articleId}`, { cookie: editor })).body.data.claims;
  expect(claims.length).toBe(2);
  for (const [index, level] of [[0, "true"], [1, "unproven"]] as const) {
    const claim = claims[index]!;
    await api(`/api/v1/claims/${claim.id}/sources`, { cookie: editor, json: { url: `https://quelle.example/honest-${index}`, stance: "supports" } });
    const final = await api(`/api/v1/claims/${claim.id}/final-verdict`, { cookie: editor, json: { level, rationale: `Begründung ${index}`, claimVersion: claim.version } });
    expect(final.status, JSON.stringify(final.body)).toBe(201);
  }
});

describe("honest credibility scores", () => {
  it("leave 'unproven' out of the score: one true and one unproven claim score 100, not 75", async () => {
    const report = (await api(`/api/v1/articles/${articleId}/report?format=json`, { cookie: editor })).body;
    expect(report.credibility).toMatchObject({ score: 100, reviewed: 2, state: "scored", distribution: { true: 1, unproven: 1 } });
    const outlet = (await api(`/api/v1/outlets/${outletId}`, { cookie: editor })).body.data;
    expect(outlet.overall).toMatchObject({ score: 100, reviewed: 2 });
    // Nor do the exports put it on the numeric scale, where machines would read "3 of 5" as "mixed".
    const reviews = (await api(`/api/v1/articles/${articleId}/report?format=claimreview`, { cookie: editor })).body;
    const unproven = reviews.find((review: { reviewRating: { alternateName: string } }) => review.reviewRating.alternateName === "Unbelegt");
    expect(unproven.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unbelegt" });
    const markdown = (await api(`/api/v1/articles/${articleId}/report?format=md`, { cookie: editor })).text;
    expect(markdown).toMatch(/\*\*Bewertung: Unbelegt\*\*\n/);
  });

  it("migrate existing scales: a stored 'unproven' level that counted stops counting", async () => {
    const scale = await db.ratingScale.findFirstOrThrow({ where: { teamId: team.teamId, isCurrent: true }, select: { id: true } });
    // The level as every scale made before the fix stored it.
    await db.ratingLevel.update({ where: { scaleId_key: { scaleId: scale.id, key: "unproven" } }, data: { credibility: "neutral" } });
    const before = (await api(`/api/v1/articles/${articleId}/report?format=json`, { cookie: editor })).body.credibility.score;
    expect(before).toBeLessThan(100); // the unproven claim pulled the score toward the middle
    const migration = readFileSync("prisma/migrations/20261201031000_unproven_does_not_count/migration.sql", "utf8");
    await db.$executeRawUnsafe(migration.replace(/--.*$/gm, ""));
    const level = await db.ratingLevel.findUniqueOrThrow({ where: { scaleId_key: { scaleId: scale.id, key: "unproven" } } });
    expect(level.credibility).toBe("not_rated");
    expect((await api(`/api/v1/articles/${articleId}/report?format=json`, { cookie: editor })).body.credibility.score).toBe(100);
  });
});
