import path from "node:path";
import PDFDocument from "pdfkit";
import { MIN_COVERAGE, type ArticleCredibility } from "@/lib/domain/credibility/article-credibility";
import { pdfSafeText } from "@/lib/domain/report/pdf-safe-text";
import { reportDate, usefulSuggestion, type Report, type ReportClaim } from "@/lib/domain/report/report-types";

// The PDF report, with DejaVu Sans embedded (it covers German and the typographic quotes news uses;
// licence in fonts/LICENSE-DejaVu.txt): title page with the article summary and score, one section
// per claim with verdict, rationale and sources, page numbers, and a sources appendix.

const FONTS = path.join(process.cwd(), "lib", "server", "report", "fonts");
const MARGIN = 56;

/** What a PDF report shows: one article's claims, or an outlet's articles as one section each. */
export interface PdfReport {
  title: string;
  organization: string;
  language: "de" | "en";
  /** Under the title: outlet, date, address… */
  details: (string | null)[];
  /** The article's opening, when the report is of one article. */
  lead: string | null;
  credibility: ArticleCredibility;
  sections: { heading: string | null; claims: ReportClaim[] }[];
  /** Text sections after the claims (a published fact-check's corrections and method), already in the report's language. */
  notes?: { heading: string; paragraphs: string[] }[];
  /** The engine's suggested wordings, marked as not accepted (the team's own report; never a published one). */
  suggestions?: boolean;
  /** What the check-worthy count is of: one article (the default) or all of an outlet's. */
  scope?: "article" | "outlet";
}

export const articlePdf = (report: Report): PdfReport => ({
  title: report.article.title,
  organization: report.organization.name,
  language: report.article.language,
  details: [report.article.outlet, report.article.publishedAt ? reportDate(report.article.publishedAt, report.article.language) : null, report.article.url],
  lead: report.article.lead,
  credibility: report.credibility,
  sections: [{ heading: null, claims: report.claims }],
});

export function renderPdf(report: PdfReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, bufferPages: true, info: { Title: report.title, Author: report.organization } });
  doc.registerFont("body", path.join(FONTS, "DejaVuSans.ttf"));
  doc.registerFont("bold", path.join(FONTS, "DejaVuSans-Bold.ttf"));
  // Every text goes through pdfSafeText: its line breaking stays fast whatever a page or a rationale holds.
  // (Measured as written too: keeping a block together measures it before it is written.)
  const text = doc.text.bind(doc);
  doc.text = ((value: unknown, ...rest: unknown[]) => (text as (...args: unknown[]) => PDFKit.PDFDocument)(typeof value === "string" ? pdfSafeText(value) : value, ...rest)) as typeof doc.text;
  const height = doc.heightOfString.bind(doc);
  doc.heightOfString = ((value: string, options?: PDFKit.Mixins.TextOptions) => height(pdfSafeText(value), options)) as typeof doc.heightOfString;
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const contentWidth = doc.page.width - 2 * MARGIN;
  const pageHeight = () => doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  /** Starts a new page unless `height` more points fit on this one (a block taller than a page just flows). */
  const keepTogether = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom && height <= pageHeight()) doc.addPage();
  };
  const de = report.language === "de";
  const longDate = new Intl.DateTimeFormat(report.language, { dateStyle: "long", timeZone: "UTC" });
  const date = (iso: string) => longDate.format(new Date(iso));
  const words = de
    ? { report: "Faktencheck-Bericht", score: "Glaubwürdigkeit", notEnough: "Noch nicht genug geprüft", nothingCounts: "Kein Wert: keine endgültige Bewertung sagt etwas über den Wahrheitsgehalt", claims: "Behauptungen", verdict: "Bewertung", open: "Noch keine endgültige Bewertung", sources: "Quellen", appendix: "Alle Quellen", page: "Seite", of: "von", claimant: "Urheber", suggested: "Vorgeschlagene Formulierung (nicht übernommen)", asOf: "Stand", textChanged: "Der Artikel enthält diese Worte nicht mehr (Textänderung); die Bewertung gilt den zitierten Worten.", reviewed: "Geprüft", archived: "archiviert am", coverage: "geprüft", summary: "Zusammenfassung", lead: "Beginn des Artikels", verdicts: "Endgültige Bewertungen", stance: { supports: "stützt", refutes: "widerlegt", context: "Kontext" } as Record<string, string> }
    : { report: "Fact-check report", score: "Credibility", notEnough: "Not enough reviewed yet", nothingCounts: "No score: no final verdict says anything about truth", claims: "Claims", verdict: "Verdict", open: "No final verdict yet", sources: "Sources", appendix: "All sources", page: "Page", of: "of", claimant: "Claimant", suggested: "Suggested wording (not accepted)", asOf: "As of", textChanged: "The article no longer contains these words (a text edit removed them); the verdict rates the words quoted.", reviewed: "Reviewed", archived: "archived", coverage: "reviewed", summary: "Summary", lead: "The article opens", verdicts: "Final verdicts", stance: { supports: "supports", refutes: "refutes", context: "context" } as Record<string, string> };

  // Title page.
  doc.font("body").fontSize(11).fillColor("#475569").text(`${report.organization} · ${words.report}`);
  doc.moveDown(2).font("bold").fontSize(22).fillColor("#0f172a").text(report.title);
  doc.moveDown().font("body").fontSize(11).fillColor("#334155");
  for (const line of report.details) if (line) doc.text(line);
  doc.text(`${words.asOf}: ${date(new Date().toISOString())}`);
  const claims = report.sections.flatMap((section) => section.claims);
  const { credibility } = report;
  doc.moveDown(2).font("bold").fontSize(14).fillColor("#0f172a").text(words.summary);
  doc.font("body").fontSize(10).fillColor("#334155").text(claimCounts(report.language, claims.length, credibility.checkworthy, report.scope));
  const verdictCounts = new Map<string, number>();
  for (const claim of claims) if (claim.verdict) verdictCounts.set(claim.verdict.label, (verdictCounts.get(claim.verdict.label) ?? 0) + 1);
  if (verdictCounts.size) doc.text(`${words.verdicts}: ${[...verdictCounts].map(([label, count]) => `${label}: ${count}`).join(" · ")}`);
  // The article's own opening, quoted and named as such: under "Summary" alone it read as the desk's (walk of stop 34).
  if (report.lead) {
    doc.moveDown(0.5).font("bold").fontSize(10).text(words.lead);
    doc.font("body").fontSize(10).text(report.language === "de" ? `„${report.lead}“` : `“${report.lead}”`);
  }
  doc.moveDown(2).font("bold").fontSize(14).fillColor("#0f172a").text(words.score);
  doc.font("body").fontSize(12).text(
    credibility.state === "scored"
      ? `${credibility.score}/100 (${credibility.range!.low}–${credibility.range!.high})`
      : credibility.coverage >= MIN_COVERAGE
        ? words.nothingCounts
        : words.notEnough,
  );
  doc.fontSize(10).fillColor("#475569").text(`${credibility.reviewed} / ${credibility.checkworthy} ${words.coverage} (${Math.round(credibility.coverage * 100)}${report.language === "de" ? " %" : "%"})`);

  // Claims.
  doc.addPage().font("bold").fontSize(16).fillColor("#0f172a").text(words.claims);
  let index = 0;
  for (const section of report.sections) {
    if (section.heading) doc.moveDown().font("bold").fontSize(13).fillColor("#0f172a").text(section.heading);
    for (const claim of section.claims) writeClaim(claim, index++);
  }
  function writeClaim(claim: ReportClaim, index: number) {
    const heading = `${index + 1}. ${claim.wording ?? claim.text}`;
    // A claim's heading never ends a page: it stays with its verdict.
    doc.font("bold").fontSize(11);
    keepTogether(doc.heightOfString(heading, { width: contentWidth }) + 4 * doc.currentLineHeight(true));
    doc.moveDown().fillColor("#0f172a").text(heading);
    doc.font("body").fontSize(9).fillColor("#475569");
    if (claim.wording) doc.text(de ? `„${claim.text}“` : `“${claim.text}”`);
    if (!claim.inText) doc.fillColor("#92400e").text(words.textChanged).fillColor("#475569");
    const suggestion = report.suggestions ? usefulSuggestion(claim) : null;
    if (suggestion) doc.text(`${words.suggested}: ${suggestion}`);
    if (claim.claimant) doc.text(`${words.claimant}: ${claim.claimant}`);
    if (claim.verdict) {
      doc.font("bold").fontSize(10).fillColor(claim.verdict.color).text(`${words.verdict}: ${claim.verdict.label}`);
      if (claim.verdict.description) doc.font("body").fontSize(9).fillColor("#475569").text(claim.verdict.description);
      doc.font("body").fontSize(10).fillColor("#1e293b").text(claim.verdict.rationale);
      doc.fontSize(8.5).fillColor("#64748b").text(`${words.reviewed}: ${date(claim.verdict.decidedAt)}`);
    } else {
      doc.font("body").fontSize(10).fillColor("#64748b").text(words.open);
    }
    if (claim.sources.length) {
      doc.fontSize(9).fillColor("#334155").text(`${words.sources}: ${claim.sources.map((source) => `${source.title ?? source.url} (${words.stance[source.stance] ?? source.stance}${source.archivedAt ? `, ${words.archived} ${date(source.archivedAt)}` : ""})`).join("; ")}`);
    }
  }

  // Notes: corrections and method. A note that fits on one page is never split (its last line would
  // otherwise spill onto a page of its own); a longer one breaks only between paragraphs.
  for (const note of report.notes ?? []) {
    const heading = () => doc.font("bold").fontSize(13).fillColor("#0f172a");
    const paragraph = () => doc.font("body").fontSize(9.5).fillColor("#1e293b");
    const gap = paragraph().currentLineHeight(true) * 0.4;
    const paragraphHeights = note.paragraphs.map((text) => paragraph().heightOfString(text, { width: contentWidth }) + gap);
    const headingHeight = heading().heightOfString(note.heading, { width: contentWidth }) + 2 * doc.currentLineHeight(true);
    const whole = headingHeight + paragraphHeights.reduce((sum, height) => sum + height, 0);
    keepTogether(whole <= pageHeight() ? whole : headingHeight + (paragraphHeights[0] ?? 0));
    heading().moveDown(2).text(note.heading);
    note.paragraphs.forEach((text, index) => {
      keepTogether(paragraphHeights[index]!);
      paragraph().moveDown(0.4).text(text);
    });
  }

  // Sources appendix.
  const sources = [...new Map(claims.flatMap((claim) => claim.sources).map((source) => [source.url, source])).values()];
  if (sources.length) {
    // After the method on its page when the whole list fits there (walk of stop 45: a page of its own held one line);
    // a list that does not fit starts a page, as before.
    const lines = sources.map((source, index) => `[${index + 1}] ${source.title ?? ""} ${source.publisher ? `(${source.publisher}) ` : ""}${source.url}`);
    doc.font("body").fontSize(9);
    const listHeight = lines.reduce((sum, line) => sum + doc.heightOfString(line, { width: contentWidth }) + doc.currentLineHeight() * 0.5, 0);
    doc.moveDown(2);
    if (doc.y + 40 + listHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.font("bold").fontSize(16).fillColor("#0f172a").text(words.appendix);
    doc.font("body").fontSize(9).fillColor("#1e293b");
    for (const line of lines) doc.moveDown(0.5).text(line);
  }

  // Page numbers, once the page count is known.
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    // Writing into the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc.font("body").fontSize(8).fillColor("#64748b").text(`${words.page} ${page + 1} ${words.of} ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 8, { align: "center", width: doc.page.width - 2 * MARGIN, lineBreak: false });
  }
  doc.end();
  return done;
}

/**
 * The summary's figures with the right plural in the report's language. The report may show fewer
 * claims than the article has (a public fact-check shows only the published ones), while the
 * check-worthy count is the whole article's, so the two figures are said separately.
 */
export function claimCounts(language: "de" | "en", shown: number, checkworthy: number, scope: "article" | "outlet" = "article"): string {
  const plural = new Intl.PluralRules(language);
  const number = new Intl.NumberFormat(language);
  const say = (count: number, forms: { one: string; other: string }) => `${number.format(count)} ${plural.select(count) === "one" ? forms.one : forms.other}`;
  return language === "de"
    ? `${say(shown, { one: "Behauptung", other: "Behauptungen" })} in diesem Bericht · ${say(checkworthy, { one: "prüfwürdige Behauptung", other: "prüfwürdige Behauptungen" })} ${scope === "outlet" ? "in den Artikeln des Mediums" : "im Artikel"}`
    : `${say(shown, { one: "claim", other: "claims" })} in this report · ${say(checkworthy, { one: "check-worthy claim", other: "check-worthy claims" })} ${scope === "outlet" ? "in the outlet's articles" : "in the article"}`;
}
