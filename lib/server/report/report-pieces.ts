import { claimReview, claimReviewJson } from "@/lib/domain/report/claimreview";
import { markdownClaims, markdownFooter, markdownHead } from "@/lib/domain/report/render-markdown";
import { forReaders, type Report } from "@/lib/domain/report/report-types";
import type { ReportFormat } from "@/lib/validations/report";
import { ITEMS_PER_PIECE, jsonPieces, placeholder } from "@/lib/server/http/json-stream";
import { BOM, csvHeader, csvRows } from "./report-csv";

// A report's text in pieces of at most ITEMS_PER_PIECE claims, made one at a time as the response is
// read (see pieces-stream.ts): joined, the pieces are exactly the text of the report built whole.

export type TextFormat = Exclude<ReportFormat, "pdf">;

/** [from, to) ranges of at most ITEMS_PER_PIECE over `length` items. */
function* ranges(length: number): Generator<[number, number]> {
  for (let from = 0; from < length; from += ITEMS_PER_PIECE) yield [from, Math.min(length, from + ITEMS_PER_PIECE)];
}

const withClaims = (report: Report, from: number, to: number): Report => ({ ...report, claims: report.claims.slice(from, to) });
const withVerdicts = (report: Report) => report.claims.filter((claim) => claim.verdict);

/** One article's report as a download. */
export function* articleReportPieces(report: Report, format: TextFormat, bom = false): Generator<string> {
  switch (format) {
    case "csv":
      yield (bom ? BOM : "") + csvHeader();
      for (const [from, to] of ranges(report.claims.length)) yield csvRows(withClaims(report, from, to), false);
      return;
    case "md": {
      const read = forReaders(report);
      yield markdownHead(read);
      for (const [from, to] of ranges(read.claims.length)) yield markdownClaims(read, from, to);
      yield markdownFooter(read.organization.name, read.generatedAt, read.article.language);
      return;
    }
    case "json":
      yield* jsonPieces({ ...report, claims: placeholder() }, report.claims, 2);
      return;
    case "claimreview":
      yield* jsonPieces(placeholder(), withVerdicts(report), 2, (claim, indent) => claimReviewJson(claimReview(report, claim), indent));
      return;
  }
}

/**
 * One article of an outlet's report (the outlet's stream writes what goes before, between and after
 * articles): CSV rows without a header, ClaimReview objects of one line each, the article's JSON in one
 * line, its Markdown a heading level down without the last line break and footer. Nothing at all for an
 * article without rows (CSV) or verdicts (ClaimReview). Markdown leaves out excluded claims (forReaders).
 */
export function* outletArticlePieces(report: Report, format: TextFormat, language: "de" | "en" = report.article.language): Generator<string> {
  switch (format) {
    case "csv":
      for (const [from, to] of ranges(report.claims.length)) yield csvRows(withClaims(report, from, to), false);
      return;
    case "claimreview": {
      const claims = withVerdicts(report);
      for (const [from, to] of ranges(claims.length)) yield (from ? ",\n" : "") + claims.slice(from, to).map((claim) => claimReviewJson(claimReview(report, claim))).join(",\n");
      return;
    }
    case "json":
      yield* jsonPieces({ ...report, claims: placeholder() }, report.claims, 0);
      return;
    case "md": {
      // Each piece ends with a line break; the article's last one is the outlet's separator instead.
      const read = forReaders(report);
      let held = markdownHead(read, 2, language);
      for (const [from, to] of ranges(read.claims.length)) {
        yield held;
        held = markdownClaims(read, from, to, 2, language);
      }
      yield held.slice(0, -1);
      return;
    }
  }
}
