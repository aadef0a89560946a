import { describe, expect, it } from "vitest";
import { claimsForPage } from "@/lib/domain/article/claims-on-page";

const claim = (id: number, checkworthiness: number, extra: Partial<{ touched: boolean; status: string; assigneeId: string | null; normalizedText: string | null; anchored: boolean; verdict: unknown }> = {}) => ({
  id, checkworthiness, touched: false, status: "new", assigneeId: null, normalizedText: null, anchored: true, verdict: null, ...extra,
});

describe("claimsForPage", () => {
  it("keeps every claim up to the limit, in the given order", () => {
    const claims = [claim(1, 0.2), claim(2, 0.9), claim(3, 0.5)];
    expect(claimsForPage(claims, 3)).toEqual({ claims, total: 3 });
  });

  it("past the limit keeps the claims with review work, then the most check-worthy, in reading order", () => {
    const claims = [
      claim(1, 0.9), claim(2, 0.1, { status: "in_review" }), claim(3, 0.8), claim(4, 0.1, { assigneeId: "u" }), claim(5, 0.95),
      claim(6, 0.1, { normalizedText: "x" }), claim(7, 0.1, { verdict: { label: "Falsch" } }), claim(8, 0.1, { anchored: false }), claim(9, 0.9),
      claim(10, 0.05, { touched: true }),
    ];
    const { claims: kept, total } = claimsForPage(claims, 8);
    expect(total).toBe(10);
    // Six with review work (a comment alone touches a claim), then 0.95 and the earlier of the two 0.9.
    expect(kept.map((c) => c.id)).toEqual([1, 2, 4, 5, 6, 7, 8, 10]);
  });
});
