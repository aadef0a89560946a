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
  const scaleIds = await scalesOfFinalVerdicts(report.claims.filter((claim) => claim.verdict).map((claim) => claim.id), teamId);
  const levels = await publishedLevels({ teamId, scaleIds, language: report.article.language });
  return { ...articlePdf(report), notes: factCheckNotes({ language: report.article.language, credibility: report.credibility, levels }), suggestions: true };
}

/** The rating scales (versions) the claims' final verdicts were given on, for the method's list of levels. */
export async function scalesOfFinalVerdicts(claimIds: string[], teamId?: string): Promise<string[]> {
  const verdicts = await db.finalVerdict.findMany({
    where: { claimId: { in: claimIds }, reopenedAt: null, ...(teamId && { claim: { teamId } }) },
    select: { level: { select: { scaleId: true } } },
  });
  return [...new Set(verdicts.map((verdict) => verdict.level.scaleId))];
}
