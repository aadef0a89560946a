import { othersVerdictsHidden } from "@/lib/domain/workflow/blind-review";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { Prisma } from "@/lib/server/db/client";
import { rawRows } from "@/lib/server/db/raw-rows";
import { notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";
import { teamSettings } from "@/lib/validations/team";
import type { finalVerdictFields, verdictFields } from "./verdict-fields";

type ReviewerVerdict = Prisma.VerdictGetPayload<{ select: typeof verdictFields }>;
type FinalVerdict = Prisma.FinalVerdictGetPayload<{ select: typeof finalVerdictFields }>;

const levelJson = (alias: string) =>
  Prisma.raw(`json_build_object('id', ${alias}.id, 'key', ${alias}.key, 'labelEn', ${alias}."labelEn", 'labelDe', ${alias}."labelDe", 'color', ${alias}.color, 'value', ${alias}.value, 'credibility', ${alias}.credibility)`);
const personJson = (alias: string) => Prisma.raw(`json_build_object('id', ${alias}.id, 'name', ${alias}.name)`);

/**
 * Reviewers' verdicts and the final verdicts of the actor's team's claim, with the team's settings,
 * in one SQL query (one round trip instead of four: the team check, then Prisma's verdicts and final
 * verdicts, each with its relations). The fields, types and key order are those of verdictFields and
 * finalVerdictFields; a test keeps them equal to the Prisma queries they replace.
 */
async function readVerdicts(teamId: string, claimId: string) {
  const [row] = await rawRows<{ settings: Prisma.JsonValue; verdicts: ReviewerVerdict[]; finals: FinalVerdict[] }>(Prisma.sql`
    SELECT t.settings,
      COALESCE((SELECT json_agg(json_build_object('id', v.id, 'claimId', v."claimId", 'rationale', v.rationale, 'confidence', v.confidence,
                  'submittedAt', v."submittedAt", 'updatedAt', v."updatedAt", 'reviewer', ${personJson("u")}, 'level', ${levelJson("l")}) ORDER BY v."submittedAt")
                FROM "Verdict" v JOIN "User" u ON u.id = v."reviewerId" JOIN "RatingLevel" l ON l.id = v."levelId"
                WHERE v."claimId" = c.id), '[]') AS verdicts,
      COALESCE((SELECT json_agg(json_build_object('id', f.id, 'claimId', f."claimId", 'rationale', f.rationale, 'decidedAt', f."decidedAt",
                  'reopenedAt', f."reopenedAt", 'reopenReason', f."reopenReason", 'decidedBy', ${personJson("d")},
                  'reopenedBy', CASE WHEN r.id IS NULL THEN NULL ELSE ${personJson("r")} END, 'level', ${levelJson("l")}) ORDER BY f."decidedAt" DESC)
                FROM "FinalVerdict" f JOIN "User" d ON d.id = f."decidedById" LEFT JOIN "User" r ON r.id = f."reopenedById"
                JOIN "RatingLevel" l ON l.id = f."levelId"
                WHERE f."claimId" = c.id), '[]') AS finals
    FROM "Claim" c JOIN "Team" t ON t.id = c."teamId"
    WHERE c.id = ${claimId}::uuid AND c."teamId" = ${teamId}::uuid`);
  if (!row) return null;
  // Inside JSON the timestamps arrive as text ("2026-12-01T19:30:55.123", UTC without a zone).
  for (const verdict of row.verdicts) {
    verdict.submittedAt = utc(verdict.submittedAt);
    verdict.updatedAt = utc(verdict.updatedAt);
  }
  for (const final of row.finals) {
    final.decidedAt = utc(final.decidedAt);
    final.reopenedAt = final.reopenedAt === null ? null : utc(final.reopenedAt);
  }
  return row;
}

const utc = (value: Date | string) => new Date(`${value as string}Z`);

/**
 * Reviewers' verdicts and the final verdict (current and reopened ones) of a claim. Where blind review
 * hides the others' verdicts (othersVerdictsHidden), the reader sees only how many there are.
 */
export async function listVerdicts({ actor, claimId }: { actor: Actor; claimId: string }) {
  authorize(actor, "article.read");
  // Found only if the claim is the team's: nothing of another team's claim is read into the answer.
  const found = isUuid(claimId) ? await readVerdicts(actor.teamId, claimId) : null;
  if (!found) throw notFound("The claim");
  const { verdicts, finals } = found;
  const own = verdicts.find((verdict) => verdict.reviewer.id === actor.userId) ?? null;
  const final = finals.find((candidate) => candidate.reopenedAt === null) ?? null;
  const blind = othersVerdictsHidden({
    blindReview: teamSettings.parse(found.settings).blindReview,
    role: actor.role,
    hasOwnVerdict: own !== null,
    hasFinalVerdict: final !== null,
  });
  return {
    own,
    others: blind ? [] : verdicts.filter((verdict) => verdict !== own),
    hiddenCount: blind ? verdicts.length : 0,
    final,
    reopened: finals.filter((final) => final.reopenedAt !== null),
  };
}

export type ClaimVerdicts = Awaited<ReturnType<typeof listVerdicts>>;
