import { z } from "zod";
import { unknownFields } from "./common";

/** Narrows the live change stream to one article or one claim. */
export const eventsQuery = z.strictObject(
  { articleId: z.uuid({ error: "The article must be given by its id." }).optional(), claimId: z.uuid({ error: "The claim must be given by its id." }).optional() },
  unknownFields,
);
