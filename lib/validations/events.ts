import { z } from "zod";
import { unknownFields } from "./common";

/** Narrows the live change stream to one article or one claim. */
export const eventsQuery = z.strictObject(
  { articleId: z.uuid({ error: "articleId must be an id." }).optional(), claimId: z.uuid({ error: "claimId must be an id." }).optional() },
  unknownFields,
);
