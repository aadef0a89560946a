import { describe, expect, it } from "vitest";
import { claimReviews } from "@/lib/domain/report/claimreview";
import type { Report, ReportClaim } from "@/lib/domain/report/report-types";

// ClaimReview carries the engine's suggested wording as the claim's alias, never as what was reviewed.

const verbatim = "Laut dem russischen Energieminister Alexander Nowak ist Indien nach China der zweitgrößte Abnehmer von russischem Öl.";
const suggested = "Indien ist nach China der zweitgrößte Abnehmer von russischem Öl";

function report(claim: Partial<ReportClaim>): Report {
  return {
    generatedAt: "2026-11-30T00:00:00.000Z",
    organization: { name: "Faktencheck Nord", url: null, logoUrl: null },
    article: { id: "a1", title: "Öl", url: null, outlet: null, language: "de", publishedAt: null, lead: "", reportUrl: "https://factcheck.example/a1" },
    credibility: {} as Report["credibility"],
    claims: [
      {
        id: "c1",
        text: verbatim,
        wording: null,
        suggestedWording: suggested,
        claimant: "Alexander Nowak",
        status: "final",
        checkworthiness: 0.9,
        verdict: { key: "true", label: "Richtig", description: "", value: 5, worst: 1, best: 5, credibility: "true_ish", color: "#15803d", rationale: "", decidedAt: "2026-11-30", decidedBy: null },
        sources: [],
        ...claim,
      } as ReportClaim,
    ],
  };
}

describe("ClaimReview and the suggested wording", () => {
  it("never publishes the engine's suggestion: claimReviewed is the verbatim text until reviewers word it", () => {
    const [review] = claimReviews(report({})) as Record<string, any>[];
    expect(review!.claimReviewed).toBe(verbatim);
    expect(review!.itemReviewed).not.toHaveProperty("alternateName");
    expect(JSON.stringify(review)).not.toContain(suggested);
    expect(review!.itemReviewed).toMatchObject({ "@type": "Claim", author: { name: "Alexander Nowak" } });
  });

  it("keeps the reviewers' own wording as claimReviewed and the article's words as the alias", () => {
    const [review] = claimReviews(report({ wording: "Indien kauft nach China am meisten russisches Öl" })) as Record<string, any>[];
    expect(review!.claimReviewed).toBe("Indien kauft nach China am meisten russisches Öl");
    expect(review!.itemReviewed.alternateName).toBe(verbatim);
  });

  it("adds no alias when the wording only repeats the verbatim text", () => {
    for (const claim of [{ wording: verbatim.replace(/\.$/, "") }, { wording: null }, { suggestedWording: "" }]) {
      const [review] = claimReviews(report(claim)) as Record<string, any>[];
      expect(review!.itemReviewed).not.toHaveProperty("alternateName");
    }
  });
});
