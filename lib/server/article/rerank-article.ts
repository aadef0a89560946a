import type { Unit } from "@/lib/domain/claims/types";
import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { loadTeamModels } from "@/lib/server/claim-model/load-team-models";
import { extractUnits } from "@/lib/server/claim/extract-units";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { isUuid } from "@/lib/validations/id";

/**
 * "Re-rank this article": the team's current model scores the article again. Only check-worthiness
 * (score, flag, reasons) of claims nobody has decided on changes — never text or offsets, and never a
 * claim a reviewer touched (switched, excluded, promoted, added, edited, finalised) or that carries a
 * decision label.
 */
export async function rerankArticle({ actor, id }: { actor: Actor; id: string }) {
  authorize(actor, "article.rerank");
  if (!isUuid(id)) throw notFound("The article");
  const article = await db.article.findFirst({
    where: { id, teamId: actor.teamId },
    select: { id: true, body: true, language: true, textVersion: true, publishedAt: true },
  });
  if (!article) throw notFound("The article");
  // The engine runs before the transaction (in the worker pool for long texts), as on import.
  const units = await extractUnits(article.body, article.language, article.publishedAt, await loadTeamModels(actor.teamId));
  const bySpan = new Map<string, Unit>(units.map((unit) => [`${unit.start}:${unit.end}`, unit]));

  return db.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({
      where: { articleId: article.id, teamId: actor.teamId, mergedIntoId: null, textVersion: article.textVersion },
      select: { id: true, start: true, end: true, version: true, status: true, origin: true, touchedAt: true, checkworthiness: true, checkworthy: true, reasons: true, _count: { select: { decisions: true, finalVerdicts: true } } },
    });
    const rows = [];
    let kept = 0;
    for (const claim of claims) {
      if (decided(claim)) {
        kept++;
        continue;
      }
      const unit = bySpan.get(`${claim.start}:${claim.end}`);
      if (!unit) continue;
      const same = unit.checkworthy === claim.checkworthy && unit.checkworthiness === claim.checkworthiness && JSON.stringify(unit.reasons) === JSON.stringify(claim.reasons);
      if (!same) rows.push({ id: claim.id, version: claim.version, checkworthiness: unit.checkworthiness, checkworthy: unit.checkworthy, reasons: unit.reasons });
    }
    // One statement; each row only if nobody changed or decided on the claim since it was read.
    const changed = rows.length
      ? await tx.$executeRaw`
          UPDATE "Claim" c SET checkworthiness = r.checkworthiness, checkworthy = r.checkworthy, reasons = r.reasons,
                 version = c.version + 1, "updatedAt" = now()
          FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id uuid, version int, checkworthiness float8, checkworthy boolean, reasons jsonb)
          WHERE c.id = r.id AND c.version = r.version AND c."teamId" = ${actor.teamId}::uuid AND c.status NOT IN ('final', 'excluded') AND c."touchedAt" IS NULL
            AND NOT EXISTS (SELECT 1 FROM "ClaimDecision" d WHERE d."claimId" = c.id)`
      : 0;
    await recordActivity(tx, actor, { action: "article.reranked", articleId: article.id, after: { changed, kept } });
    return { articleId: article.id, changed, kept, claims: claims.length };
  });
}

/**
 * A reviewer's decision stands: it is never overwritten by the model. Any reviewer action sets
 * `touchedAt`, which also covers switches made before decisions were recorded as labels.
 */
function decided(claim: { status: string; origin: string; touchedAt: Date | null; _count: { decisions: number; finalVerdicts: number } }): boolean {
  if (claim.touchedAt || claim.origin !== "engine") return true;
  return claim.status === "final" || claim.status === "excluded" || claim._count.decisions > 0 || claim._count.finalVerdicts > 0;
}
