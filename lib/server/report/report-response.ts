import { stringify } from "csv-stringify/sync";
import { claimReviewJson, claimReviews } from "@/lib/domain/report/claimreview";
import { renderMarkdown } from "@/lib/domain/report/render-markdown";
import { CSV_COLUMNS, reportRows } from "@/lib/domain/report/report-rows";
import type { Report } from "@/lib/domain/report/report-types";
import type { ReportFormat, ReportQuery } from "@/lib/validations/report";
import { articleReportPdf } from "./article-report-pdf";
import { renderPdfInWorker } from "./render-pdf-in-worker";
import { asciiSlug } from "@/lib/domain/text/ascii-slug";
import { jsonStream, placeholder } from "@/lib/server/http/json-stream";

const TYPES = {
  claimreview: ["application/ld+json; charset=utf-8", "claimreview.jsonld"],
  json: ["application/json; charset=utf-8", "report.json"],
  md: ["text/markdown; charset=utf-8", "report.md"],
  csv: ["text/csv; charset=utf-8", "report.csv"],
  pdf: ["application/pdf", "report.pdf"],
} as const;

/** A file name people recognise: the article title, folded to ASCII. */
export function fileStem(title: string): string {
  return asciiSlug(title).slice(0, 60) || "report";
}

/** Content type and a download file name ("<title>-report.csv") for a report format. */
export function downloadHeaders(title: string, format: ReportFormat): HeadersInit {
  const [type, suffix] = TYPES[format];
  const name = `${fileStem(title)}-${suffix}`;
  return {
    "content-type": type,
    "content-disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "cache-control": "no-store",
  };
}

// RFC 4180: CRLF line ends, quotes doubled, every field that needs it quoted. Cells that a spreadsheet
// would run as a formula (=, +, -, @, tab, CR first; OWASP's CSV injection advice) get a leading quote.
const CSV_OPTIONS = { columns: [...CSV_COLUMNS], record_delimiter: "\r\n", escape_formulas: true };

export const csvRows = (report: Report, header: boolean) => stringify(reportRows(report), { ...CSV_OPTIONS, header });

export const csvHeader = () => stringify([], { ...CSV_OPTIONS, header: true });

/** Starts a CSV so spreadsheet programs read it as UTF-8. */
export const BOM = "\uFEFF";

export function renderReport(report: Report, format: Exclude<ReportFormat, "pdf">, bom = false): string {
  switch (format) {
    case "claimreview":
      return claimReviewJson(claimReviews(report), 2);
    case "json":
      return JSON.stringify(report, null, 2);
    case "md":
      return renderMarkdown(report);
    case "csv":
      return (bom ? BOM : "") + csvRows(report, true);
  }
}

export async function reportResponse({ teamId, report, query }: { teamId: string; report: Report; query: ReportQuery }): Promise<Response> {
  // JSON in pieces (json-stream.ts): the same text as renderReport's, without holding the thread for it.
  const body =
    query.format === "pdf" ? new Uint8Array(await renderPdfInWorker(await articleReportPdf({ teamId, report })))
    : query.format === "json" ? jsonStream({ ...report, claims: placeholder() }, report.claims, 2)
    : renderReport(report, query.format, query.bom);
  return new Response(body, { headers: downloadHeaders(report.article.title, query.format) });
}
