import { beforeAll, describe, expect, it } from "vitest";
import { claimReviews } from "@/lib/domain/report/claimreview";
import { inline, renderMarkdown } from "@/lib/domain/report/render-markdown";
import { reportRows } from "@/lib/domain/report/report-rows";
import { createArticle } from "@/lib/server/article/create-article";
import { getClaim } from "@/lib/server/claim/get-claim";
import { updateClaim } from "@/lib/server/claim/update-claim";
import { db } from "@/lib/server/db/client";
import { loadArticleReport } from "@/lib/server/report/load-article-report";
import { createArticleInput } from "@/lib/validations/article";
import { createTestTeam, type TestTeam } from "../support/factory";

// Issue 12 end to end through the services: a hard-wrapped English business article is imported,
// its claims carry claimants and suggested wordings into storage and every export, and one click's
// PATCH accepts a suggestion as the reviewers' wording.

let team: TestTeam;
beforeAll(async () => {
  team = await createTestTeam("claims-engine");
});

const ARTICLE = [
  "India’s Russian oil imports hit a record",
  "",
  "Russian crude made up 35 per cent of India’s imports in May, according to",
  "data from maritime intelligence agency Kpler.",
  "“India is the second-largest buyer of Russian oil,” US Treasury Secretary Scott Bessent claimed.",
].join("\n");

describe("claim engine v2 in storage and exports", () => {
  it("keeps a hard-wrapped sentence whole and stores claimants and suggested wordings", async () => {
    const article = await createArticle({
      actor: team.actors.editor,
      input: createArticleInput.parse({ title: "Oil", text: ARTICLE, language: "en", publishedAt: "2025-06-03" }),
    });
    const claims = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" } });
    expect(claims.map((claim) => claim.text)).toContain(
      "Russian crude made up 35 per cent of India’s imports in May, according to\ndata from maritime intelligence agency Kpler.",
    );
    expect(claims.some((claim) => claim.text === "data from maritime intelligence agency Kpler.")).toBe(false);
    const kpler = claims.find((claim) => claim.text.startsWith("Russian crude"))!;
    expect(kpler).toMatchObject({ claimantText: "Kpler", suggestedWording: "Russian crude made up 35 per cent of India’s imports in May", normalizedText: null });
    const bessent = claims.find((claim) => claim.text.includes("Bessent"))!;
    expect(bessent).toMatchObject({ claimantText: "Scott Bessent", suggestedWording: "India is the second-largest buyer of Russian oil" });

    const report = await loadArticleReport({ actor: team.actors.viewer, articleId: article.id });
    const row = reportRows(report).find((r) => r.claim_id === bessent.id)!;
    expect(row).toMatchObject({ claimant: "Scott Bessent", suggested_wording: "India is the second-largest buyer of Russian oil" });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(`Suggested wording (not accepted): ${inline("India is the second-largest buyer of Russian oil")}`);
    expect(markdown).not.toContain(`Suggested wording (not accepted): ${inline("India’s Russian oil imports hit a record")}`);
    // ClaimReview lists claims with a final verdict: give the Bessent claim one in the report object.
    const verdict = { key: "false", label: "False", description: "Not accurate.", value: 1, worst: 1, best: 5, credibility: "false_ish" as const, color: "#b91c1c", rationale: "r", decidedAt: "2025-06-04T00:00:00Z", decidedBy: null };
    const [review] = claimReviews({ ...report, claims: report.claims.filter((c) => c.id === bessent.id).map((c) => ({ ...c, verdict })) }) as { itemReviewed: { author?: { name: string } } }[];
    expect(review!.itemReviewed.author).toEqual({ "@type": "Thing", name: "Scott Bessent" });
  });

  it("accepts the suggestion as the reviewers' wording only through a versioned update", async () => {
    const article = await createArticle({
      actor: team.actors.editor,
      input: createArticleInput.parse({ title: "Nowak", text: "Laut dem russischen Energieminister Alexander Nowak ist Indien nach China der zweitgrößte Abnehmer von russischem Öl.", language: "de" }),
    });
    const [claim] = await db.claim.findMany({ where: { articleId: article.id } });
    expect(claim).toMatchObject({ normalizedText: null, suggestedWording: "Indien ist nach China der zweitgrößte Abnehmer von russischem Öl", claimantText: "Alexander Nowak" });
    const shown = await getClaim({ actor: team.actors.viewer, id: claim!.id });
    expect(shown).toMatchObject({ suggestedWording: "Indien ist nach China der zweitgrößte Abnehmer von russischem Öl" });
    const updated = await updateClaim({ actor: team.actors.editor, id: claim!.id, input: { version: claim!.version, normalizedText: claim!.suggestedWording } });
    expect(updated.normalizedText).toBe("Indien ist nach China der zweitgrößte Abnehmer von russischem Öl");
    await expect(updateClaim({ actor: team.actors.editor, id: claim!.id, input: { version: claim!.version, normalizedText: "x" } })).rejects.toMatchObject({ status: 409 });
  });
});
