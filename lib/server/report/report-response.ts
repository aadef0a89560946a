import { forReaders, type Report } from "@/lib/domain/report/report-types";
import { AppError } from "@/lib/server/errors";
import type { ReportFormat, ReportQuery } from "@/lib/validations/report";
import { articleReportPdf } from "./article-report-pdf";
import { PDF_MAX_CLAIMS, renderPdfInWorker } from "./render-pdf-in-worker";
import { asciiSlug } from "@/lib/domain/text/ascii-slug";
import { piecesStream } from "@/lib/server/http/pieces-stream";
import { articleReportPieces, type TextFormat } from "./report-pieces";

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

/** A report's whole text (what the download streams in pieces). */
export function renderReport(report: Report, format: TextFormat, bom = false): string {
  return [...articleReportPieces(report, format, bom)].join("");
}

/** The download; `onDone` once it is written (or failed, or the client went). */
export async function reportResponse({ teamId, report, query, onDone = () => {} }: { teamId: string; report: Report; query: ReportQuery; onDone?: () => void }): Promise<Response> {
  // Text in pieces (report-pieces.ts), a turn of the event loop between them: an article of tens of
  // thousands of claims does not hold the thread while other clients wait.
  if (query.format !== "pdf") return new Response(piecesStream(articleReportPieces(report, query.format, query.bom), onDone), { headers: downloadHeaders(report.article.title, query.format) });
  try {
    // As for an outlet: a PDF of 30,000 claims took a render worker for a minute and more (probe of stop 34).
    const claims = forReaders(report).claims.length;
    if (claims > PDF_MAX_CLAIMS) {
      throw new AppError("INVALID_INPUT", `An article PDF is limited to ${PDF_MAX_CLAIMS.toLocaleString("en")} claims and this article has ${claims.toLocaleString("en")}. Export CSV or JSON, or a PDF of selected claims.`);
    }
    return new Response(new Uint8Array(await renderPdfInWorker(await articleReportPdf({ teamId, report }))), { headers: downloadHeaders(report.article.title, query.format) });
  } finally {
    onDone();
  }
}
