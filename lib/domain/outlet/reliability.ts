/** An editor's judgement of an outlet as a whole, most reliable first (the database enum's order). */
export const OUTLET_RELIABILITY = ["high", "mostly_reliable", "mixed", "low", "unreliable"] as const;
export type OutletReliability = (typeof OUTLET_RELIABILITY)[number];

/** Badge tone per rating, so the overview can be read at a glance. */
export const RELIABILITY_TONE: Record<OutletReliability, "green" | "blue" | "amber" | "red"> = {
  high: "green",
  mostly_reliable: "green",
  mixed: "amber",
  low: "red",
  unreliable: "red",
};
