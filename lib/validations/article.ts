import { z } from "zod";
import { baseVersion, blankAsAbsent, controlMessage, hasNoControls, hasOneAlphabetPerWord, hasVisibleCharacter, isoDate, mixedAlphabetsMessage, plainName, storableText, unknownFields, pageSize, httpAddress } from "./common";

// One schema per entity: the paste form, the JSON API and (later) the OpenAPI document share these.

export const articleLanguage = z.enum(["de", "en"], { error: 'Language must be "de" or "en".' });

// A text or title of only invisible characters is refused like an empty one (an edit to one orphaned
// every claim of the article: hostile probe of stop 26).
// One check for "nothing to show" (empty included), so an empty title gets one message, not two.
const articleTitle = storableText("The title")
  .trim()
  .max(500, { error: "Keep the title to at most 500 characters." })
  .refine(hasVisibleCharacter, { error: "Give the article a title." })
  .refine(hasNoControls, { error: controlMessage("The title") })
  // Invisible marks, overrides and tag characters go (probe of stop 45: hidden text in a title slipped past search and
  // the duplicate check); what shows stays.
  .transform((title) => title.replace(HIDDEN_IN_TITLE, "").trim());
const HIDDEN_IN_TITLE = /[\uFEFF\u200B\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u{E0000}-\u{E007F}]/gu;

const articleText = storableText("The text").refine(hasVisibleCharacter, {
  error: "Paste the article text.",
});

export const createArticleInput = z.strictObject(
  {
    title: articleTitle,
    text: articleText,
    url: httpAddress("Use a full http(s) address, e.g. https://example.org/story.")
      .max(2048)
      .optional(),
    // Invisible characters made look-alike outlets ("Walk\u200BGazette" beside "Walk Gazette"): refused, as in names.
    outlet: plainName("The outlet").min(1).max(200).refine(hasOneAlphabetPerWord, { error: mixedAlphabetsMessage("The outlet") }).optional(),
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

// Filters of the article list: the list form sends "all" as an empty value, which means no filter.
export const listArticlesInput = z.strictObject({
  limit: pageSize(20),
  after: z.string().max(200).optional(),
  before: z.string().max(200).optional(),
  outlet: blankAsAbsent(z.uuid({ error: "The outlet must be given by its id." })),
  language: blankAsAbsent(articleLanguage),
});

export type ListArticlesInput = z.infer<typeof listArticlesInput>;
