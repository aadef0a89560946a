import { isBoilerplate } from "../claims/boilerplate";

const MAX = 400;
// A paragraph shorter than this is a headline, a byline or a date line, no opening of the story.
const MIN_LEAD = 80;

/**
 * The article's first paragraph of prose (not a byline, date line or heading: the walk of stop 33 found "Von Katrin
 * Oswald, Leipzig – 14. März 2025" as a PDF's summary), cut at a word boundary after at most 400 characters.
 */
export function articleLead(body: string): string {
  const paragraphs = body.trim().split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s+/g, " ").trim());
  const paragraph = paragraphs.find((text) => text.length >= MIN_LEAD && !isBoilerplate(text)) ?? paragraphs[0]!;
  if (paragraph.length <= MAX) return paragraph;
  const cut = paragraph.slice(0, MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX / 2))} …`;
}
