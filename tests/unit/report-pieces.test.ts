import { describe, expect, it } from "vitest";
import { claimReviewJson, claimReviews } from "@/lib/domain/report/claimreview";
import { renderMarkdown } from "@/lib/domain/report/render-markdown";
import type { Report, ReportClaim } from "@/lib/domain/report/report-types";
import { ITEMS_PER_PIECE } from "@/lib/server/http/json-stream";
import { piecesStream } from "@/lib/server/http/pieces-stream";
import { BOM, csvRows } from "@/lib/server/report/report-csv";
import { articleReportPieces, outletArticlePieces } from "@/lib/server/report/report-pieces";

// Downloads are written a few hundred claims at a time (so a huge article does not hold the server's
// thread); the pieces must add up to exactly the text of the report built whole.

function claim(i: number): ReportClaim {
  return {
    id: `claim-${i}`,
    text: `Die Regierung senkte die Steuern um ${i} Prozent <b>, „sagte“ sie.`,
    wording: i % 3 ? null : `Steuern um ${i} Prozent gesenkt`,
    suggestedWording: i % 2 ? `Die Regierung senkte die Steuern um ${i} Prozent` : null,
    claimant: i % 4 ? "Anna Müller" : null,
    status: i % 2 ? "final" : "in_review",
    exclusion: null,
    checkworthiness: 0.5,
    inText: i % 5 !== 0,
    verdict: i % 2 ? { key: "false", label: "Falsch", description: "", value: 1, worst: 1, best: 5, credibility: "false_ish", color: "#b91c1c", rationale: "Laut\n# Tabelle 3 *nicht*", decidedAt: "2026-11-30T00:00:00.000Z", decidedBy: "Bea" } : null,
    sources: i % 3 ? [{ url: `https://destatis.example/${i}`, title: "Bericht", publisher: "Destatis", stance: "refutes", excerpt: null, archivedAt: null }] : [],
  };
}

function report(claims: number, language: "de" | "en" = "de"): Report {
  return {
    generatedAt: "2026-11-30T00:00:00.000Z",
    organization: { name: "Desk", url: null, logoUrl: null },
    article: { id: "a1", title: "Steuern", url: "https://example.org/a", outlet: "Blatt", language, publishedAt: "2026-11-01T00:00:00.000Z", lead: "", reportUrl: "https://factdesk.example/articles/a1" },
    credibility: { score: null, range: null, coverage: 0, state: "not-enough-reviewed", reviewed: 0, checkworthy: claims, distribution: {} } as unknown as Report["credibility"],
    claims: Array.from({ length: claims }, (_, i) => claim(i)),
  };
}

const SIZES = [0, 1, 2, ITEMS_PER_PIECE, ITEMS_PER_PIECE + 1, 2 * ITEMS_PER_PIECE + 1];
/** The most claims any one piece names (each claim's number, counted once). */
const mostClaimsInAPiece = (pieces: string[]) => Math.max(...pieces.map((piece) => new Set(piece.match(/(?<=Steuern um )\d+(?= Prozent)/g)).size));

describe("report pieces", () => {
  it("add up to each article format's whole text, at most ITEMS_PER_PIECE claims a piece", () => {
    for (const size of SIZES) {
      for (const language of ["de", "en"] as const) {
        const whole = report(size, language);
        const expected = {
          csv: BOM + csvRows(whole, true),
          md: renderMarkdown(whole),
          json: JSON.stringify(whole, null, 2),
          claimreview: claimReviewJson(claimReviews(whole), 2),
        };
        for (const format of ["csv", "md", "json", "claimreview"] as const) {
          const pieces = [...articleReportPieces(whole, format, true)];
          expect(pieces.join(""), `${format}, ${size} claims`).toBe(format === "csv" ? expected.csv : expected[format]);
          expect(mostClaimsInAPiece(pieces)).toBeLessThanOrEqual(ITEMS_PER_PIECE);
          if (size > ITEMS_PER_PIECE && format !== "claimreview") expect(pieces.length).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });

  it("write each article of an outlet as the outlet report did whole", () => {
    for (const size of SIZES) {
      const whole = report(size);
      const expected = {
        csv: size ? csvRows(whole, false) : "",
        claimreview: claimReviews(whole).map((review) => claimReviewJson(review)).join(",\n"),
        json: JSON.stringify(whole),
        md: renderMarkdown(whole, { depth: 2, footer: false }),
      };
      for (const format of ["csv", "claimreview", "json", "md"] as const) {
        const pieces = [...outletArticlePieces(whole, format)];
        expect(pieces.join(""), `${format}, ${size} claims`).toBe(expected[format]);
        expect(mostClaimsInAPiece(pieces)).toBeLessThanOrEqual(ITEMS_PER_PIECE);
      }
    }
  });

  it("leave claims the team excluded out of Markdown, numbered without gaps; CSV and JSON keep them with their status", () => {
    const whole = report(3);
    whole.claims[1] = { ...whole.claims[1]!, status: "excluded", text: "Ob die Stellen besetzt werden können, ist offen." };
    for (const pieces of [[...articleReportPieces(whole, "md")], [...outletArticlePieces(whole, "md")]]) {
      const markdown = pieces.join("");
      expect(markdown).not.toContain("Ob die Stellen");
      expect(markdown.match(/^#+ \d+\. /gm)!.map((heading) => heading.trim().split(" ")[1])).toEqual(["1.", "2."]);
    }
    expect([...articleReportPieces(whole, "csv")].join("")).toContain('"Ob die Stellen besetzt werden können, ist offen."');
    expect(JSON.parse([...articleReportPieces(whole, "json")].join("")).claims[1].status).toBe("excluded");
  });

  it("stream a piece per turn of the event loop, so a timer set before the download runs before it ends", async () => {
    let timerRan = false;
    let timerRanBeforeEnd = false;
    setTimeout(() => (timerRan = true), 0);
    const reader = piecesStream(articleReportPieces(report(3 * ITEMS_PER_PIECE), "csv")).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) if (timerRan) timerRanBeforeEnd = true;
    expect(timerRanBeforeEnd).toBe(true);
  });
});
