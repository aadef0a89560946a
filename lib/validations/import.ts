import { z } from "zod";
import { articleLanguage, createArticleInput } from "./article";
import { blankAsAbsent, controlMessage, hasNoControls, isoDate, storableText, unknownFields } from "./common";

const title = storableText("The title")
  .trim()
  .min(1)
  .max(500, { error: "Keep the title to at most 500 characters." })
  .refine(hasNoControls, { error: controlMessage("The title") });

/** Import by address: the server fetches the page and extracts the article. */
export const importUrlInput = z.strictObject(
  {
    url: createArticleInput.shape.url.unwrap(),
    title: title.optional(),
    outlet: createArticleInput.shape.outlet,
    language: articleLanguage.optional(),
    publishedAt: isoDate.transform((value) => new Date(value)).optional(),
  },
  unknownFields,
);

/** The form fields sent with an uploaded file (multipart); empty fields mean "not given". */
export const uploadFields = z.strictObject(
  {
    title: blankAsAbsent(title),
    url: blankAsAbsent(createArticleInput.shape.url),
    outlet: blankAsAbsent(createArticleInput.shape.outlet),
    language: blankAsAbsent(articleLanguage),
  },
  unknownFields,
);

export const UPLOAD_TYPES = [".txt", ".md", ".html", ".htm"] as const;

export type ImportUrlInput = z.infer<typeof importUrlInput>;
export type UploadFields = z.infer<typeof uploadFields>;
