import { describe, expect, it } from "vitest";
import { cleanSearchAddress } from "@/lib/domain/http/clean-search-address";

// Re-walk of stop 46: the search form's address carried every empty filter.
describe("the search address", () => {
  it("loses its empty parameters, and is left alone without any", () => {
    expect(cleanSearchAddress("?q=inflation&type=claims&status=&verdict=")).toBe("/search?q=inflation&type=claims");
    expect(cleanSearchAddress("?status=&verdict=")).toBe("/search");
    expect(cleanSearchAddress("?q=inflation")).toBeNull();
    expect(cleanSearchAddress("")).toBeNull();
    expect(cleanSearchAddress("?q=%C3%B6l+-gas&status=")).toBe("/search?q=%C3%B6l+-gas");
  });
});
