const MAX = 400;

/** The article's first paragraph, cut at a word boundary after at most 400 characters. */
export function articleLead(body: string): string {
  const paragraph = body.trim().split(/\n\s*\n/)[0]!.replace(/\s+/g, " ").trim();
  if (paragraph.length <= MAX) return paragraph;
  const cut = paragraph.slice(0, MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX / 2))} …`;
}
