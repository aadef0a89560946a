import { z } from "zod";
import { controlMessage, hasNoControlsInText, hasVisibleCharacter, storableText, unknownFields, pageSize } from "./common";

const body = storableText("The comment")
  .trim()
  .min(1, { error: "Write a comment first.", abort: true })
  .max(10_000, { error: "Keep the comment to at most 10,000 characters." })
  .refine(hasVisibleCharacter, { error: "Write a comment first.", abort: true })
  .refine(hasNoControlsInText, { error: controlMessage("The comment") });

export const createCommentInput = z.strictObject(
  { body, parentId: z.uuid({ error: "Reply to an existing comment (give its id)." }).optional() },
  unknownFields,
);

export const updateCommentInput = z
  .strictObject({ body: body.optional(), resolved: z.boolean({ error: "Say whether the thread is resolved: true or false." }).optional() }, unknownFields)
  .refine((input) => input.body !== undefined || input.resolved !== undefined, { error: "Send a new comment text or mark the thread resolved." });

export type CreateCommentInput = z.infer<typeof createCommentInput>;
export type UpdateCommentInput = z.infer<typeof updateCommentInput>;

/** The inbox, a page at a time (newest first): `before` is the last mention of the page before (its answer's `next`). */
export const listInboxQuery = z.strictObject(
  { limit: pageSize(100), before: z.uuid({ error: "“before” takes the “next” of the page before." }).optional() },
  unknownFields,
);
export type ListInboxQuery = z.infer<typeof listInboxQuery>;

export const markInboxReadInput = z.strictObject(
  { ids: z.array(z.uuid({ error: "Send the ids of the mentions to mark read." })).max(500).optional() },
  unknownFields,
);
