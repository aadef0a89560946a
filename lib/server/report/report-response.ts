import { forReaders, type Report } from "@/lib/domain/report/report-types";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import type { ReportFormat, ReportQuery } from "@/lib/validations/report";
import { articleReportPdf } from "./article-report-pdf";
import { PDF_MAX_CLAIMS, renderPdfInWorker } from "./render-pdf-in-worker";
import { asciiSlug } from "@/lib/domain/text/ascii-slug";
import { piecesStream } from "@/lib/server/http/pieces-stream";
import { articleReportPieces, type TextFormat } from "./report-pieces";
import { loadArticleReport } from "./load-article-report";

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

/** A text download; `onDone` once it is written (or failed, or the client went). */
export function reportResponse({ report, query, onDone = () => {} }: { report: Report; query: ReportQuery & { format: TextFormat }; onDone?: () => void }): Response {
  // Text in pieces (report-pieces.ts), a turn of the event loop between them: an article of tens of
  // thousands of claims does not hold the thread while other clients wait.
  return new Response(piecesStream(articleReportPieces(report, query.format, query.bom), onDone), { headers: downloadHeaders(report.article.title, query.format) });
}

/** An article's PDF: its report is read only once a render thread is free for it (see renderPdfInWorker). */
export async function articlePdfResponse({ actor, articleId, claimIds }: { actor: Actor; articleId: string; claimIds?: string[] }): Promise<Response> {
  // An unknown article is 404 at once, not after waiting for a render thread (re-probe of stop 40: 503s and slow 404s).
  authorize(actor, "article.read");
  if (!isUuid(articleId) || !(await db.article.count({ where: { id: articleId, teamId: actor.teamId } }))) throw notFound("The article");
  let title = "";
  const pdf = await renderPdfInWorker(async () => {
    const report = await loadArticleReport({ actor, articleId, claimIds });
    // As for an outlet: a PDF of 30,000 claims took a render worker for a minute and more (probe of stop 34).
    const claims = forReaders(report).claims.length;
    if (claims > PDF_MAX_CLAIMS) {
      throw new AppError("INVALID_INPUT", `An article PDF is limited to ${PDF_MAX_CLAIMS.toLocaleString("en")} claims and this article has ${claims.toLocaleString("en")}. Export CSV or JSON, or a PDF of selected claims.`);
    }
    title = report.article.title;
    return articleReportPdf({ teamId: actor.teamId, report });
  });
  return new Response(new Uint8Array(pdf), { headers: downloadHeaders(title, "pdf") });
}
