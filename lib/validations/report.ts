import { z } from "zod";
import { unknownFields } from "./common";

export const REPORT_FORMATS = ["claimreview", "csv", "md", "json", "pdf"] as const;

export const reportQuery = z.strictObject(
  {
    format: z.enum(REPORT_FORMATS, { error: `The format must be one of: ${REPORT_FORMATS.join(", ")}.` }).default("json"),
    /** Comma-separated claim ids: a report of just these claims. */
    claims: z
      .string()
      // Only commas ("claims=,") is a list that lost its ids, not a request for the whole report.
      .refine((value) => value.trim() === "" || /[^,\s]/.test(value), { error: "List the claims as comma-separated claim ids." })
      // Ids in any case ("01A2…" is the same UUID): stored ones are lower case.
      .transform((value) => value.split(",").map((id) => id.trim().toLowerCase()).filter(Boolean))
      .pipe(z.array(z.uuid({ error: "List the claims as comma-separated claim ids." })).max(1000))
      // "claims=" with nothing after it: the whole report, as without the parameter.
      .transform((ids) => (ids.length > 0 ? ids : undefined))
      .optional(),
    /** CSV only: start with a byte-order mark so spreadsheet programs read UTF-8. */
    bom: z.enum(["0", "1", "true", "false"]).transform((value) => value === "1" || value === "true").optional(),
  },
  unknownFields,
);

export type ReportQuery = z.infer<typeof reportQuery>;

/** A report's fields as a form body (POST): 1,000 claim ids with their commas, and room to spare. */
export const REPORT_FORM_MAX_BYTES = 64 * 1024;
export type ReportFormat = ReportQuery["format"];

/** An outlet's report covers all its articles; a selection of claims is an article's. */
export const outletReportQuery = reportQuery.omit({ claims: true });

export const createShareLinkInput = z.strictObject(
  {
    showReviewerNames: z.boolean({ error: "Say whether reviewers' names are shown: true or false." }).default(false),
    /** The claims to publish, each with a final verdict; left out: every claim with a final verdict, now and later. */
    claimIds: z
      .array(z.uuid({ error: "Each claim must be given by its id." }), { error: "Send the claims as a list of ids." })
      .min(1, { error: "Choose at least one claim to publish." })
      .max(5000, { error: "A public page publishes at most 5,000 claims." })
      .optional(),
    noindex: z.boolean({ error: "Say whether to hide the page from search engines: true or false." }).default(false),
  },
  unknownFields,
);

export type CreateShareLinkInput = z.infer<typeof createShareLinkInput>;
