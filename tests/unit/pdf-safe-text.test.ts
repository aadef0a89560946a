import { describe, expect, it } from "vitest";
import { pdfSafeText } from "@/lib/domain/report/pdf-safe-text";

// Hostile probe of stop 46: a 5,001-character rationale (a letter under 3,000 accents, then 2,000 letters without a space)
// kept PDFKit's line breaking busy past the 30-second limit. Its time figures are in `npm run bench:export`.
describe("text for the PDF's line breaker", () => {
  it("keeps at most four marks on a letter and gives a long word a break chance every 24 characters", () => {
    expect(pdfSafeText(`a${"\u0301".repeat(3000)}b`)).toBe(`a${"\u0301".repeat(4)}b`);
    const word = pdfSafeText("W".repeat(50));
    expect(word.split("\u200b").map((piece) => piece.length)).toEqual([24, 24, 2]);
  });

  // Re-probe of stop 46: letters joined by no-break spaces are one unbreakable word for the line breaker.
  it("counts no-break spaces and word joiners into a long word", () => {
    for (const glue of ["\u00a0", "\u2007", "\u202f", "\u2060"]) {
      const run = Array.from({ length: 40 }, () => `A${glue}`).join("");
      expect(pdfSafeText(run), JSON.stringify(glue)).toContain("\u200b");
    }
    expect(pdfSafeText("word ".repeat(40))).not.toContain("\u200b");
  });

  it("leaves ordinary text, Vietnamese marks and characters outside the BMP as they are", () => {
    for (const text of ["Die Arbeitslosenquote lag bei 6,0 Prozent.", "Tiếng Việt có dấu", "Ein Smiley 😀 und ein Zeichen 𝔸"]) expect(pdfSafeText(text)).toBe(text);
    const astral = pdfSafeText("😀".repeat(60));
    expect(astral.replaceAll("\u200b", "")).toBe("😀".repeat(60));
    expect(astral).not.toContain("\ud83d\u200b"); // no surrogate pair cut by a break chance
  });
});
