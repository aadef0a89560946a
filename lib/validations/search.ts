import { z } from "zod";
import { CLAIM_STATUSES } from "@/lib/domain/workflow/claim-status";
import { LEVEL_KEY } from "./rating-scale";
import { blankAsAbsent, isoDate, queryNumber, storableText, unknownFields, pageSize } from "./common";

// (Checked here, not only against the team's scale: the value goes into the search's SQL; a NUL in it had answered 500, hostile probe of stop 39.)
const VERDICT_ERROR = 'The verdict must be a rating level key such as "false" or "mostly-true", or "none".';
const MIN_CHECKWORTHINESS_ERROR = "The minimum check-worthiness must be a number from 0 to 1.";

/** Query string of /api/v1/search and the search page (empty fields mean "no filter"). */
export const searchInput = z.strictObject(
  {
    q: blankAsAbsent(storableText("The search").trim().max(200, { error: "Keep the search to at most 200 characters." })),
    type: blankAsAbsent(z.enum(["claims", "articles"], { error: 'Search for "claims" or "articles".' })).default("claims"),
    status: blankAsAbsent(z.enum(CLAIM_STATUSES, { error: `The status must be one of: ${CLAIM_STATUSES.join(", ")}.` })),
    /** Key of the final verdict's rating level, e.g. "false"; "none" for claims without one. */
    verdict: blankAsAbsent(z.string().max(80).regex(LEVEL_KEY, { error: VERDICT_ERROR })),
    /** A member's id, "me", or "none". */
    assignee: blankAsAbsent(z.union([z.uuid(), z.literal("me"), z.literal("none")], { error: 'The assignee must be a member id, "me" or "none".' })),
    outlet: blankAsAbsent(z.uuid({ error: "The outlet must be given by its id." })),
    language: blankAsAbsent(z.enum(["de", "en"], { error: 'The language must be "de" or "en".' })),
    from: blankAsAbsent(isoDate),
    to: blankAsAbsent(isoDate),
    minCheckworthiness: blankAsAbsent(queryNumber(MIN_CHECKWORTHINESS_ERROR).pipe(z.number().min(0, { error: MIN_CHECKWORTHINESS_ERROR }).max(1, { error: MIN_CHECKWORTHINESS_ERROR }))),
    limit: pageSize(20),
    after: blankAsAbsent(z.uuid({ error: "The page cursor is not valid; use the one from the previous page, or start again from the first page." })),
  },
  unknownFields,
);

export type SearchInput = z.infer<typeof searchInput>;
