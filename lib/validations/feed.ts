import { z } from "zod";
import { blankToUndefined, unknownFields } from "./common";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** Query string of the ClaimReview feeds (API and public): page size and the `next` cursor. */
export const claimReviewFeedQuery = z.strictObject(
  {
    limit: optional(z.coerce.number({ error: "The page size must be a number." }).int({ error: "The page size must be a whole number from 1 to 100." }).min(1, { error: "The page size must be a whole number from 1 to 100." }).max(100, { error: "The page size must be a whole number from 1 to 100." })).default(50),
    cursor: optional(z.string().max(200, { error: "The page cursor is not valid; use the one from the previous page, or start again from the first page." })),
  },
  unknownFields,
);
export type ClaimReviewFeedQuery = z.infer<typeof claimReviewFeedQuery>;
