import { krippendorffAlpha } from "@/lib/domain/stats/krippendorff-alpha";
import { othersVerdictsHidden } from "@/lib/domain/workflow/blind-review";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db, Prisma } from "@/lib/server/db/client";
import { teamBlindReview } from "@/lib/server/verdict/verdict-visibility";
import type { DashboardQuery } from "@/lib/validations/dashboard";
import { inHeavyReadTurn } from "@/lib/server/db/heavy-read-turns";

/** A percentile of the hours from a claim's import to its final verdict (rows `fv` and `c`). */
const hoursToFinal = (fraction: number) =>
  Prisma.sql`(percentile_cont(${fraction}::float8) WITHIN GROUP (ORDER BY extract(epoch FROM fv."decidedAt" - c."createdAt")) / 3600)::float8`;

interface WeekRow {
  week: Date;
  imported: number;
  finalized: number;
  medianHours: number | null;
}

/**
 * The desk at a glance: claims by workflow status, claims in and final verdicts out per week, how
 * long a claim waits from import to its final verdict, and how far reviewers agree where several rated
 * the same claim (Krippendorff's alpha, ordinal, per rating scale).
 */
export async function getTeamDashboard(options: { actor: Actor; query: DashboardQuery }) {
  authorize(options.actor, "article.read");
  return inHeavyReadTurn(options.actor.teamId, () => readTeamDashboard(options));
}

async function readTeamDashboard({ actor, query }: { actor: Actor; query: DashboardQuery }) {
  const teamId = actor.teamId;
  const [statuses, weeks, waits, ratings, blindReview] = await Promise.all([
    db.claim.groupBy({ by: ["status"], where: { teamId, mergedIntoId: null }, _count: { _all: true } }),
    db.$queryRaw<WeekRow[]>`
      WITH weeks AS (
        SELECT generate_series(date_trunc('week', now()) - make_interval(weeks => ${query.weeks - 1}), date_trunc('week', now()), interval '1 week') AS week
      )
      SELECT w.week,
        (SELECT count(*)::int FROM "Claim" c WHERE c."teamId" = ${teamId}::uuid AND c."mergedIntoId" IS NULL
           AND c."createdAt" >= w.week AND c."createdAt" < w.week + interval '1 week') AS imported,
        f.finalized, f."medianHours"
      FROM weeks w
      LEFT JOIN LATERAL (
        SELECT count(*)::int AS finalized, ${hoursToFinal(0.5)} AS "medianHours"
        FROM "FinalVerdict" fv JOIN "Claim" c ON c.id = fv."claimId"
        WHERE c."teamId" = ${teamId}::uuid AND fv."decidedAt" >= w.week AND fv."decidedAt" < w.week + interval '1 week'
          AND fv."reopenedAt" IS NULL -- a reopened verdict is out of every count, as in the time to a final verdict
      ) f ON true
      ORDER BY w.week`,
    db.$queryRaw<{ decided: number; medianHours: number | null; p90Hours: number | null }[]>`
      SELECT count(*)::int AS decided, ${hoursToFinal(0.5)} AS "medianHours", ${hoursToFinal(0.9)} AS "p90Hours"
      FROM "FinalVerdict" fv JOIN "Claim" c ON c.id = fv."claimId"
      WHERE c."teamId" = ${teamId}::uuid AND fv."reopenedAt" IS NULL`,
    // Only claims with two or more ratings can show agreement; "not checkable"-type levels are not on the ordinal scale.
    db.$queryRaw<RatingRow[]>`
      SELECT "claimId", "reviewerId", scale, value, decided FROM (
        SELECT v."claimId", v."reviewerId", s.name AS scale, l.value, count(*) OVER (PARTITION BY v."claimId") AS raters,
          EXISTS (SELECT 1 FROM "FinalVerdict" fv WHERE fv."claimId" = v."claimId" AND fv."reopenedAt" IS NULL) AS decided
        FROM "Verdict" v
        JOIN "Claim" c ON c.id = v."claimId"
        JOIN "RatingLevel" l ON l.id = v."levelId"
        JOIN "RatingScale" s ON s.id = l."scaleId"
        WHERE c."teamId" = ${teamId}::uuid AND c."mergedIntoId" IS NULL AND l.credibility <> 'not_rated') rated
      WHERE raters >= 2`,
    teamBlindReview(db, teamId),
  ]);
  return {
    statuses: Object.fromEntries(statuses.map((row) => [row.status, row._count._all])) as Record<string, number>,
    weeks: weeks.map((row) => ({ ...row, week: row.week.toISOString().slice(0, 10) })),
    timeToFinal: waits[0] ?? { decided: 0, medianHours: null, p90Hours: null },
    agreement: agreementByScale(visibleRatings(actor, blindReview, ratings)),
  };
}

interface RatingRow {
  claimId: string;
  reviewerId: string;
  scale: string;
  value: number;
  decided: boolean;
}

/** Agreement is computed from other reviewers' levels, so it counts only claims whose verdicts the actor may read. */
function visibleRatings(actor: Actor, blindReview: boolean, ratings: RatingRow[]): RatingRow[] {
  const rated = new Set(ratings.filter((row) => row.reviewerId === actor.userId).map((row) => row.claimId));
  return ratings.filter((row) => !othersVerdictsHidden({ blindReview, role: actor.role, hasOwnVerdict: rated.has(row.claimId), hasFinalVerdict: row.decided }));
}

function agreementByScale(ratings: { claimId: string; scale: string; value: number }[]) {
  const scales = new Map<string, Map<string, number[]>>();
  for (const rating of ratings) {
    const units = scales.get(rating.scale) ?? new Map<string, number[]>();
    units.set(rating.claimId, [...(units.get(rating.claimId) ?? []), rating.value]);
    scales.set(rating.scale, units);
  }
  return [...scales].map(([scale, units]) => ({ scale, ...krippendorffAlpha([...units.values()], "ordinal") }));
}

