import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/server/article/article-cursor";
import { isoDate } from "@/lib/validations/common";

// Probe of stop 30: year 0 and negative years answered 500 from the database (articles, sources, search,
// the article list's cursor, bulk import lines), and a date in year 10000 (UTC) was dropped without a word.
describe("dates outside the years 1 to 9999", () => {
  it("are refused at the boundary with the ISO date message", () => {
    for (const value of ["0000-01-01", "0000-06-01T00:00:00Z", "9999-12-31T23:59:59-01:00"]) {
      const parsed = isoDate.safeParse(value);
      expect(parsed.success, value).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("Use an ISO date such as 2025-06-26 or 2025-06-26T09:30:00Z.");
    }
    for (const value of ["0001-01-01", "9999-12-31T23:59:59Z", "2025-06-26T09:30:00+02:00"]) expect(isoDate.safeParse(value).success, value).toBe(true);
  });

  it("make a page cursor invalid (400), not a database error", () => {
    const id = "00000000-0000-0000-0000-000000000000";
    for (const at of ["0000-01-01T00:00:00Z", "-000001-01-01T00:00:00Z", "-271821-04-20T00:00:00Z"]) {
      expect(() => decodeCursor(Buffer.from(`${at}|${id}`).toString("base64url")), at).toThrow(/cursor is not valid/);
    }
    const cursor = { importedAt: new Date("2025-06-26T09:30:00Z"), id };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });
});
