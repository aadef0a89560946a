import { z } from "zod";
import { baseVersion, storableText, unknownFields } from "./article";

export const updateClaimInput = z
  .strictObject(
    {
      version: baseVersion,
      /** The reviewers' wording of the claim; null returns to the verbatim text. */
      normalizedText: storableText("The wording")
        .trim()
        .min(1, { error: "The wording cannot be empty; send null to use the verbatim text." })
        .max(2000, { error: "Keep the wording under 2,000 characters." })
        .nullable()
        .optional(),
      checkworthy: z.boolean({ error: "checkworthy must be true or false." }).optional(),
      excluded: z.boolean({ error: "excluded must be true or false." }).optional(),
    },
    unknownFields,
  )
  .refine((input) => Object.keys(input).length > 1, { error: "Send at least one change besides the version." });

export type UpdateClaimInput = z.infer<typeof updateClaimInput>;

export const relatedThreshold = z.coerce
  .number({ error: "relatedThreshold must be a number between 0.1 and 1." })
  .min(0.1, { error: "relatedThreshold must be at least 0.1." })
  .max(1, { error: "relatedThreshold must be at most 1." });

export const getClaimQuery = z.strictObject({ relatedThreshold: relatedThreshold.optional() }, unknownFields);

/** Team settings read by the claim features; unknown or malformed values fall back to defaults. */
const DEFAULT_RELATED_THRESHOLD = 0.4;

export const claimSettings = z
  .object({ relatedClaimThreshold: relatedThreshold.catch(DEFAULT_RELATED_THRESHOLD).default(DEFAULT_RELATED_THRESHOLD) })
  .catch({ relatedClaimThreshold: DEFAULT_RELATED_THRESHOLD });
