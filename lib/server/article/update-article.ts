import { limitStatementTime } from "@/lib/server/db/statement-timeout";
import { unitsBesideKept } from "@/lib/domain/claims/plan-reextraction";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { recordActivity } from "@/lib/server/activity/record-activity";
import { claimRow } from "@/lib/server/claim/extracted-claims";
import { extractUnits } from "@/lib/server/claim/extract-units";
import { loadTeamModels } from "@/lib/server/claim-model/load-team-models";
import { claimInsertTimeout, insertClaimRows } from "@/lib/server/claim/insert-claim-rows";
import { fieldsAfterReanchoring } from "@/lib/domain/claims/reanchor";
import type { Entity, Unit } from "@/lib/domain/claims/types";
import { renumberClaims } from "@/lib/server/claim/renumber-claims";
import { db, type Prisma } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { AppError, notFound, staleVersion } from "@/lib/server/errors";
import type { UpdateArticleInput } from "@/lib/validations/article";
import { isUuid } from "@/lib/validations/id";
import { matchText } from "@/lib/domain/text/trigrams";
import { env } from "@/lib/server/env";
import { contentHash } from "./content-hash";
import { reanchorsOffThread, reanchorReviewedClaims } from "./reanchor-reviewed-claims";

export interface UpdateArticleOptions {
  actor: Actor;
  id: string;
  input: UpdateArticleInput;
}

type Tx = Prisma.TransactionClient;

/**
 * Edits an article's title and/or text. A new text is re-extracted in the same transaction: claims a
 * reviewer has touched are kept and re-anchored (exact text first, then the most similar sentence) or
 * flagged as orphaned, never deleted; untouched claims are replaced by the engine's fresh ones.
 */
export async function updateArticle({ actor, id, input }: UpdateArticleOptions) {
  authorize(actor, "article.edit");
  if (!isUuid(id)) throw notFound("The article");

  const current = await db.article.findFirst({
    where: { id, teamId: actor.teamId },
    select: { id: true, title: true, body: true, language: true, publishedAt: true, version: true, textVersion: true, updatedAt: true },
  });
  if (!current) throw notFound("The article");
  const textChanged = input.text !== undefined && input.text !== current.body;
  // The engine runs before the transaction; the version check inside it makes this safe.
  // Long texts are analysed in a worker thread (see extractUnits).
  const units = textChanged ? await extractUnits(input.text!, current.language, current.publishedAt, await loadTeamModels(actor.teamId)) : [];

  try {
    // Re-anchoring a long text runs in a worker thread inside the transaction: it may take the worker's time limit.
    const reanchoring = textChanged && reanchorsOffThread(current.body, input.text!) ? env().FACTDESK_WORKER_TIMEOUT_MS : 0;
    const timeout = claimInsertTimeout(units.length, textChanged ? input.text!.length : 0) + reanchoring;
    return await db.$transaction(async (tx) => {
      await limitStatementTime(tx, timeout);
      const { count } = await tx.article.updateMany({
        where: { id, teamId: actor.teamId, version: input.version },
        data: {
          version: { increment: 1 },
          ...(input.title !== undefined && { title: input.title }),
          ...(textChanged && {
            body: input.text,
            contentHash: contentHash(input.text!),
            textVersion: { increment: 1 },
            extractedAt: new Date(),
          }),
        },
      });
      if (count === 0) throw await staleVersion("This article", () =>
          tx.article.findFirst({ where: { id, teamId: actor.teamId }, select: { id: true, title: true, language: true, version: true, textVersion: true, updatedAt: true } }),
        );
      const claims = textChanged ? await reextract(tx, { ...current, teamId: actor.teamId }, input.text!, units) : null;
      await recordActivity(tx, actor, {
        action: "article.updated",
        articleId: id,
        before: { title: current.title, textVersion: current.textVersion },
        after: { title: input.title ?? current.title, textVersion: current.textVersion + (textChanged ? 1 : 0), ...(claims && { claims }) },
      });
      const article = await tx.article.findUniqueOrThrow({
        where: { id },
        select: { id: true, title: true, version: true, textVersion: true, updatedAt: true },
      });
      return { ...article, claims };
    }, { timeout });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Another article of your team already has exactly this text.");
    }
    throw error;
  }
}

// Review work that keeps a claim through a text edit: anything a person did to it (touchedAt), and,
// for claims from before comments counted as touching, its comments, sources and verdicts.
const UNTOUCHED = { touchedAt: null, comments: { none: {} }, citations: { none: {} }, verdicts: { none: {} }, finalVerdicts: { none: {} } } satisfies Prisma.ClaimWhereInput;
function hasReviewWork(claim: { touchedAt: Date | null; _count: { comments: number; citations: number; verdicts: number; finalVerdicts: number } }): boolean {
  const { comments, citations, verdicts, finalVerdicts } = claim._count;
  return claim.touchedAt !== null || comments + citations + verdicts + finalVerdicts > 0;
}

async function reextract(
  tx: Tx,
  article: { id: string; teamId: string; body: string; language: "de" | "en"; textVersion: number },
  newText: string,
  units: Unit[],
) {
  const textVersion = article.textVersion + 1;
  const existing = await tx.claim.findMany({
    where: { articleId: article.id },
    select: {
      id: true, start: true, end: true, text: true, normalizedText: true, touchedAt: true, anchorState: true, mergedIntoId: true, status: true,
      claimantText: true, claimantStart: true, claimantEnd: true, entities: true, suggestedWording: true,
      _count: { select: { comments: true, citations: true, verdicts: true, finalVerdicts: true } },
    },
  });
  // Orphans from an earlier edit get another chance against the new text.
  // Merged-away claims keep their old span; they are history, not text to find again.
  const touched = existing.filter((claim) => hasReviewWork(claim) && claim.mergedIntoId === null);
  const removed = await tx.claim.deleteMany({ where: { articleId: article.id, ...UNTOUCHED } });
  // A claim with a final verdict keeps the words it was rated on: found only verbatim, never in a
  // reworded sentence (that would publish the verdict on words nobody rated); else it is orphaned.
  const kept = await reanchorReviewedClaims(touched.map((claim) => ({ ...claim, exactOnly: claim.status === "final" })), article.body, newText, units);
  const plan = { kept, added: unitsBesideKept(kept, units) };
  const touchedById = new Map(touched.map((claim) => [claim.id, claim]));
  const unitsByStart = new Map(units.map((unit) => [unit.start, unit]));

  for (const result of plan.kept) {
    const claim = touchedById.get(result.id)!;
    if (result.state === "orphaned") {
      // Already orphaned: nothing about it changes, and a form someone has open stays current.
      if (claim.anchorState !== "orphaned") await tx.claim.update({ where: { id: claim.id }, data: { anchorState: "orphaned", version: { increment: 1 } } });
      continue;
    }
    const text = newText.slice(result.start, result.end);
    const fields = fieldsAfterReanchoring({ ...claim, entities: claim.entities as unknown as Entity[] }, result, unitsByStart);
    // "Re-anchored: check the wording" stays until a reviewer saves the claim's wording: a later edit
    // elsewhere finds the claim verbatim, but nobody has checked it yet.
    const state = result.state === "ok" && claim.anchorState === "reanchored" ? "reanchored" : result.state;
    // Same place, same words: only the text version moves on (a form someone has open stays current).
    const moved = result.start !== claim.start || result.end !== claim.end || text !== claim.text || state !== claim.anchorState;
    await tx.claim.update({
      where: { id: claim.id },
      data: {
        start: result.start,
        end: result.end,
        text,
        textVersion,
        ...fields,
        entities: fields.entities.map(({ type, text: entityText, start, end }) => ({ type, text: entityText, start, end })),
        anchorState: state,
        matchText: matchText(claim.normalizedText ?? text),
        ...(moved && { version: { increment: 1 } }),
      },
    });
  }
  const fresh = { ...article, body: newText, textVersion };
  // A sentence the edit left as it was keeps its claim's id, so links to it (pasted into chats and tickets) still
  // open it (walk of stop 35: a typo fix elsewhere gave every untouched claim a new address).
  const reusable = new Map<string, string[]>();
  for (const claim of existing) {
    if (hasReviewWork(claim) || claim.mergedIntoId !== null) continue;
    const ids = reusable.get(claim.text);
    if (ids) ids.push(claim.id);
    else reusable.set(claim.text, [claim.id]);
  }
  await insertClaimRows(tx, plan.added.map((unit) => ({ ...claimRow(fresh, unit, 0), id: reusable.get(newText.slice(unit.start, unit.end))?.shift() })));
  await renumberClaims(tx, article.id);

  const count = (state: string) => plan.kept.filter((result) => result.state === state).length;
  return { added: plan.added.length, removed: removed.count, kept: count("ok"), reanchored: count("reanchored"), orphaned: count("orphaned") };
}
