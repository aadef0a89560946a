import { extractText } from "unpdf";
import { describe, expect, it } from "vitest";
import { countsTowardScore, DEFAULT_SCALE, levelDescription, levelLabel } from "@/lib/domain/rating/scale-presets";
import type { ArticleCredibility } from "@/lib/domain/credibility/article-credibility";
import type { ReportClaim } from "@/lib/domain/report/report-types";
import { factCheckNotes } from "@/lib/server/report/fact-check-notes";
import { claimCounts, renderPdf, type PdfReport } from "@/lib/server/report/render-pdf";

// Issue 13: with four claims, the method's last line ("… bleiben außen vor.") spilled onto a page of
// its own before the sources appendix. A note that fits on a page is now never split.

const credibility = { state: "scored", score: 62, range: { low: 40, high: 80 }, reviewed: 2, checkworthy: 3, coverage: 2 / 3 } as ArticleCredibility;

function claim(index: number, language: "de" | "en"): ReportClaim {
  const level = DEFAULT_SCALE.levels[1]!;
  return {
    id: `claim-${index}`,
    text: `Die Arbeitslosenquote lag im Mai bei 6,${index} Prozent und damit höher als im Vorjahr, sagte die Bundesagentur.`,
    wording: null,
    suggestedWording: null,
    inText: true,
    claimant: null,
    status: "final",
    exclusion: null,
    checkworthiness: 0.8,
    verdict: {
      key: level.key, label: levelLabel(level, language), description: levelDescription(level, language), value: 4, worst: 1, best: 5, credibility: "true_ish", color: level.color,
      rationale: "Laut Bundesagentur lag die Quote bei 6,0 Prozent; die Abweichung ist gering. ".repeat(1 + (index % 3)),
      decidedAt: "2026-11-30T10:00:00Z", decidedBy: null,
    },
    sources: [{ url: `https://quelle.example/${index}`, title: `Quelle ${index}`, publisher: null, stance: "supports", excerpt: null, archivedAt: "2026-11-29T08:00:00Z" }],
  };
}

function report(claims: number, language: "de" | "en", score: ArticleCredibility = credibility): PdfReport {
  const levels = DEFAULT_SCALE.levels.map((level) => ({ key: level.key, label: levelLabel(level, language), description: levelDescription(level, language), color: level.color, counts: countsTowardScore(level.credibility) }));
  return {
    title: "Wirtschaft im Mai", organization: "Faktencheck Nord", language, details: ["Zeitung"], lead: "Ein Artikel über Zahlen.", credibility: score,
    sections: [{ heading: null, claims: Array.from({ length: claims }, (_, index) => claim(index, language)) }],
    notes: factCheckNotes({ language, credibility: score, levels }),
  };
}

async function pages(pdf: PdfReport): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(await renderPdf(pdf)), { mergePages: false });
  // Without the page number each page carries.
  return text.map((page) => page.replace(/(Seite|Page) \d+ (von|of) \d+/, "").replace(/\s+/g, " ").trim());
}

describe("PDF layout", () => {
  for (const language of ["de", "en"] as const) {
    it(`keeps the method on one page and leaves no near-empty page, for 1 to 12 claims (${language})`, { timeout: 60_000 }, async () => {
      const method = language === "de" ? "So haben wir geprüft" : "How we checked";
      const lastWords = language === "de" ? "bleiben außen vor." : "are left out.";
      const appendix = language === "de" ? "Alle Quellen" : "All sources";
      for (let claims = 1; claims <= 12; claims++) {
        const texts = await pages(report(claims, language));
        const methodPage = texts.findIndex((text) => text.includes(method));
        expect(methodPage, `${claims} claims`).toBeGreaterThan(0);
        expect(texts[methodPage], `${claims} claims: the method ends on the page it starts`).toContain(lastWords);
        // A short list of sources follows the method on its page (walk of stop 45: a page of its own held one line).
        if (claims <= 2) expect(texts.at(-1), `${claims} claims`).toContain(method);
        // Page 1 is the title page; the sources appendix is short when there are few sources.
        for (const [index, text] of texts.entries()) {
          if (index === 0 || text.startsWith(appendix)) continue;
          expect(text.length, `${claims} claims, page ${index + 1}: "${text}"`).toBeGreaterThan(200);
        }
      }
    });
  }

  it("dates reviews and archived copies in the report's language", async () => {
    const [, claimsDe] = await pages(report(1, "de"));
    expect(claimsDe).toContain("Geprüft: 30. November 2026");
    expect(claimsDe).toContain("archiviert am 29. November 2026");
    const [, claimsEn] = await pages(report(1, "en"));
    expect(claimsEn).toContain("Reviewed: November 30, 2026");
    expect(claimsEn).toContain("archived November 29, 2026");
  });

  it("says why there is no score: too little reviewed, or nothing reviewed that counts (title page and method agree)", async () => {
    const tooLittle = { state: "not-enough-reviewed", score: null, range: null, reviewed: 1, checkworthy: 4, coverage: 0.25 } as unknown as ArticleCredibility;
    const [title, ...rest] = await pages(report(1, "en", tooLittle));
    const method = rest.join(" ");
    expect(title).toContain("Not enough reviewed yet");
    expect(method).toContain("No score: too little of the article has been checked yet (1 of 4 check-worthy claims");
    // Every reviewed claim was "unproven": enough is reviewed, but nothing says anything about truth.
    const nothingCounts = { state: "not-enough-reviewed", score: null, range: null, reviewed: 3, checkworthy: 3, coverage: 1 } as unknown as ArticleCredibility;
    const [titleDe, ...restDe] = await pages(report(1, "de", nothingCounts));
    const methodDe = restDe.join(" ");
    expect(titleDe).toContain("Kein Wert: keine endgültige Bewertung sagt etwas über den Wahrheitsgehalt");
    expect(titleDe).not.toContain("Noch nicht genug geprüft");
    expect(methodDe).toContain("Glaubwürdigkeit: Kein Wert");
  });

  // Probe finding (issue 14): a public fact-check with one published claim of an article with eight
  // check-worthy ones said "1 Behauptungen, davon prüfwürdig: 8".
  it("says how many claims the report shows and how many the article has, with the right plural", async () => {
    const eight = { ...credibility, reviewed: 1, checkworthy: 8, coverage: 1 / 8 } as ArticleCredibility;
    const [titleDe] = await pages(report(1, "de", eight));
    expect(titleDe).toContain("1 Behauptung in diesem Bericht · 8 prüfwürdige Behauptungen im Artikel");
    const [titleEn] = await pages(report(3, "en", { ...credibility, checkworthy: 1 } as ArticleCredibility));
    expect(titleEn).toContain("3 claims in this report · 1 check-worthy claim in the article");
    expect(claimCounts("de", 1_200, 1)).toBe("1.200 Behauptungen in diesem Bericht · 1 prüfwürdige Behauptung im Artikel");
  });
});

