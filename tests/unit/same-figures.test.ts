import { describe, expect, it } from "vitest";
import { sameFigures } from "@/lib/domain/claims/same-figures";

describe("sameFigures", () => {
  it("tells claims with other figures apart, whatever the wording around them", () => {
    expect(sameFigures("unemployment fell to 4 1 percent", "unemployment fell to 5 1 percent")).toBe(false);
    expect(sameFigures("police said 312 people were arrested", "police say 312 people were arrested on saturday")).toBe(true);
    expect(sameFigures("the rate rose to 3 percent", "the rate rose to 3 percent in 2024")).toBe(false);
    expect(sameFigures("no figure here", "none here either")).toBe(true);
    expect(sameFigures("day 01 of the strike", "day 1 of the strike")).toBe(true);
  });
});
