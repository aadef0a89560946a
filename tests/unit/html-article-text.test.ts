import { describe, expect, it } from "vitest";
import { extractFromHtml } from "@/lib/server/import/extract-article-text";

const page = (body: string) =>
  `<!doctype html><html><head><title>Test page</title></head><body><article><h1>Test page</h1>${body}</article></body></html>`;
const filler = "<p>" + "This paragraph is here so that Readability sees an article of some length. ".repeat(6) + "</p>";

describe("HTML to readable text", () => {
  it("keeps sentences apart that only an image or a line break separates", () => {
    const article = extractFromHtml(
      page(`${filler}<p>Exports rose by 12 per cent in 2024.<img src="chart.png" alt="">Imports fell by 3 per cent.</p><p>First line<br>second line</p>`),
    );
    expect(article?.text).toContain("Exports rose by 12 per cent in 2024. Imports fell by 3 per cent.");
    expect(article?.text).toContain("First line second line");
  });
});
