import { adjacent } from "@/lib/domain/claims/claim-spans";
import { matchText } from "@/lib/domain/text/trigrams";
import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db, type Prisma } from "@/lib/server/db/client";
import { AppError, staleVersion } from "@/lib/server/errors";
import type { MergeClaimsInput } from "@/lib/validations/claim";
import { loadTeamModels } from "@/lib/server/claim-model/load-team-models";
import { claimFields } from "./claim-fields";
import { engineFields } from "./engine-fields";
import { classifyClaimText } from "./extract-units";
import { findTeamClaim } from "./find-team-claim";
import { frozenClaim } from "./frozen-claim";
import { lockArticle } from "./lock-article";
import { renumberClaims } from "./renumber-claims";
import { carryCitations } from "@/lib/server/source/carry-citations";

/**
 * Joins two neighbouring claims of one article into the earlier one, which then spans both. The later
 * claim is kept, excluded and marked as merged (its sources, verdicts and comments stay readable in
 * its history); it no longer shows in lists. Its sources are cited on the joined claim too, since the
 * evidence for its sentence now belongs to the claim that holds it.
 */
export async function mergeClaims({ actor, input }: { actor: Actor; input: MergeClaimsInput }) {
  authorize(actor, "claim.edit");
  // The engine reads the joined text before the transaction (a long one in a worker thread, with no
  // database connection waiting); the transaction checks that the claims still join to that text.
  const read = await mergeable(db, actor, input);
  const unit = await classifyClaimText(read.text, read.a.language, await loadTeamModels(actor.teamId));
  return db.$transaction(async (tx) => {
    await lockArticle(tx, read.a.articleId);
    const { a, b, text } = await mergeable(tx, actor, input);
    if (text !== read.text) throw new AppError("CONFLICT", "The claims changed while they were being merged; try again.");
    const versionOf = (id: string) => input.claims.find((claim) => claim.id === id)!.version;
    const kept = await tx.claim.updateMany({
      where: { id: a.id, version: versionOf(a.id) },
      data: {
        end: b.end,
        text,
        matchText: matchText(a.normalizedText ?? text),
        checkworthy: a.checkworthy || b.checkworthy,
        checkworthiness: Math.max(a.checkworthiness, b.checkworthiness),
        // The joined sentences' wording, claimant and entities (the earlier claim's own covered only its part).
        ...engineFields(unit, { start: a.start, end: b.end }),
        version: { increment: 1 },
        touchedAt: new Date(),
      },
    });
    const absorbed = await tx.claim.updateMany({
      where: { id: b.id, version: versionOf(b.id) },
      data: { mergedIntoId: a.id, status: "excluded", version: { increment: 1 }, touchedAt: new Date() },
    });
    if (kept.count === 0) throw await staleVersion("A claim", () => findTeamClaim(tx, actor, a.id, claimFields));
    if (absorbed.count === 0) throw await staleVersion("A claim", () => findTeamClaim(tx, actor, b.id, claimFields));
    const carriedCitations = await carryCitations(tx, b.id, a.id);
    await renumberClaims(tx, a.articleId);
    await recordActivity(tx, actor, { action: "claim.merged", articleId: a.articleId, claimId: a.id, before: { text: a.text }, after: { text, mergedClaimId: b.id, carriedCitations } });
    await recordActivity(tx, actor, { action: "claim.merged_into", articleId: a.articleId, claimId: b.id, after: { mergedIntoId: a.id } });
    return tx.claim.findUniqueOrThrow({ where: { id: a.id }, select: claimFields });
  });
}

/** The two claims in text order, checked to be mergeable neighbours, and the text they join to. */
async function mergeable(tx: Prisma.TransactionClient, actor: Actor, input: MergeClaimsInput) {
  const select = { ...claimFields, language: true, mergedIntoId: true, article: { select: { body: true, textVersion: true } } };
  const loaded = await Promise.all(input.claims.map((claim) => findTeamClaim(tx, actor, claim.id, select)));
  const [a, b] = loaded.sort((x, y) => x.start - y.start) as [(typeof loaded)[0], (typeof loaded)[0]];
  if (a.id === b.id || a.articleId !== b.articleId) throw new AppError("INVALID_INPUT", "Merge two different claims of the same article.");
  if ([a, b].some((claim) => claim.status === "final")) throw frozenClaim();
  if ([a, b].some((claim) => claim.mergedIntoId || claim.textVersion !== claim.article.textVersion || claim.anchorState === "orphaned")) {
    throw new AppError("CONFLICT", "Only anchored claims that were not merged already can be merged.");
  }
  // Merged into an excluded claim, an open one would end up excluded without anyone deciding so (probe of stop 34).
  if ([a, b].some((claim) => claim.status === "excluded")) throw new AppError("CONFLICT", "An excluded claim cannot be merged; include it again first.");
  // Verdicts were given on one claim's words: joined, they would stand for text nobody rated (as for a split; re-probe of stop 34).
  if (await tx.verdict.count({ where: { claimId: { in: [a.id, b.id] } } })) {
    throw new AppError("CONFLICT", "A claim with verdicts is not merged: they were given on its own words, not on the joined text.");
  }
  const others = await tx.claim.findMany({
    where: { articleId: a.articleId, mergedIntoId: null, id: { notIn: [a.id, b.id] }, anchorState: { not: "orphaned" } },
    select: { start: true, end: true },
  });
  if (!adjacent(a, b, others)) throw new AppError("CONFLICT", "Only neighbouring claims can be merged (another claim lies between them).");
  return { a, b, text: a.article.body.slice(a.start, b.end) };
}

