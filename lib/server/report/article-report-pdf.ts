import { forReaders, type Report } from "@/lib/domain/report/report-types";
import { db } from "@/lib/server/db/client";
import { publishedLevels } from "@/lib/server/rating-scale/published-levels";
import { factCheckNotes } from "./fact-check-notes";
import { articlePdf, type PdfReport } from "./render-pdf";

/**
 * The team's PDF export of an article: its claims plus the method (the scale with its descriptions,
 * which levels do not count, how the score is computed), so it reads like the published PDF.
 */
export async function articleReportPdf({ teamId, report: whole }: { teamId: string; report: Report }): Promise<PdfReport> {
  const report = forReaders(whole);
  const decided = report.claims.filter((claim) => claim.verdict).map((claim) => claim.id);
  const verdicts = await db.finalVerdict.findMany({
    where: { claimId: { in: decided }, reopenedAt: null, claim: { teamId } },
    select: { level: { select: { scaleId: true } } },
  });
  const scaleIds = [...new Set(verdicts.map((verdict) => verdict.level.scaleId))];
  const levels = await publishedLevels({ teamId, scaleIds, language: report.article.language });
  return { ...articlePdf(report), notes: factCheckNotes({ language: report.article.language, credibility: report.credibility, levels }), suggestions: true };
}
