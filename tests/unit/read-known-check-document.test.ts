import { describe, expect, it } from "vitest";
import { readKnownCheckDocument } from "@/lib/server/known-check/read-known-check-document";

const review = (url: string) => JSON.stringify({ "@type": "ClaimReview", url, claimReviewed: "Die Steuern sind gesunken." });

describe("readKnownCheckDocument (NDJSON)", () => {
  it("reports lines that are not JSON, and lines that are JSON but not an object, as skipped with their reason", () => {
    const body = [review("https://checker.example/a"), "42", '"text"', "null", "{broken", review("https://checker.example/b")].join("\n");
    const read = readKnownCheckDocument({ body, contentType: "application/x-ndjson", maxDepth: 100 });
    expect("records" in read && read.records.map((record) => record.normalizedUrl)).toEqual(["checker.example/a", "checker.example/b"]);
    expect("errors" in read && read.errors).toEqual([
      { item: 2, message: "Line 2 is not a JSON object." },
      { item: 3, message: "Line 3 is not a JSON object." },
      { item: 4, message: "Line 4 is not a JSON object." },
      { item: 5, message: "Line 5 is not JSON." },
    ]);
  });

  it("numbers problems by line, counting blank lines, and reports a line that holds no ClaimReview (probe finding)", () => {
    const body = [review("https://checker.example/a"), "", "[1,2]", '{"@type":"Article","headline":"x"}', JSON.stringify({ "@type": "ClaimReview", url: "ftp://checker.example/c", claimReviewed: "x" })].join("\n");
    const read = readKnownCheckDocument({ body, contentType: "application/x-ndjson", maxDepth: 100 });
    expect("records" in read && read.records).toHaveLength(1);
    expect("numberedBy" in read && read.numberedBy).toBe("line");
    expect("errors" in read && read.errors).toEqual([
      { item: 3, message: "Line 3 holds no ClaimReview." },
      { item: 4, message: "Line 4 holds no ClaimReview." },
      { item: 5, message: "Its url is not an http(s) address." },
    ]);
  });

  it("does not report a page's other JSON-LD blocks (an Organization beside the ClaimReview) and numbers by review", () => {
    const body = `<html><script type="application/ld+json">{"@type":"Organization","name":"X"}</script><script type="application/ld+json">${review("https://checker.example/a")}</script></html>`;
    const read = readKnownCheckDocument({ body, contentType: "text/html", maxDepth: 100 });
    expect("errors" in read && read.errors).toEqual([]);
    expect("numberedBy" in read && read.numberedBy).toBe("item");
  });

  it("refuses a file of more lines or JSON values than one import reads, before parsing it", () => {
    const manyLines = readKnownCheckDocument({ body: "{}\n".repeat(200_001), contentType: "application/x-ndjson", maxDepth: 100 });
    expect(manyLines).toEqual({ unreadable: "The file has more than 200,000 lines. Split it into smaller files." });
    const manyValues = readKnownCheckDocument({ body: `[${"{},".repeat(4_000_000)}{}]`, contentType: "application/ld+json", maxDepth: 100 });
    expect(manyValues).toEqual({ tooLarge: true });
    const blank = readKnownCheckDocument({ body: "\n".repeat(1_000_000), contentType: "application/x-ndjson", maxDepth: 100 });
    expect(blank).toEqual({ unreadable: "The document is neither JSON nor NDJSON (one JSON object per line)." });
  });
});
