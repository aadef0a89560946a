import { describe, expect, it } from "vitest";
import { readKnownCheckDocument } from "@/lib/server/known-check/read-known-check-document";

const review = (url: string) => JSON.stringify({ "@type": "ClaimReview", url, claimReviewed: "Die Steuern sind gesunken." });

describe("readKnownCheckDocument (NDJSON)", () => {
  it("reports lines that are not JSON, and lines that are JSON but not an object, as skipped with their reason", () => {
    const body = [review("https://checker.example/a"), "42", '"text"', "null", "{broken", review("https://checker.example/b")].join("\n");
    const read = readKnownCheckDocument({ body, contentType: "application/x-ndjson", maxDepth: 100 });
    expect("records" in read && read.records.map((record) => record.normalizedUrl)).toEqual(["checker.example/a", "checker.example/b"]);
    expect("errors" in read && read.errors).toEqual([
      { item: 2, where: "line", message: "Not a JSON object." },
      { item: 3, where: "line", message: "Not a JSON object." },
      { item: 4, where: "line", message: "Not a JSON object." },
      { item: 5, where: "line", message: "Not JSON." },
    ]);
  });

  it("numbers problems by line, counting blank lines, and reports a line that holds no ClaimReview (probe finding)", () => {
    const body = [review("https://checker.example/a"), "", "[1,2]", '{"@type":"Article","headline":"x"}', JSON.stringify({ "@type": "ClaimReview", url: "ftp://checker.example/c", claimReviewed: "x" })].join("\n");
    const read = readKnownCheckDocument({ body, contentType: "application/x-ndjson", maxDepth: 100 });
    expect("records" in read && read.records).toHaveLength(1);
    expect("errors" in read && read.errors).toEqual([
      { item: 3, where: "line", message: "Holds no ClaimReview." },
      { item: 4, where: "line", message: "Holds no ClaimReview." },
      { item: 5, where: "line", message: "Its url is not an http(s) address." },
    ]);
  });

  it("does not report a page's other JSON-LD blocks (an Organization beside the ClaimReview) and numbers by review", () => {
    const body = `<html><script type="application/ld+json">{"@type":"Organization","name":"X"}</script><script type="application/ld+json">${review("https://checker.example/a")}</script></html>`;
    const read = readKnownCheckDocument({ body, contentType: "text/html", maxDepth: 100 });
    expect("errors" in read && read.errors).toEqual([]);
  });

  it("numbers a page's broken JSON-LD blocks by block, before its ClaimReviews numbered in reading order", () => {
    const body = `<html><script type="application/ld+json">${review("https://checker.example/a")}</script><script type="application/ld+json">${JSON.stringify({ "@type": "ClaimReview", url: "mailto:x@example.org", claimReviewed: "x" })}</script><script type="application/ld+json">{broken</script></html>`;
    const read = readKnownCheckDocument({ body, contentType: "text/html", maxDepth: 100 });
    expect("errors" in read && read.errors).toEqual([
      { item: 3, where: "block", message: "Not valid JSON." },
      { item: 2, where: "review", message: "Its url is not an http(s) address." },
    ]);
  });

  it("says where a pretty-printed document breaks instead of calling each of its lines 'Not JSON' (probe finding)", () => {
    const body = ['{', '  "@type": "ClaimReview",', '  "url": "https://checker.example/a",', '  "claimReviewed": "Die Steuern sind gesunken.",', '}'].join("\n");
    expect(readKnownCheckDocument({ body, contentType: "application/ld+json", maxDepth: 100 })).toEqual({
      unreadable: "The document is not valid JSON: the first error is at line 5, column 1.",
    });
    expect(readKnownCheckDocument({ body: '[{"a": 1}', contentType: "application/ld+json", maxDepth: 100 })).toEqual({
      unreadable: "The document is not valid JSON: the first error is at line 1, column 10.",
    });
    // NDJSON with one good line keeps its per-line report.
    const ndjson = readKnownCheckDocument({ body: [review("https://checker.example/a"), "{kaputt"].join("\n"), contentType: "application/x-ndjson", maxDepth: 100 });
    expect("errors" in ndjson && ndjson.errors).toEqual([{ item: 2, where: "line", message: "Not JSON." }]);
  });

  it("refuses a file of more lines or JSON values than one import reads, before parsing it", () => {
    const manyLines = readKnownCheckDocument({ body: "{}\n".repeat(200_001), contentType: "application/x-ndjson", maxDepth: 100 });
    // Refused as the import refuses a document of too many ClaimReviews (422; hostile probe of stop 43: it was a 400).
    expect(manyLines).toEqual({ tooManyLines: true });
    const manyValues = readKnownCheckDocument({ body: `[${"{},".repeat(4_000_000)}{}]`, contentType: "application/ld+json", maxDepth: 100 });
    expect(manyValues).toEqual({ tooLarge: true });
    const blank = readKnownCheckDocument({ body: "\n".repeat(1_000_000), contentType: "application/x-ndjson", maxDepth: 100 });
    expect(blank).toEqual({ unreadable: "The document is neither JSON nor NDJSON (one JSON object per line)." });
  });
});
