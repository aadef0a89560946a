import { z } from "zod";
import { blankAsAbsent, pageSize, unknownFields } from "./common";

/** Query string of the history routes (/claims/{id}/activity, /articles/{id}/activity): newest first, `after` pages to older entries. */
export const listActivityInput = z.strictObject(
  {
    limit: pageSize(100),
    after: blankAsAbsent(z.uuid({ error: "The page cursor is not valid; use the one from the previous page, or start again from the first page." })),
  },
  unknownFields,
);

export type ListActivityInput = z.infer<typeof listActivityInput>;
