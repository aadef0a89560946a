import { z } from "zod";

// One schema per entity: the paste form, the JSON API and (later) the OpenAPI document share these.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL can store exactly: no NUL characters and no broken UTF-16. */
export const storableText = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .refine((value) => !value.includes("\u0000"), { error: `${label} contains a NUL character.` })
    .refine((value) => !LONE_SURROGATE.test(value), { error: `${label} contains invalid Unicode.` });

const isoDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  error: "Use an ISO date such as 2025-06-26 or 2025-06-26T09:30:00Z.",
});

export const articleLanguage = z.enum(["de", "en"], { error: 'Language must be "de" or "en".' });

const articleTitle = storableText("The title")
  .trim()
  .min(1, { error: "Give the article a title." })
  .max(500, { error: "Keep the title under 500 characters." });

const articleText = storableText("The text").refine((value) => value.trim().length > 0, {
  error: "Paste the article text.",
});

export const unknownFields = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unknown field(s): ${issue.keys?.join(", ")}.` : undefined,
};

/** The version an edit was based on: a stale one is refused with 409 instead of overwriting. */
export const baseVersion = z
  .number({ error: "Send the version you edited (the `version` you last read)." })
  .int()
  .min(1);

export const createArticleInput = z.strictObject(
  {
    title: articleTitle,
    text: articleText,
    url: z
      .url({ protocol: /^https?$/, error: "Use a full http(s) address, e.g. https://example.org/story." })
      .max(2048)
      .optional(),
    outlet: storableText("The outlet").trim().min(1).max(200).optional(),
    language: articleLanguage.optional(),
    publishedAt: isoDate.transform((value) => new Date(value)).optional(),
  },
  unknownFields,
);

export type CreateArticleInput = z.infer<typeof createArticleInput>;

export const updateArticleInput = z
  .strictObject({ version: baseVersion, title: articleTitle.optional(), text: articleText.optional() }, unknownFields)
  .refine((input) => input.title !== undefined || input.text !== undefined, { error: "Send a new title or text." });

export type UpdateArticleInput = z.infer<typeof updateArticleInput>;

export const listArticlesInput = z.strictObject({
  limit: z.coerce.number({ error: "limit must be a number." }).int().min(1).max(100).default(20),
  after: z.string().max(200).optional(),
  before: z.string().max(200).optional(),
});

export type ListArticlesInput = z.infer<typeof listArticlesInput>;
