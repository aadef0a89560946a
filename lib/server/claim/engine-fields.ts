import type { Span, Unit } from "@/lib/domain/claims/types";

/**
 * What the engine read in a claim's own text (wording, claimant, entities) as stored columns, with
 * offsets of the article body: for claims a reviewer marks or splits, which the engine never saw whole.
 */
export function engineFields(unit: Pick<Unit, "suggestedWording" | "claimant" | "entities">, span: Span) {
  return {
    suggestedWording: unit.suggestedWording || null,
    claimantText: unit.claimant?.text ?? null,
    claimantStart: unit.claimant ? span.start + unit.claimant.start : null,
    claimantEnd: unit.claimant ? span.start + unit.claimant.end : null,
    entities: unit.entities.map((entity) => ({ ...entity, start: entity.start + span.start, end: entity.end + span.start })),
  };
}
