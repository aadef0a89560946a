import { splitHeadline, titleFromText } from "@/lib/domain/article/title-from-text";
import { createArticle } from "@/lib/server/article/create-article";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { AppError } from "@/lib/server/errors";
import { createArticleInput } from "@/lib/validations/article";
import { controlsAsSpaces } from "@/lib/validations/common";
import type { ImportUrlInput, UploadFields } from "@/lib/validations/import";
import { textFromMarkdown } from "./extract-article-text";
import { extractHtmlSafely } from "./extract-in-worker";
import { safeFetch } from "./safe-fetch";
import { decodeDeclared } from "@/lib/domain/import/declared-charset";

// Each refusal names the form field it is about (and a reason a form can translate), so it shows there.
const refusal = (field: "url" | "file", reason: string, message: string) => new AppError("INVALID_INPUT", message, [{ field, message, reason, params: {} }]);
const unreadable = (field: "url" | "file", what: string) =>
  refusal(field, "no-text", `No article text could be found in ${what}. Paste the article's text instead.`);

/** Fetches a page (safely), extracts the article with Readability, and imports it. */
export async function importFromUrl({ actor, input }: { actor: Actor; input: ImportUrlInput }) {
  authorize(actor, "article.create");
  const page = await safeFetch(input.url);
  const isHtml = /html|xml/i.test(page.contentType) || /^\s*</.test(page.body);
  const extracted = isHtml ? await extractHtmlSafely(page.body) : { title: null, text: page.body.trim(), publisher: null, publishedAt: null };
  if (!extracted?.text) throw unreadable("url", "that page");
  const published = input.publishedAt ?? validDate(extracted.publishedAt);
  return createArticle({
    actor,
    input: createArticleInput.parse({
      title: input.title ?? cleanTitle(extracted.title) ?? new URL(page.url).hostname,
      text: extracted.text,
      url: input.url,
      outlet: input.outlet,
      language: input.language,
      publishedAt: published?.toISOString(),
    }),
  });
}

const READABLE_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** Imports an uploaded .txt, .md or .html file (UTF-8 unless it declares another encoding; HTML through Readability). */
export async function importFile({ actor, file, fields }: { actor: Actor; file: UploadedFile; fields: UploadFields }) {
  authorize(actor, "article.create");
  const extension = /\.[a-z]+$/i.exec(file.name)?.[0]?.toLowerCase();
  // The type first: a photo or a PDF is no text file in the wrong encoding.
  if (!READABLE_EXTENSIONS.has(extension ?? "")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Factdesk reads .txt, .md and .html files. Save the article as one of those, or paste its text instead.", [
      { field: "file", message: "Factdesk reads .txt, .md and .html files.", reason: "file-type", params: {} },
    ]);
  }
  // A file that declares its encoding (byte order mark, or an HTML <meta charset>) is read in it; any other is UTF-8.
  let content: string | null;
  try {
    content = decodeDeclared(file.bytes);
  } catch {
    throw refusal("file", "not-utf8", "The file is not valid text in the encoding it declares. Save it as UTF-8 and upload it again, or paste the article's text instead.");
  }
  if (content === null) {
    try {
      content = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
    } catch {
      throw refusal("file", "not-utf8", "The file is not UTF-8 text. Save it as UTF-8 and upload it again, or paste the article's text instead.");
    }
  }
  if (content.includes("\u0000")) throw refusal("file", "binary", "The file contains binary data, not text. Upload a .txt, .md or .html file, or paste the article's text instead.");
  let title = fields.title ?? null;
  let text: string;
  if (extension === ".html" || extension === ".htm") {
    const extracted = await extractHtmlSafely(content);
    if (!extracted) throw unreadable("file", "that HTML file");
    text = extracted.text;
    title ??= cleanTitle(extracted.title);
  } else if (extension === ".md") {
    text = textFromMarkdown(content);
  } else {
    text = content;
  }
  // A text file opening with its headline: the headline is the title, the rest the article.
  const headline = title || extension === ".html" || extension === ".htm" ? null : splitHeadline(text);
  if (headline && cleanTitle(headline.headline)) [title, text] = [cleanTitle(headline.headline), headline.body];
  title ??= cleanTitle(titleFromText(text)) ?? cleanTitle(file.name);
  return createArticle({
    actor,
    input: createArticleInput.parse({ title, text, url: fields.url, outlet: fields.outlet, language: fields.language }),
  });
}

/** A title read from a page or a file, which no person typed: control characters and overrides become spaces. */
function cleanTitle(title: string | null | undefined): string | null {
  const clean = title ? controlsAsSpaces(title) : "";
  return clean || null;
}

function validDate(value: string | null): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
