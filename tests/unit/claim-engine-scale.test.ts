import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";
import { segmentSentences } from "@/lib/domain/claims/segment-sentences";

// The engine is linear in the text: a search for the next quotation mark that ran to the end of the
// text, and V8's Intl.Segmenter on one long line, each made long texts quadratic (376 KB: 7-12 s).
describe("the claim engine on long texts", () => {
  const sentence = (i: number) => `Die Regierung senkte die Steuern im Bezirk ${i} um ${i % 90} Prozent.`;

  it.each([
    ["one line", " "],
    ["one sentence a line", "\n"],
  ])("extracts 800 KB as %s in a few seconds", { timeout: 60_000 }, (_label, separator) => {
    const text = Array.from({ length: 12_000 }, (_, i) => sentence(i)).join(separator);
    const started = performance.now();
    const { units } = extract(text, { language: "de" });
    expect(units).toHaveLength(12_000);
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("finds the same sentences in a long line as in short ones (windows leave no seams)", () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => sentence(i));
    const line = sentences.join(" ");
    const spans = segmentSentences(line, "de");
    expect(spans.map(({ start, end }) => line.slice(start, end))).toEqual(sentences);
  });
});
