import { describe, expect, it } from "vitest";
import { publicPage, PUBLIC_PAGE_SIZE } from "@/lib/domain/report/public-page";

// Re-probe of stop 46: a public link to 2,000 long verdicts was one 48 MB page.
describe("a public fact-check's page of claims", () => {
  it("holds a hundred claims, and reads junk or out-of-range page numbers as the nearest page", () => {
    expect(PUBLIC_PAGE_SIZE).toBe(100);
    expect(publicPage(2101, undefined)).toEqual({ page: 1, pages: 22, from: 0, to: 100 });
    expect(publicPage(2101, "22")).toEqual({ page: 22, pages: 22, from: 2100, to: 2101 });
    for (const junk of ["0", "-1", "abc", "1e3", "9999999", ["2", "3"]]) expect(publicPage(2101, junk).page, String(junk)).toBeLessThanOrEqual(22);
    expect(publicPage(2101, "9999999").page).toBe(1);
    expect(publicPage(2101, "500").page).toBe(22);
    expect(publicPage(0, "3")).toEqual({ page: 1, pages: 1, from: 0, to: 0 });
  });
});
