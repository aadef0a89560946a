import { countsTowardScore } from "../rating/scale-presets";
import { reportDate, usefulSuggestion, type Report } from "./report-types";

// Markdown with every piece of user text escaped, so a claim containing "*" or "[" reads as written:
// the characters that mark up anywhere in a line are escaped everywhere, those that mark up only at a
// line's start ("# ", "- ", "1. ", "> ") only there ("0.6 percent" and "in-year" stay as written).
// "<" becomes &lt; because CommonMark passes raw HTML through ("<img onerror=…>" in a claim would
// be a live element wherever the report is rendered); an "&" that would start an entity becomes &amp;
// so "&lt;" in a claim stays those four characters.
const escape = (text: string) =>
  text
    .replace(/([\\`*_[\]|~])/g, "\\$1")
    .replace(/^(\s*)([#>]|[+=-](?=\s|$|[+=-]{2})|\d+(?=[.)](?:\s|$)))/gm, (_, space: string, mark: string) => `${space}${/^\d/.test(mark) ? `${mark}\\` : `\\${mark}`}`)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;")
    .replace(/</g, "&lt;");
export const inline = (text: string) => escape(text.replace(/\s+/g, " ").trim());
/** A URL as an angle-bracket link target: parsed, so "<", ">", quotes and spaces are percent-encoded and cannot end it. */
const linkTarget = (url: string) => `<${URL.canParse(url) ? new URL(url).href : encodeURI(url)}>`;

const WORDS = {
  en: {
    outlet: "Outlet", published: "Published", source: "Source", credibility: "Credibility", claims: "Claims",
    scored: (score: number, low: number, high: number, percent: number) => `Score **${score}/100** (range ${low}–${high}), ${percent}% of check-worthy claims reviewed.`,
    notEnough: (reviewed: number, total: number) => `Not enough reviewed yet: ${reviewed} of ${total} check-worthy claims ${reviewed === 1 ? "has" : "have"} a final verdict.`,
    suggested: "Suggested wording (not accepted)", claimant: "Claimant", verdict: "Verdict", on: "on a scale of", open: "No final verdict yet.", sources: "Sources",
    textChanged: "The article no longer contains these words: a text edit removed them; the verdict rates the words quoted.",
    stance: { supports: "supports", refutes: "refutes", context: "context" } as Record<string, string>,
    footer: (organization: string, date: string) => `Report by ${organization}, generated ${date}.`,
  },
  de: {
    outlet: "Medium", published: "Veröffentlicht", source: "Quelle", credibility: "Glaubwürdigkeit", claims: "Behauptungen",
    scored: (score: number, low: number, high: number, percent: number) => `Wert **${score}/100** (Spanne ${low}–${high}), ${percent} % der prüfwürdigen Behauptungen geprüft.`,
    notEnough: (reviewed: number, total: number) => `Noch nicht genug geprüft: ${reviewed} von ${total} prüfwürdigen Behauptungen ${reviewed === 1 ? "hat" : "haben"} eine endgültige Bewertung.`,
    suggested: "Vorgeschlagene Formulierung (nicht übernommen)", claimant: "Urheber", verdict: "Bewertung", on: "auf einer Skala von", open: "Noch keine endgültige Bewertung.", sources: "Quellen",
    textChanged: "Der Artikel enthält diese Worte nicht mehr: eine Textänderung hat sie entfernt; die Bewertung gilt den zitierten Worten.",
    stance: { supports: "stützt", refutes: "widerlegt", context: "Kontext" } as Record<string, string>,
    footer: (organization: string, date: string) => `Bericht von ${organization}, erstellt am ${date}.`,
  },
};

/** `depth` 2 nests the whole report one heading level down (an article inside an outlet report). In the article's language. */
export function renderMarkdown(report: Report, { depth = 1, footer = true }: { depth?: number; footer?: boolean } = {}): string {
  const text = markdownHead(report, depth) + markdownClaims(report, 0, report.claims.length, depth);
  // Every line ends with a line break; without the footer, the last one goes (as before the text came in pieces).
  return footer ? text + markdownFooter(report.organization.name, report.generatedAt, report.article.language) : text.slice(0, -1);
}

/**
 * The title, the article's details and its credibility, up to the first claim (each line with its line break). In the
 * article's language, or in `language` (an outlet report's, whose frame is in its reader's: walk of stop 45).
 */
export function markdownHead(report: Report, depth = 1, language: "de" | "en" = report.article.language): string {
  const { article, credibility } = report;
  const words = WORDS[language];
  const h = (level: number) => "#".repeat(level + depth - 1);
  const lines = [`${h(1)} ${inline(article.title)}`, ""];
  const meta = [article.outlet && `${words.outlet}: ${inline(article.outlet)}`, article.publishedAt && `${words.published}: ${reportDate(article.publishedAt, language)}`, article.url && `${words.source}: ${linkTarget(article.url)}`];
  lines.push(...meta.filter(Boolean).map((line) => `- ${line}`), "");
  lines.push(`${h(2)} ${words.credibility}`, "");
  if (credibility.state === "scored") {
    lines.push(words.scored(credibility.score!, credibility.range!.low, credibility.range!.high, Math.round(credibility.coverage * 100)));
  } else {
    lines.push(words.notEnough(credibility.reviewed, credibility.checkworthy));
  }
  lines.push("", `${h(2)} ${words.claims}`, "", "");
  return lines.join("\n");
}

/** Claims `from` to `to` (exclusive) of the report, numbered as in the whole report: written in pieces, they add up to renderMarkdown's text. */
export function markdownClaims(report: Report, from: number, to: number, depth = 1, language: "de" | "en" = report.article.language): string {
  const words = WORDS[language];
  const h = (level: number) => "#".repeat(level + depth - 1);
  const lines: string[] = [];
  for (let index = from; index < to; index++) {
    const claim = report.claims[index]!;
    lines.push(`${h(3)} ${index + 1}. ${inline(claim.wording ?? claim.text)}`, "");
    if (claim.wording) lines.push(`> ${inline(claim.text)}`, "");
    if (!claim.inText) lines.push(`_${words.textChanged}_`, "");
    const suggestion = usefulSuggestion(claim);
    if (suggestion) lines.push(`${words.suggested}: ${inline(suggestion)}  `);
    if (claim.claimant) lines.push(`${words.claimant}: ${inline(claim.claimant)}  `);
    if (claim.verdict) {
      lines.push(`**${words.verdict}: ${inline(claim.verdict.label)}**${countsTowardScore(claim.verdict.credibility) ? ` (${claim.verdict.value} ${words.on} ${claim.verdict.worst}–${claim.verdict.best})` : ""}`, "", escape(claim.verdict.rationale.trim()));
    } else {
      lines.push(`_${words.open}_`);
    }
    if (claim.sources.length) {
      lines.push("", `${words.sources}:`);
      for (const source of claim.sources) lines.push(`- ${words.stance[source.stance] ?? source.stance}: [${inline(source.title ?? source.url)}](${linkTarget(source.url)})${source.publisher ? `, ${inline(source.publisher)}` : ""}`);
    }
    lines.push("");
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

export function markdownFooter(organization: string, generatedAt: string, language: "de" | "en" = "en"): string {
  return `---\n${WORDS[language].footer(inline(organization), reportDate(generatedAt, language))}\n`;
}
