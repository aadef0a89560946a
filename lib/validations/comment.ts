import { z } from "zod";
import { storableText, unknownFields } from "./common";

const body = storableText("The comment")
  .trim()
  .min(1, { error: "Write a comment first." })
  .max(10_000, { error: "Keep the comment under 10,000 characters." });

export const createCommentInput = z.strictObject(
  { body, parentId: z.uuid({ error: "parentId must be a comment id." }).optional() },
  unknownFields,
);

export const updateCommentInput = z
  .strictObject({ body: body.optional(), resolved: z.boolean({ error: "resolved must be true or false." }).optional() }, unknownFields)
  .refine((input) => input.body !== undefined || input.resolved !== undefined, { error: "Send a new body or resolved." });

export type CreateCommentInput = z.infer<typeof createCommentInput>;
export type UpdateCommentInput = z.infer<typeof updateCommentInput>;

export const markInboxReadInput = z.strictObject(
  { ids: z.array(z.uuid({ error: "ids must be mention ids." })).max(500).optional() },
  unknownFields,
);
