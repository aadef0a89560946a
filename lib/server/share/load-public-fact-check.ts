import { levelLabel } from "@/lib/domain/rating/scale-presets";
import { publishedCorrections, type Correction } from "@/lib/domain/report/corrections";
import type { Report } from "@/lib/domain/report/report-types";
import { db } from "@/lib/server/db/client";
import { publishedLevels, type PublishedLevel } from "@/lib/server/rating-scale/published-levels";
import { buildReport } from "@/lib/server/report/load-article-report";
import { publicReportUrl, resolveShareLink } from "./share-links";
import { inHeavyReadTurn } from "@/lib/server/db/heavy-read-turns";

export interface PublicFactCheck {
  /** The link's team: a public PDF is rendered as that team's work. */
  teamId: string;
  /** The article's report with only the published claims. */
  report: Report;
  /** The rating scale the published verdicts use, for the method section. */
  levels: PublishedLevel[];
  corrections: (Correction & { claimText: string })[];
  /** Published claims whose verdict was withdrawn and is being reviewed again. */
  underReview: Record<string, { since: string; reason: string | null }>;
  /** Published claims whose words a later edit of the article removed: the verdict rates the words quoted. */
  textChanged: string[];
  showReviewerNames: boolean;
  noindex: boolean;
}

/**
 * What a public link shows: only claims with a final verdict (the ones the editor chose, or all), plus
 * claims whose published verdict was since withdrawn, so a correction never makes a claim vanish.
 */
export async function loadPublicFactCheck(token: string): Promise<PublicFactCheck | null> {
  const link = await resolveShareLink(token);
  if (!link) return null;
  // In the owning team's turn for heavy reads: the page needs no sign-in (re-probe of stop 43: loops of a large article's
  // public page slowed every other team).
  const report = await inHeavyReadTurn(link.teamId, () => buildReport({ teamId: link.teamId, articleId: link.articleId, reportUrl: publicReportUrl(link.token), withOrphanedFinals: true }));
  const language = report.article.language;
  const records = await db.finalVerdict.findMany({
    where: { claim: { articleId: link.articleId, teamId: link.teamId, mergedIntoId: null } },
    orderBy: { decidedAt: "asc" },
    select: { claimId: true, decidedAt: true, reopenedAt: true, reopenReason: true, ratedText: true, level: { select: { labelEn: true, labelDe: true, scaleId: true } } },
  });
  // Records come oldest first, so the last one per claim is its latest decision.
  const latest = new Map(records.map((record) => [record.claimId, record]));
  const withdrawnWhilePublic = new Set(records.filter((record) => record.reopenedAt && record.reopenedAt >= link.createdAt).map((record) => record.claimId));
  const chosen = link.claimIds.length ? new Set(link.claimIds) : null;
  // A withdrawn claim is work in progress again: the reviewers' new wording, claimant and sources were never published
  // (hostile probe of stop 44: they showed on the page and in its PDF), nor an edit of the article's words since (re-probe).
  // It shows the words its withdrawn verdict rated until its next verdict.
  const claims = report.claims
    .filter((claim) => (!chosen || chosen.has(claim.id)) && (claim.verdict || withdrawnWhilePublic.has(claim.id)))
    .map((claim) => (claim.verdict ? claim : { ...claim, text: latest.get(claim.id)?.ratedText ?? claim.text, wording: null, suggestedWording: null, claimant: null, sources: [] }));
  const published = new Set(claims.map((claim) => claim.id));

  const textOf = new Map(claims.map((claim) => [claim.id, claim.wording ?? claim.text]));
  const corrections = publishedCorrections(
    records.filter((record) => published.has(record.claimId)).map((record) => ({ ...record, label: levelLabel(record.level, language) })),
    link.createdAt,
  ).map((correction) => ({ ...correction, claimText: correction.ratedText ?? textOf.get(correction.claimId)! }));

  const underReview: PublicFactCheck["underReview"] = {};
  for (const claim of claims) {
    const last = latest.get(claim.id);
    if (!claim.verdict && last?.reopenedAt) underReview[claim.id] = { since: last.reopenedAt.toISOString(), reason: last.reopenReason };
  }

  const scaleIds = [...new Set(records.filter((record) => published.has(record.claimId)).map((record) => record.level.scaleId))];
  const levels = await publishedLevels({ teamId: link.teamId, scaleIds, language });

  // A text edit that removed a rated claim's words leaves it orphaned: still published, with a note.
  const orphaned = await db.claim.findMany({ where: { id: { in: [...published] }, anchorState: "orphaned" }, select: { id: true } });
  const textChanged = orphaned.map((claim) => claim.id);

  return { teamId: link.teamId, report: { ...report, claims }, levels, corrections, underReview, textChanged, showReviewerNames: link.showReviewerNames, noindex: link.noindex };
}
