import { describe, expect, it } from "vitest";
import { isNamedPeriod, labelStep } from "@/components/ui/chart-text";

// Walk of stop 39: German week names are wider, every second was named, and the current week (holding all
// the data) had none. Names are counted back from the newest period.
describe("which periods a chart names", () => {
  it("always names the newest period, and every step-th before it", () => {
    const named = (count: number, step: number) => Array.from({ length: count }, (_, index) => index).filter((index) => isNamedPeriod(index, count, step));
    expect(named(8, 2)).toEqual([1, 3, 5, 7]);
    expect(named(7, 3)).toEqual([0, 3, 6]);
    expect(named(5, 1)).toEqual([0, 1, 2, 3, 4]);
  });

  it("names fewer periods when their names are wider than a slot", () => {
    expect(labelStep(["1. Sept.", "8. Sept."], 30, 10)).toBe(2);
    expect(labelStep(["W1", "W2"], 60, 10)).toBe(1);
  });
});
