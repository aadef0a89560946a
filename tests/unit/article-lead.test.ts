import { describe, expect, it } from "vitest";
import { articleLead } from "@/lib/domain/article/article-lead";

describe("an article's lead (the PDF's summary)", () => {
  it("is the first paragraph of prose, past headline, byline and date line", () => {
    const body = [
      "Sachsen kündigt Milliardenprogramm für Kliniken an",
      "Von Katrin Oswald, Leipzig",
      "14.03.2025",
      "Die sächsische Landesregierung will die Krankenhäuser des Freistaats in den kommenden fünf Jahren mit 1,2 Milliarden Euro unterstützen.",
      "Ein zweiter Absatz.",
    ].join("\n\n");
    expect(articleLead(body)).toBe("Die sächsische Landesregierung will die Krankenhäuser des Freistaats in den kommenden fünf Jahren mit 1,2 Milliarden Euro unterstützen.");
  });

  it("falls back to the first paragraph when none is long enough, and cuts a long one at a word", () => {
    expect(articleLead("Kurz.\n\nAuch kurz.")).toBe("Kurz.");
    const long = `${"Wort ".repeat(120)}Ende.`;
    const lead = articleLead(long);
    expect(lead.endsWith(" …")).toBe(true);
    expect(lead.length).toBeLessThanOrEqual(402);
  });
});
