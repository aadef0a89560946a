import type { Entity } from "./types";

// The order of a unit's entities, and which of two overlapping ones it keeps.

// Earlier and longer matches win, so "22. April" is one date rather than a number and a date.
export function dropOverlaps(entities: Entity[]): Entity[] {
  // Usually found in order already (one kind of entity per unit): then the stable sort would change nothing.
  const sorted = inOrder(entities) ? entities : entities.sort(byPosition);
  // Most units have no overlap: then the list is kept as it is (one array less per unit in the result).
  if (!overlaps(sorted)) return sorted;
  const kept: Entity[] = [];
  for (const entity of sorted) {
    const last = kept[kept.length - 1];
    if (last && entity.start < last.end) continue;
    kept.push(entity);
  }
  return kept;
}

/** True when an entity of the sorted list starts inside the one before it. */
function overlaps(sorted: Entity[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.start < sorted[i - 1]!.end) return true;
  return false;
}

export const byPosition = (a: Entity, b: Entity) => a.start - b.start || b.end - a.end;
function inOrder(entities: Entity[]): boolean {
  for (let i = 1; i < entities.length; i++) if (byPosition(entities[i - 1]!, entities[i]!) > 0) return false;
  return true;
}
