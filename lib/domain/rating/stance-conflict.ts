import type { CredibilityWeight } from "./scale-presets";

export type Stance = "supports" | "refutes" | "context";

/**
 * The stance every source that takes one (context takes none) holds against a verdict: "refutes" when a
 * true-ish rating meets only refuting sources, "supports" when a false-ish one meets only supporting
 * sources; null when they agree, are mixed, or no source takes a stance. A warning, never a rule: a desk
 * may know better than its sources, but it should not publish against them by a slip of the list.
 */
export function stanceConflict(credibility: CredibilityWeight, stances: Stance[]): { stance: "supports" | "refutes"; count: number } | null {
  const taken = stances.filter((stance) => stance !== "context");
  if (taken.length === 0) return null;
  const against = credibility === "true_ish" ? "refutes" : credibility === "false_ish" ? "supports" : null;
  return against && taken.every((stance) => stance === against) ? { stance: against, count: taken.length } : null;
}
