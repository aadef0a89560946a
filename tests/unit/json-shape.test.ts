import { describe, expect, it } from "vitest";
import { jsonShape, jsonNestingDepth } from "@/lib/domain/text/json-nesting";
import { readKnownCheckDocument } from "@/lib/server/known-check/read-known-check-document";

describe("jsonShape", () => {
  it("measures nesting and counts values outside strings, in one pass", () => {
    expect(jsonShape('{"a":[1,2,{"b":"[[,{"}]}')).toEqual({ deepest: 3, deepestLine: 3, values: 6 });
    expect(jsonShape('"\\"[[["')).toEqual({ deepest: 0, deepestLine: 0, values: 1 });
    expect(jsonNestingDepth("[[[]]]")).toBe(3);
  });

  it("starts each line afresh for NDJSON: a broken line's open bracket or string does not carry over", () => {
    const broken = Array.from({ length: 40 }, () => '{"x": "unterminated').join("\n");
    expect(jsonShape(broken)).toMatchObject({ deepest: 40, deepestLine: 1 });
  });
});

describe("readKnownCheckDocument refuses nesting before it parses", () => {
  const review = JSON.stringify({ "@type": "ClaimReview", url: "https://checker.example/a", claimReviewed: "Die Steuern sind gesunken." });

  it("refuses a document or an NDJSON line nested 33 levels deep, and reads one nested 32 deep", () => {
    const deep = (levels: number) => `${"[".repeat(levels - 1)}${review}${"]".repeat(levels - 1)}`;
    expect(readKnownCheckDocument({ body: deep(33), contentType: "application/ld+json", maxDepth: 100 })).toEqual({ tooDeep: true });
    expect(readKnownCheckDocument({ body: [review, deep(33)].join("\n"), contentType: "application/x-ndjson", maxDepth: 100 })).toEqual({ tooDeep: true });
    const shallow = readKnownCheckDocument({ body: `[${review}]`, contentType: "application/ld+json", maxDepth: 100 });
    expect("records" in shallow && shallow.records).toHaveLength(1);
  });

  it("reads NDJSON whose broken lines would add up past the limit as one text: each line is measured alone", () => {
    const body = [review, ...Array.from({ length: 40 }, () => "{kaputt")].join("\n");
    const read = readKnownCheckDocument({ body, contentType: "application/x-ndjson", maxDepth: 100 });
    expect("records" in read && read.records).toHaveLength(1);
    expect("errors" in read && read.errors[0]).toEqual({ item: 2, where: "line", message: "Not JSON." });
  });

  it("measures a page's JSON-LD scripts, not the page's own text", () => {
    const page = `<html><p>${'"'.repeat(3)} ${"[".repeat(50)}</p><script type="application/ld+json">${review}</script></html>`;
    const read = readKnownCheckDocument({ body: page, contentType: "text/html", maxDepth: 100 });
    expect("records" in read && read.records).toHaveLength(1);
    const deepScript = `<html><script type="application/ld+json">${"[".repeat(40)}${"]".repeat(40)}</script></html>`;
    expect(readKnownCheckDocument({ body: deepScript, contentType: "text/html", maxDepth: 100 })).toEqual({ tooDeep: true });
  });
});
