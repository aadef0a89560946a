import { countsTowardScore } from "../rating/scale-presets";
import { usefulSuggestion, type Report } from "./report-types";

// Markdown with every piece of user text escaped, so a claim containing "*" or "[" reads as written.
// "<" becomes &lt; because CommonMark passes raw HTML through ("<img onerror=…>" in a claim would
// be a live element wherever the report is rendered); an "&" that would start an entity becomes &amp;
// so "&lt;" in a claim stays those four characters.
const escape = (text: string) =>
  text
    .replace(/([\\`*_{}[\]()#+\-.!|>])/g, "\\$1")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;")
    .replace(/</g, "&lt;");
export const inline = (text: string) => escape(text.replace(/\s+/g, " ").trim());
/** A URL as an angle-bracket link target: parsed, so "<", ">", quotes and spaces are percent-encoded and cannot end it. */
const linkTarget = (url: string) => `<${URL.canParse(url) ? new URL(url).href : encodeURI(url)}>`;

/** `depth` 2 nests the whole report one heading level down (an article inside an outlet report). */
export function renderMarkdown(report: Report, { depth = 1, footer = true }: { depth?: number; footer?: boolean } = {}): string {
  const { article, credibility } = report;
  const h = (level: number) => "#".repeat(level + depth - 1);
  const lines = [`${h(1)} ${inline(article.title)}`, ""];
  const meta = [article.outlet && `Outlet: ${inline(article.outlet)}`, article.publishedAt && `Published: ${article.publishedAt.slice(0, 10)}`, article.url && `Source: ${linkTarget(article.url)}`];
  lines.push(...meta.filter(Boolean).map((line) => `- ${line}`), "");
  lines.push(`${h(2)} Credibility`, "");
  if (credibility.state === "scored") {
    lines.push(`Score **${credibility.score}/100** (range ${credibility.range!.low}–${credibility.range!.high}), ${Math.round(credibility.coverage * 100)} % of check-worthy claims reviewed.`);
  } else {
    lines.push(`Not enough reviewed yet: ${credibility.reviewed} of ${credibility.checkworthy} check-worthy claims have a final verdict.`);
  }
  lines.push("", `${h(2)} Claims`, "");
  report.claims.forEach((claim, index) => {
    lines.push(`${h(3)} ${index + 1}. ${inline(claim.wording ?? claim.text)}`, "");
    if (claim.wording) lines.push(`> ${inline(claim.text)}`, "");
    const suggestion = usefulSuggestion(claim);
    if (suggestion) lines.push(`Suggested wording: ${inline(suggestion)}  `);
    if (claim.claimant) lines.push(`Claimant: ${inline(claim.claimant)}  `);
    if (claim.verdict) {
      lines.push(`**Verdict: ${inline(claim.verdict.label)}**${countsTowardScore(claim.verdict.credibility) ? ` (${claim.verdict.value} on ${claim.verdict.worst}–${claim.verdict.best})` : ""}`, "", escape(claim.verdict.rationale.trim()));
    } else {
      lines.push("_No final verdict yet._");
    }
    if (claim.sources.length) {
      lines.push("", "Sources:");
      for (const source of claim.sources) lines.push(`- ${source.stance}: [${inline(source.title ?? source.url)}](${linkTarget(source.url)})${source.publisher ? `, ${inline(source.publisher)}` : ""}`);
    }
    lines.push("");
  });
  if (footer) lines.push(markdownFooter(report.organization.name, report.generatedAt));
  return lines.join("\n");
}

export function markdownFooter(organization: string, generatedAt: string): string {
  return `---\nReport by ${inline(organization)}, generated ${generatedAt.slice(0, 10)}.\n`;
}
