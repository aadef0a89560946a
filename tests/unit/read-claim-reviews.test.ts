import { describe, expect, it } from "vitest";
import { MAX_CLAIM_REVIEWS, MAX_JSON_LD_DEPTH, readClaimReviews, TooDeepError } from "@/lib/domain/known-checks/read-claim-reviews";
import { readKnownCheckDocument } from "@/lib/server/known-check/read-known-check-document";

const review = (extra: Record<string, unknown> = {}) => ({
  "@type": "ClaimReview",
  url: "https://checker.example/a",
  claimReviewed: "Olaf Schmidt sagte, die Steuern seien gesunken.",
  reviewRating: { "@type": "Rating", ratingValue: "2", bestRating: 5, worstRating: 1, alternateName: "Falsch" },
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "Olaf Schmidt" } },
  author: [{ "@type": "Organization", name: "Checker" }],
  datePublished: "2026-01-05",
  inLanguage: "DE",
  ...extra,
});

describe("readClaimReviews", () => {
  it("finds ClaimReviews in a DataFeed, DataFeedItems, @graph and arrays, with the fields Factdesk keeps", () => {
    const feed = { "@type": "DataFeed", dataFeedElement: [{ "@type": "DataFeedItem", item: [review()] }, review({ url: "https://checker.example/b" })] };
    const graph = { "@graph": [{ "@type": ["WebPage"] }, review({ "@type": "schema:ClaimReview", url: "https://checker.example/c" })] };
    const { records, errors } = readClaimReviews([feed, graph]);
    expect(errors).toEqual([]);
    expect(records.map((record) => record.normalizedUrl)).toEqual(["checker.example/a", "checker.example/b", "checker.example/c"]);
    expect(records[0]).toMatchObject({
      claimReviewed: "Olaf Schmidt sagte, die Steuern seien gesunken.",
      claimant: "Olaf Schmidt",
      ratingName: "Falsch",
      ratingValue: 2,
      bestRating: 5,
      publisher: "Checker",
      reviewedAt: "2026-01-05T00:00:00.000Z",
      language: "de",
    });
  });

  it("refuses review URLs that are not http(s) or carry credentials, and items without a claim", () => {
    const { records, errors } = readClaimReviews([
      [review({ url: "javascript:alert(1)" }), review({ url: "data:text/html,x" }), review({ url: "https://user:pw@checker.example/x" }), review({ claimReviewed: " " })],
    ]);
    expect(records).toEqual([]);
    expect(errors.map((error) => error.message)).toEqual([
      "Its url is not an http(s) address.",
      "Its url is not an http(s) address.",
      "Its url contains a user name or password.",
      "It has no `claimReviewed` text.",
    ]);
  });

  it("keeps markup as plain text, drops control and direction characters, and caps lengths", () => {
    const [record] = readClaimReviews([review({ claimReviewed: `<script>alert(1)</script>\u202Ekehrt\u0000 ${"x".repeat(5000)}` })]).records;
    expect(record!.claimReviewed.startsWith("<script>alert(1)</script>kehrt x")).toBe(true);
    expect(record!.claimReviewed.length).toBe(2000);
  });

  it("writes a lone surrogate as U+FFFD, sent as such or left by the cap cutting a pair (PostgreSQL refused the whole file: re-probe of stop 39)", () => {
    const [sent] = readClaimReviews([
      review({ claimReviewed: "Die Zahl \ud800 stieg.", reviewRating: { alternateName: "Fal\udc00sch" }, itemReviewed: { author: "A\ud83d" } }),
    ]).records;
    expect([sent!.claimReviewed, sent!.ratingName, sent!.claimant]).toEqual(["Die Zahl \ufffd stieg.", "Fal\ufffdsch", "A\ufffd"]);
    const [cut] = readClaimReviews([review({ claimReviewed: `${"x".repeat(1999)}😀 und mehr` })]).records;
    expect(cut!.claimReviewed).toBe(`${"x".repeat(1999)}\ufffd`);
  });

  it("keeps a review with an absurd numeric rating but drops the numbers (too large, not finite, outside its own scale)", () => {
    const rated = (reviewRating: Record<string, unknown>, url: string) => review({ url: `https://checker.example/${url}`, reviewRating: { "@type": "Rating", alternateName: "Falsch", ...reviewRating } });
    const { records, errors } = readClaimReviews([
      [
        rated({ ratingValue: 1e308, bestRating: 5, worstRating: 1 }, "huge"),
        rated({ ratingValue: "NaN", bestRating: 5, worstRating: 1 }, "nan"),
        rated({ ratingValue: -3, bestRating: 5, worstRating: 1 }, "below"),
        rated({ ratingValue: 2, bestRating: -1e9, worstRating: 1 }, "scale"),
        rated({ ratingValue: -1, bestRating: 1, worstRating: -1 }, "fine"),
      ],
    ]);
    expect(errors).toEqual([]);
    expect(records.map((record) => [record.ratingName, record.ratingValue, record.bestRating, record.worstRating])).toEqual([
      ["Falsch", null, null, null],
      ["Falsch", null, 5, 1],
      ["Falsch", null, null, null],
      ["Falsch", null, null, null],
      ["Falsch", -1, 1, -1],
    ]);
  });

  it("stops at nesting deeper than real JSON-LD", () => {
    let deep: unknown = review();
    for (let level = 0; level <= MAX_JSON_LD_DEPTH; level++) deep = { "@graph": [deep] };
    expect(() => readClaimReviews([deep])).toThrow(TooDeepError);
  });

  it("says when a document holds more ClaimReviews than one import reads, instead of cutting it short (hostile probe of stop 38)", () => {
    const reviews = (count: number) => Array.from({ length: count }, (_, i) => ({ "@type": "ClaimReview", url: `https://checker.example/r/${i}`, claimReviewed: "Tax fell." }));
    const atLimit = readClaimReviews([reviews(MAX_CLAIM_REVIEWS)]);
    expect([atLimit.records.length, atLimit.overLimit]).toEqual([MAX_CLAIM_REVIEWS, undefined]);
    const over = readClaimReviews([reviews(MAX_CLAIM_REVIEWS + 1)]);
    expect(over.overLimit).toBe(true);
    // Also when the one too many comes in a later value (an NDJSON line).
    expect(readClaimReviews([reviews(MAX_CLAIM_REVIEWS), reviews(1)[0]]).overLimit).toBe(true);
    // Also inside a DataFeed's items (re-probe of stop 38: 200,001 DataFeedItems were cut to 200,000).
    const feed = { "@type": "DataFeed", dataFeedElement: reviews(MAX_CLAIM_REVIEWS + 1).map((item) => ({ "@type": "DataFeedItem", item })) };
    expect(readClaimReviews([feed]).overLimit).toBe(true);
    // And the worker's reading of a whole file passes it on (the probe's file of 228,923 had been kept as 200,000).
    const file = JSON.stringify(reviews(MAX_CLAIM_REVIEWS + 1));
    expect(readKnownCheckDocument({ body: file, contentType: "application/json", maxDepth: 256 })).toMatchObject({ overLimit: true });
  }, 60_000);
});
