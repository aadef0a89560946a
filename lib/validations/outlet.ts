import { z } from "zod";
import { OUTLET_RELIABILITY } from "@/lib/domain/outlet/reliability";
import { baseVersion, controlMessage, hasNoControlsInText, storableText, unknownFields } from "./common";

/** An editor's reliability rating of an outlet; `reliability: null` clears it. A rating needs its reasons. */
export const rateOutletInput = z
  .strictObject(
    {
      reliability: z.enum(OUTLET_RELIABILITY, { error: `The reliability must be one of: ${OUTLET_RELIABILITY.join(", ")} (or null to clear it).` }).nullable(),
      rationale: storableText("The rationale")
        .trim()
        .max(4000, { error: "The rationale can be at most 4,000 characters." })
        .refine(hasNoControlsInText, { error: controlMessage("The rationale") })
        .optional(),
      version: baseVersion,
    },
    unknownFields,
  )
  .refine((input) => input.reliability === null || (input.rationale?.length ?? 0) >= 10, {
    error: "Explain the rating in a rationale of at least 10 characters.",
    path: ["rationale"],
  });

export type RateOutletInput = z.infer<typeof rateOutletInput>;
