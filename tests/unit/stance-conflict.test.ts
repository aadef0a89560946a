import { describe, expect, it } from "vitest";
import { stanceConflict } from "@/lib/domain/rating/stance-conflict";

describe("stanceConflict", () => {
  it("warns when a true-ish rating meets only refuting sources, or a false-ish one only supporting sources", () => {
    expect(stanceConflict("true_ish", ["refutes"])).toEqual({ stance: "refutes", count: 1 });
    expect(stanceConflict("true_ish", ["refutes", "context", "refutes"])).toEqual({ stance: "refutes", count: 2 });
    expect(stanceConflict("false_ish", ["supports"])).toEqual({ stance: "supports", count: 1 });
  });

  it("stays quiet when sources agree, are mixed, take no stance, or the level rates no truth", () => {
    expect(stanceConflict("true_ish", ["supports"])).toBeNull();
    expect(stanceConflict("true_ish", ["refutes", "supports"])).toBeNull();
    expect(stanceConflict("false_ish", ["context"])).toBeNull();
    expect(stanceConflict("false_ish", [])).toBeNull();
    expect(stanceConflict("neutral", ["refutes"])).toBeNull();
    expect(stanceConflict("not_rated", ["supports"])).toBeNull();
  });
});
