import { describe, expect, it } from "vitest";
import { groupRepeatedClaims } from "@/lib/domain/claims/group-repeated-claims";
import { articleCredibility, type ClaimForCredibility } from "@/lib/domain/credibility/article-credibility";
import { credibilityByGroup } from "@/lib/domain/credibility/outlet-credibility";

const rated = (value: number, count?: number): ClaimForCredibility => ({
  checkworthiness: 1,
  checkworthy: true,
  excluded: false,
  final: { value, worst: 1, best: 5, credibility: value >= 3 ? "true_ish" : "false_ish", key: `v${value}` },
  ...(count && { count }),
});
const open = (count?: number): ClaimForCredibility => ({ checkworthiness: 1, checkworthy: true, excluded: false, final: null, ...(count && { count }) });

describe("outlet credibility", () => {
  it("pools the claims of each group (month, article, outlet) through the article formula", () => {
    const months = credibilityByGroup([
      { group: "2026-09", ...rated(5) },
      { group: "2026-09", ...rated(5) },
      { group: "2026-09", ...rated(1) },
      { group: "2026-10", ...rated(3) },
      { group: "2026-10", ...rated(5) },
    ]);
    expect(months.get("2026-09")!.score).toBe(67);
    expect(months.get("2026-10")!.score).toBe(75);
  });

  it("counts an aggregated row as that many identical claims", () => {
    const one = articleCredibility([rated(5, 3), rated(1), open(4)]);
    const many = articleCredibility([rated(5), rated(5), rated(5), rated(1), open(), open(), open(), open()]);
    expect(one).toEqual(many);
    expect(one).toMatchObject({ reviewed: 4, checkworthy: 8, coverage: 0.5, score: 75, distribution: { v5: 3, v1: 1 } });
  });
});

describe("repeated claims", () => {
  it("joins pairs that share a claim into one group, largest first", () => {
    expect(groupRepeatedClaims([["a", "b"], ["x", "y"], ["b", "c"], ["c", "a"]])).toEqual([["a", "b", "c"], ["x", "y"]]);
    expect(groupRepeatedClaims([])).toEqual([]);
  });
});
