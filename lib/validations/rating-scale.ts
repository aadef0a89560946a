import { z } from "zod";
import { controlMessage, hasNoControls, hasNoControlsInText, storableText, unknownFields, versionNumber } from "./common";

// Levels, descriptions and the scale's name are published with every verdict (public pages, PDFs, ClaimReview): no
// control character or direction override in them (re-probe of stop 34).

const label = (name: string) =>
  storableText(name).trim().min(1, { error: `${name} is required.` }).max(80).refine(hasNoControls, { error: controlMessage(name) });

/** A rating level's key as stored ("mostly-false"): also what the search's verdict filter takes. */
export const LEVEL_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ratingLevelInput = z.strictObject(
  {
    key: z
      .string({ error: "Each level needs a key." })
      .regex(LEVEL_KEY, { error: 'A level key uses lower-case letters, digits and dashes ("mostly-false").' })
      .max(60),
    labelEn: label("The English label"),
    labelDe: label("The German label"),
    description: storableText("The description").trim().max(500).refine(hasNoControlsInText, { error: controlMessage("The description") }).default(""),
    /** German description; leave it out and German pages show the one description. */
    descriptionDe: storableText("The German description").trim().max(500).refine(hasNoControlsInText, { error: controlMessage("The German description") }).default(""),
    color: z.string().regex(/^#[0-9a-f]{6}$/i, { error: "Colours are written #rrggbb." }),
    value: z.number({ error: "Each level needs a numeric value." }).min(0).max(100),
    credibility: z.enum(["true_ish", "false_ish", "neutral", "not_rated"], {
      error: 'The credibility must be "true_ish", "false_ish", "neutral" or "not_rated".',
    }),
  },
  unknownFields,
);

export const updateRatingScaleInput = z
  .strictObject(
    {
      /** The version the edit was based on. */
      version: versionNumber("Send the scale version you edited."),
      name: storableText("The name").trim().min(1).max(120).refine(hasNoControls, { error: controlMessage("The name") }).optional(),
      preset: z.enum(["default", "politifact", "correctiv"], { error: 'The preset must be "default", "politifact" or "correctiv".' }).optional(),
      levels: z.array(ratingLevelInput).min(2, { error: "A scale needs at least two levels." }).max(20).optional(),
    },
    unknownFields,
  )
  .refine((input) => (input.preset === undefined) !== (input.levels === undefined), { error: "Send either a preset or levels." })
  .refine((input) => !input.levels || new Set(input.levels.map((level) => level.key)).size === input.levels.length, {
    error: "Level keys must be unique.",
  })
  // With only "not rated" levels no verdict would ever count in a credibility view (hostile probe of stop 41).
  .refine((input) => !input.levels || input.levels.some((level) => level.credibility !== "not_rated"), {
    error: 'At least one level must rate a claim: give it the credibility "true_ish", "false_ish" or "neutral".',
  })
  // A score runs from the worst to the best value of the levels that count: with one value there is no
  // range, and an article reviewed in full read "not enough reviewed yet" for ever.
  .refine((input) => !input.levels || countingValues(input.levels) !== 1, {
    error: "The levels that rate a claim need at least two different values, the worst and the best.",
  });

function countingValues(levels: { value: number; credibility: string }[]): number {
  return new Set(levels.filter((level) => level.credibility !== "not_rated").map((level) => level.value)).size;
}

export type UpdateRatingScaleInput = z.infer<typeof updateRatingScaleInput>;
