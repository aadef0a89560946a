import { describe, expect, it } from "vitest";
import { getClaimQuery, relatedThreshold } from "@/lib/validations/claim";
import { dashboardQuery } from "@/lib/validations/dashboard";
import { claimReviewFeedQuery } from "@/lib/validations/feed";
import { searchInput } from "@/lib/validations/search";

// One rule for query strings (probe findings): a blank value, also spaces only, means "not given";
// numbers are written as people write them ("0.6", "12"), never "0x1", "1e0" or a space read as 0.
describe("query values", () => {
  it("reads a blank or spaces-only value as absent", () => {
    expect(searchInput.parse({ q: " ", status: " ", limit: "  ", minCheckworthiness: " ", from: "" })).toMatchObject({ type: "claims", limit: 20 });
    expect(searchInput.parse({ minCheckworthiness: " " }).minCheckworthiness).toBeUndefined();
    expect(dashboardQuery.parse({ weeks: " " })).toEqual({ weeks: 12 });
    expect(claimReviewFeedQuery.parse({ limit: " ", cursor: " " })).toMatchObject({ limit: 50, cursor: undefined });
  });

  it("takes plain decimal numbers and refuses hexadecimal, exponents and signs with the field's own sentence", () => {
    expect(searchInput.parse({ minCheckworthiness: "0.6" }).minCheckworthiness).toBe(0.6);
    expect(searchInput.parse({ minCheckworthiness: " 1 " }).minCheckworthiness).toBe(1);
    for (const bad of ["0x1", "1e0", "-0.5", "2", "abc", ".5"]) {
      const result = searchInput.safeParse({ minCheckworthiness: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("The minimum check-worthiness must be a number from 0 to 1.");
    }
    expect(dashboardQuery.parse({ weeks: "8" })).toEqual({ weeks: 8 });
    for (const bad of ["0x8", "8.5", "3", "53"]) expect(dashboardQuery.safeParse({ weeks: bad }).success, bad).toBe(false);
  });

  it("reads the related-claim threshold of a claim read the same way (probe: '' was 'at least 0.1', '0x1' was 1)", () => {
    expect(getClaimQuery.parse({ relatedThreshold: "" }).relatedThreshold).toBeUndefined();
    expect(getClaimQuery.parse({ relatedThreshold: " " }).relatedThreshold).toBeUndefined();
    expect(getClaimQuery.parse({ relatedThreshold: "0.6" }).relatedThreshold).toBe(0.6);
    for (const bad of ["0x1", "1e0", "lots", "0.05", "2"]) expect(getClaimQuery.safeParse({ relatedThreshold: bad }).success, bad).toBe(false);
    // Team settings keep taking a number.
    expect(relatedThreshold.parse(0.45)).toBe(0.45);
  });
});
