// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) turn the text after them around: "… 2024
// \u202Eeslaf si siht\u202C …" reads "this is false". An article keeps them byte for byte (claims stay anchored),
// but what the team publishes from it (ClaimReview, the public page, CSV, Markdown, PDF) leaves them out (hostile
// probe of stop 43). Plain right-to-left text (Arabic, Hebrew) needs none of them: it is ordered by its letters.
// (And the marks U+200E, U+200F, U+061C, which move punctuation and digits: re-probe of stop 43.)
const DIRECTION_CONTROL = "[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]";
const ANY = new RegExp(DIRECTION_CONTROL);
const ALL = new RegExp(DIRECTION_CONTROL, "g");

/** True when `text` holds a direction mark, embedding, override or isolate (names typed into the app refuse them). */
export const hasDirectionControls = (text: string) => ANY.test(text);

/** `text` without direction marks, embeddings, overrides and isolates. */
export function withoutDirectionControls(text: string): string;
export function withoutDirectionControls(text: string | null): string | null;
export function withoutDirectionControls(text: string | null): string | null {
  return text !== null && hasDirectionControls(text) ? text.replace(ALL, "") : text;
}
