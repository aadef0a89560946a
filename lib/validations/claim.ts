import { z } from "zod";
import { EXCLUSION_REASONS } from "@/lib/domain/claim-model/decisions";
import { CLAIM_STATUSES } from "@/lib/domain/workflow/claim-status";
import { MAX_DB_INT, plainName, baseVersion, controlMessage, hasNoControlsInText, hasVisibleCharacter, blankAsAbsent, queryNumber, storableText, unknownFields, versionNumber } from "./common";

const uuid = (label: string) => z.uuid({ error: `${label} must be an id (UUID).` });

/** Statuses a plain change may set; "final" comes only with a final verdict. */
const plainStatus = z.enum(CLAIM_STATUSES.filter((status) => status !== "final") as ["new", "in_review", "needs_second_review", "excluded"], {
  error: 'The status must be "new", "in_review", "needs_second_review" or "excluded" (final comes with a final verdict).',
});

/** Why a claim is excluded; sent with excluded: true or status "excluded" (default "not_checkworthy"). */
export const exclusionReason = z.enum(EXCLUSION_REASONS, {
  error: 'The reason for excluding must be "not_checkworthy", "duplicate", "not_a_claim" or "other".',
});

/**
 * A field that goes with an exclusion is never sent with a move out of it (excluded: false, another status). Sent
 * alone it edits an excluded claim's reason or note; the service refuses it for a claim that is not excluded (re-probe
 * of stop 44: a note-only edit of an excluded claim was refused as if it were not).
 */
const onlyWhenExcluding = (field: "exclusionReason" | "exclusionNote") => (input: { exclusionReason?: unknown; exclusionNote?: unknown; excluded?: boolean; status?: string }) =>
  input[field] === undefined || input.excluded === true || input.status === "excluded" || (input.excluded === undefined && input.status === undefined);
export const REASON_ONLY_WHEN_EXCLUDING = "Give a reason for excluding only when you exclude the claim.";
export const NOTE_ONLY_WHEN_EXCLUDING = "Write a note on an exclusion only when you exclude the claim.";
/** "Other" tells a colleague nothing by itself (walk of stop 45: "Excluded because: Other"). */
export const OTHER_NEEDS_NOTE = "Say in the note why the claim is excluded when the reason is “Other”.";
const reasonOnlyWhenExcludingMessage = { error: REASON_ONLY_WHEN_EXCLUDING, path: ["exclusionReason"] };
const noteOnlyWhenExcludingMessage = { error: NOTE_ONLY_WHEN_EXCLUDING, path: ["exclusionNote"] };

/** The editor's words on why a claim is excluded (mainly for "other"); empty or null: none. */
// One line a reviewer reads beside the reason: nothing invisible or controlling in it, no line break either
// (re-probe of stop 37: direction marks, zero-width and tag characters had passed).
export const exclusionNote = plainName("The exclusion note")
  .max(300, { error: "Keep the exclusion note to at most 300 characters." })
  .nullable()
  .transform((note) => (note ? note : null));

export const updateClaimInput = z
  .strictObject(
    {
      version: baseVersion,
      /** The reviewers' wording of the claim; null returns to the verbatim text. */
      normalizedText: storableText("The wording")
        .trim()
        .max(2000, { error: "Keep the wording to at most 2,000 characters." })
        // Only invisible characters (zero-width spaces, direction marks) is empty too.
        .refine(hasVisibleCharacter, { error: "The wording cannot be empty; send null to use the verbatim text." })
        // Published on public pages and in ClaimReview: no "\u202e" turning its words around (probe of stop 34).
        .refine(hasNoControlsInText, { error: controlMessage("The wording") })
        .nullable()
        .optional(),
      checkworthy: z.boolean({ error: "Say whether the claim is check-worthy: true or false." }).optional(),
      /** Shorthand for status "excluded" (true) or back to "new" (false). */
      excluded: z.boolean({ error: "Say whether the claim is excluded: true or false." }).optional(),
      status: plainStatus.optional(),
      exclusionReason: exclusionReason.optional(),
      exclusionNote: exclusionNote.optional(),
      assigneeId: uuid("The assignee").nullable().optional(),
    },
    unknownFields,
  )
  .refine((input) => Object.keys(input).length > 1, { error: "Send at least one change besides the version." })
  .refine((input) => input.excluded === undefined || input.status === undefined, {
    error: "Either exclude the claim or change its status, not both at once.",
  })
  .refine(onlyWhenExcluding("exclusionReason"), reasonOnlyWhenExcludingMessage)
  .refine(onlyWhenExcluding("exclusionNote"), noteOnlyWhenExcludingMessage);

export type UpdateClaimInput = z.infer<typeof updateClaimInput>;

export const bulkUpdateClaimsInput = z.strictObject(
  {
    claims: z
      .array(z.strictObject({ id: uuid("Each claim id"), version: baseVersion }, unknownFields), { error: "Send the claims as a list." })
      .min(1, { error: "Select at least one claim." })
      .max(500, { error: "Change at most 500 claims at once." })
      .refine((claims) => new Set(claims.map((claim) => claim.id)).size === claims.length, { error: "List each claim only once." }),
    status: plainStatus.optional(),
    exclusionReason: exclusionReason.optional(),
    exclusionNote: exclusionNote.optional(),
    assigneeId: uuid("The assignee").nullable().optional(),
  },
  unknownFields,
)
  .refine((input) => input.status !== undefined || input.assigneeId !== undefined, {
    error: "Choose a status or a person to assign.",
  })
  .refine(onlyWhenExcluding("exclusionReason"), reasonOnlyWhenExcludingMessage)
  .refine(onlyWhenExcluding("exclusionNote"), noteOnlyWhenExcludingMessage);

export type BulkUpdateClaimsInput = z.infer<typeof bulkUpdateClaimsInput>;

const RELATED_THRESHOLD_ERROR = "The related-claim threshold must be a number between 0.1 and 1.";
const relatedThresholdRange = z
  .number({ error: RELATED_THRESHOLD_ERROR })
  .min(0.1, { error: "The related-claim threshold must be at least 0.1." })
  .max(1, { error: "The related-claim threshold can be at most 1." });

/**
 * The threshold in team settings (JSON: a number, or a plain decimal string as older clients sent). Not
 * true, [0.4], "0x1" or "1e-1", which coercion turned into numbers (probe of stop 32).
 */
export const relatedThreshold = z
  .union([z.number({ error: RELATED_THRESHOLD_ERROR }), queryNumber(RELATED_THRESHOLD_ERROR)], { error: RELATED_THRESHOLD_ERROR })
  .pipe(relatedThresholdRange);

/** In a query string: a plain decimal ("0.6"); empty means the team's own threshold. */
export const getClaimQuery = z.strictObject(
  { relatedThreshold: blankAsAbsent(queryNumber(RELATED_THRESHOLD_ERROR).pipe(relatedThresholdRange)) },
  unknownFields,
);

const offset = (label: string) => z.number({ error: `${label} must be a character offset.` }).int().min(0).max(MAX_DB_INT);

export const createClaimInput = z
  .strictObject(
    {
      articleId: uuid("The article reference"),
      /** UTF-16 offsets into the article body (as JavaScript string indexes). */
      start: offset("The start of the selection"),
      end: offset("The end of the selection"),
      textVersion: versionNumber("Send the article's text version the offsets refer to (`textVersion`)."),
      normalizedText: updateClaimInput.shape.normalizedText,
    },
    unknownFields,
  )
  .refine((input) => input.end > input.start, { error: "The end of the selection must come after its start." });

export const splitClaimInput = z.strictObject({ version: baseVersion, at: offset("The split point") }, unknownFields);

export const mergeClaimsInput = z.strictObject(
  {
    claims: z
      .array(z.strictObject({ id: uuid("Each claim id"), version: baseVersion }, unknownFields))
      .length(2, { error: "Merge exactly two neighbouring claims." }),
  },
  unknownFields,
);

export type CreateClaimInput = z.infer<typeof createClaimInput>;
export type SplitClaimInput = z.infer<typeof splitClaimInput>;
export type MergeClaimsInput = z.infer<typeof mergeClaimsInput>;
