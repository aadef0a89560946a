import type { Report } from "./report-types";

// Markdown with every piece of user text escaped, so a claim containing "*" or "[" reads as written.
const escape = (text: string) => text.replace(/([\\`*_{}[\]()#+\-.!|>])/g, "\\$1");
const inline = (text: string) => escape(text.replace(/\s+/g, " ").trim());

export function renderMarkdown(report: Report): string {
  const { article, credibility } = report;
  const lines = [`# ${inline(article.title)}`, ""];
  const meta = [article.outlet && `Outlet: ${inline(article.outlet)}`, article.publishedAt && `Published: ${article.publishedAt.slice(0, 10)}`, article.url && `Source: <${article.url}>`];
  lines.push(...meta.filter(Boolean).map((line) => `- ${line}`), "");
  lines.push("## Credibility", "");
  if (credibility.state === "scored") {
    lines.push(`Score **${credibility.score}/100** (range ${credibility.range!.low}–${credibility.range!.high}), ${Math.round(credibility.coverage * 100)} % of check-worthy claims reviewed.`);
  } else {
    lines.push(`Not enough reviewed yet: ${credibility.reviewed} of ${credibility.checkworthy} check-worthy claims have a final verdict.`);
  }
  lines.push("", "## Claims", "");
  report.claims.forEach((claim, index) => {
    lines.push(`### ${index + 1}. ${inline(claim.wording ?? claim.text)}`, "");
    if (claim.wording) lines.push(`> ${inline(claim.text)}`, "");
    if (claim.claimant) lines.push(`Claimant: ${inline(claim.claimant)}  `);
    if (claim.verdict) {
      lines.push(`**Verdict: ${inline(claim.verdict.label)}** (${claim.verdict.value} on ${claim.verdict.worst}–${claim.verdict.best})`, "", escape(claim.verdict.rationale.trim()));
    } else {
      lines.push("_No final verdict yet._");
    }
    if (claim.sources.length) {
      lines.push("", "Sources:");
      for (const source of claim.sources) lines.push(`- ${source.stance}: [${inline(source.title ?? source.url)}](<${source.url}>)${source.publisher ? `, ${inline(source.publisher)}` : ""}`);
    }
    lines.push("");
  });
  lines.push(`---`, `Report by ${inline(report.organization.name)}, generated ${report.generatedAt.slice(0, 10)}.`, "");
  return lines.join("\n");
}
