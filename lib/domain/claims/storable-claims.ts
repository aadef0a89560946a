import type { Unit } from "./types";

/**
 * Which units become claims a team reviews. Claims and quotes are stored as the engine rated them;
 * opinions are stored as not check-worthy so a reviewer can promote one; questions, boilerplate
 * (links, share lines, bylines) and other fragments stay part of the article text only.
 */
export function storableClaims(units: Unit[]): Unit[] {
  return units
    .filter((unit) => unit.kind === "claim" || unit.kind === "quote" || unit.kind === "opinion")
    .map((unit) => (unit.kind === "opinion" ? { ...unit, checkworthy: false } : unit));
}
