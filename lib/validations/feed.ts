import { z } from "zod";
import { blankAsAbsent, unknownFields, pageSize } from "./common";

/** Query string of the ClaimReview feeds (API and public): page size and the `next` cursor. */
export const claimReviewFeedQuery = z.strictObject(
  {
    limit: pageSize(50),
    cursor: blankAsAbsent(z.string().max(200, { error: "The page cursor is not valid; use the one from the previous page, or start again from the first page." })),
  },
  unknownFields,
);
export type ClaimReviewFeedQuery = z.infer<typeof claimReviewFeedQuery>;
