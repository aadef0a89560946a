import { stringify } from "csv-stringify/sync";
import { claimReviews } from "@/lib/domain/report/claimreview";
import { renderMarkdown } from "@/lib/domain/report/render-markdown";
import { CSV_COLUMNS, reportRows } from "@/lib/domain/report/report-rows";
import type { Report } from "@/lib/domain/report/report-types";
import type { ReportQuery } from "@/lib/validations/report";
import { renderPdf } from "./render-pdf";

const TYPES = {
  claimreview: ["application/ld+json; charset=utf-8", "claimreview.jsonld"],
  json: ["application/json; charset=utf-8", "report.json"],
  md: ["text/markdown; charset=utf-8", "report.md"],
  csv: ["text/csv; charset=utf-8", "report.csv"],
  pdf: ["application/pdf", "report.pdf"],
} as const;

/** A file name people recognise: the article title, folded to ASCII. */
export function fileStem(title: string): string {
  const german: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss" };
  const stem = title
    .replace(/[äöüÄÖÜß]/g, (char) => german[char]!)
    .normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
  return stem.slice(0, 60) || "report";
}

export function renderReport(report: Report, format: Exclude<ReportQuery["format"], "pdf">, bom = false): string {
  switch (format) {
    case "claimreview":
      return JSON.stringify(claimReviews(report), null, 2);
    case "json":
      return JSON.stringify(report, null, 2);
    case "md":
      return renderMarkdown(report);
    case "csv":
      // RFC 4180: CRLF line ends, quotes doubled, every field that needs it quoted.
      return (bom ? "\uFEFF" : "") + stringify(reportRows(report), { header: true, columns: [...CSV_COLUMNS], record_delimiter: "\r\n" });
  }
}

export async function reportResponse(report: Report, query: ReportQuery): Promise<Response> {
  const [type, suffix] = TYPES[query.format];
  const name = `${fileStem(report.article.title)}-${suffix}`;
  const body = query.format === "pdf" ? new Uint8Array(await renderPdf(report)) : renderReport(report, query.format, query.bom);
  return new Response(body, {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "no-store",
    },
  });
}
