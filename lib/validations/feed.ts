import { z } from "zod";
import { blankToUndefined, unknownFields } from "./common";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** Query string of the ClaimReview feeds (API and public): page size and the `next` cursor. */
export const claimReviewFeedQuery = z.strictObject(
  {
    limit: optional(z.coerce.number({ error: "limit must be a number." }).int({ error: "limit must be a whole number from 1 to 100." }).min(1, { error: "limit must be a whole number from 1 to 100." }).max(100, { error: "limit must be a whole number from 1 to 100." })).default(50),
    cursor: optional(z.string().max(200, { error: "cursor must be the value from the previous page's next link." })),
  },
  unknownFields,
);
export type ClaimReviewFeedQuery = z.infer<typeof claimReviewFeedQuery>;
