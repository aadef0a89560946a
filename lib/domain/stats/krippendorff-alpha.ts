// Krippendorff's alpha: how far reviewers agree beyond chance, for any number of reviewers per claim
// and missing ratings. 1 = perfect agreement, 0 = no better than chance, below 0 = systematic
// disagreement. Computed from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
// Alpha-Reliability"); units rated by fewer than two reviewers cannot show agreement and are skipped.

export type MeasurementLevel = "nominal" | "ordinal" | "interval";

export interface AlphaResult {
  /** null when it is undefined: fewer than two pairable ratings, or every rating the same value. */
  alpha: number | null;
  /** Units (claims) with at least two ratings. */
  units: number;
  /** Ratings in those units. */
  ratings: number;
}

/** `units`: the values given to each unit, one entry per rating (missing ratings simply absent). */
export function krippendorffAlpha(units: readonly (readonly number[])[], level: MeasurementLevel): AlphaResult {
  const pairable = units.filter((values) => values.length >= 2);
  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((value, i) => [value, i]));
  const size = values.length;
  const coincidences = Array.from({ length: size }, () => new Float64Array(size));
  for (const unit of pairable) {
    const share = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++) {
        if (i !== j) coincidences[index.get(unit[i]!)!]![index.get(unit[j]!)!]! += share;
      }
    }
  }
  const totals = coincidences.map((row) => row.reduce((sum, value) => sum + value, 0));
  const n = totals.reduce((sum, value) => sum + value, 0);
  const result = { units: pairable.length, ratings: Math.round(n) };
  if (n < 2) return { alpha: null, ...result };

  const distance = distanceFunction(level, values, totals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = distance(c, k);
      observed += coincidences[c]![k]! * d;
      expected += totals[c]! * totals[k]! * d;
    }
  }
  if (expected === 0) return { alpha: null, ...result };
  return { alpha: 1 - ((n - 1) * observed) / expected, ...result };
}

/** The squared difference δ² between the c-th and k-th smallest values. */
function distanceFunction(level: MeasurementLevel, values: number[], totals: number[]) {
  if (level === "nominal") return (c: number, k: number) => (c === k ? 0 : 1);
  if (level === "interval") return (c: number, k: number) => (values[c]! - values[k]!) ** 2;
  // Ordinal: how many ratings lie between the two ranks, counting the ends half.
  const cumulative = [0];
  for (const total of totals) cumulative.push(cumulative.at(-1)! + total);
  return (c: number, k: number) => {
    const [low, high] = c <= k ? [c, k] : [k, c];
    return (cumulative[high + 1]! - cumulative[low]! - (totals[low]! + totals[high]!) / 2) ** 2;
  };
}
