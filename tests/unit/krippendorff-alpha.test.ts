import { describe, expect, it } from "vitest";
import { krippendorffAlpha } from "@/lib/domain/stats/krippendorff-alpha";

// Krippendorff's published example (four observers, twelve units, missing values), whose alphas he
// reports as nominal 0.743, ordinal 0.815, interval 0.849.
const observers: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const units = observers[0]!.map((_, unit) => observers.map((row) => row[unit]).filter((value): value is number => value !== null));

describe("Krippendorff's alpha", () => {
  it("reproduces the published values of the reference example", () => {
    expect(krippendorffAlpha(units, "nominal").alpha).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(units, "ordinal").alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(units, "interval").alpha).toBeCloseTo(0.849, 3);
  });

  it("skips units with a single rating and counts the rest", () => {
    const result = krippendorffAlpha(units, "ordinal");
    expect(result.units).toBe(11);
    expect(result.ratings).toBe(40);
  });

  it("is 1 for perfect agreement over varied values and undefined when nothing varies or pairs", () => {
    expect(krippendorffAlpha([[1, 1], [3, 3, 3], [5, 5]], "ordinal").alpha).toBe(1);
    expect(krippendorffAlpha([[2, 2], [2, 2]], "ordinal").alpha).toBeNull();
    expect(krippendorffAlpha([[2], [4]], "ordinal")).toEqual({ alpha: null, units: 0, ratings: 0 });
  });

  it("falls below zero when reviewers systematically disagree", () => {
    expect(krippendorffAlpha([[1, 5], [5, 1], [1, 5], [5, 1]], "ordinal").alpha!).toBeLessThan(0);
  });
});
