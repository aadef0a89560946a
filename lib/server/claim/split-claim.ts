import { insideWord, splitSpan } from "@/lib/domain/claims/claim-spans";
import { splitsCharacter } from "@/lib/domain/text/splits-character";
import { matchText } from "@/lib/domain/text/trigrams";
import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db, type Prisma } from "@/lib/server/db/client";
import { AppError, staleVersion } from "@/lib/server/errors";
import type { SplitClaimInput } from "@/lib/validations/claim";
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
 * Cuts a claim in two at an offset of the article body, between words. The first part keeps the claim
 * (its sources and comments); the second becomes a new claim of the same kind, citing the same sources. A claim
 * with verdicts is not split: they were given on its whole text. The engine
 * reads each part again: a wording, claimant or entity of the whole sentence may lie in the other part.
 */
export async function splitClaim({ actor, id, input }: { actor: Actor; id: string; input: SplitClaimInput }) {
  authorize(actor, "claim.edit");
  const models = await loadTeamModels(actor.teamId);
  // The engine reads both parts before the transaction: a long claim's parts run in a worker thread,
  // and no database connection waits for them. The transaction checks that the claim is unchanged.
  const read = splitParts(await currentVersion(db, actor, id, input), input);
  const [firstUnit, secondUnit] = await Promise.all([classifyClaimText(read.texts[0], read.claim.language, models), classifyClaimText(read.texts[1], read.claim.language, models)]);
  return db.$transaction(async (tx) => {
    await lockArticle(tx, read.claim.articleId);
    const { claim, parts, texts } = splitParts(await currentVersion(tx, actor, id, input), input);
    if (texts.some((text, i) => text !== read.texts[i]) || claim.language !== read.claim.language) {
      throw new AppError("CONFLICT", "The claim changed while it was being split; try again.");
    }
    // Verdicts were given on the whole text: after a split they would stand on words nobody rated (probe of stop 34).
    if (await tx.verdict.count({ where: { claimId: claim.id } })) {
      throw new AppError("CONFLICT", "This claim already has verdicts on its whole text; a split would leave them on only part of it, so it stays whole.");
    }
    const [first, second] = parts;
    const [firstText, secondText] = texts;
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, version: input.version },
      data: {
        ...first,
        text: firstText,
        // The reviewers' wording was written for the whole claim: it fits neither part.
        normalizedText: null,
        matchText: matchText(firstText),
        ...engineFields(firstUnit, first),
        reasons: ["split from a longer claim", ...firstUnit.reasons],
        version: { increment: 1 },
        touchedAt: new Date(),
      },
    });
    if (count === 0) throw await staleVersion("This claim", () => findTeamClaim(tx, actor, id, claimFields));
    const created = await tx.claim.create({
      data: {
        teamId: actor.teamId,
        articleId: claim.articleId,
        language: claim.language,
        textVersion: claim.textVersion,
        ...second,
        text: secondText,
        matchText: matchText(secondText),
        kind: claim.kind,
        checkworthiness: claim.checkworthiness,
        checkworthy: claim.checkworthy,
        ...engineFields(secondUnit, second),
        reasons: ["split from a longer claim", ...secondUnit.reasons],
        position: claim.position + 1,
        origin: "split",
        touchedAt: new Date(),
      },
      select: { id: true },
    });
    const carriedCitations = await carryCitations(tx, claim.id, created.id);
    await renumberClaims(tx, claim.articleId);
    await recordActivity(tx, actor, {
      action: "claim.split",
      articleId: claim.articleId,
      claimId: claim.id,
      before: { text: claim.text, normalizedText: claim.normalizedText },
      after: { text: firstText, newClaimId: created.id, newText: secondText, carriedCitations },
    });
    return {
      first: await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimFields }),
      second: await tx.claim.findUniqueOrThrow({ where: { id: created.id }, select: claimFields }),
    };
  });
}

const splitFields = { ...claimFields, language: true, mergedIntoId: true, article: { select: { body: true, textVersion: true } } } as const;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The claim as split reads it; a stale version is refused first (409 with the current one), whatever else changed. */
async function currentVersion(tx: Prisma.TransactionClient, actor: Actor, id: string, input: SplitClaimInput) {
  const claim = await findTeamClaim(tx, actor, id, splitFields);
  if (claim.version !== input.version) throw await staleVersion("This claim", () => findTeamClaim(tx, actor, id, claimFields));
  return claim;
}

const BETWEEN_WORDS = "Split between two words, not inside a word or a character.";

/** The two parts of an anchored, unfrozen claim cut at a point between words, with their texts. */
function splitParts(claim: Awaited<ReturnType<typeof findTeamClaim<typeof splitFields>>>, input: SplitClaimInput) {
  if (claim.status === "final") throw frozenClaim();
  // A merged-away claim lives on in the one it was merged into; an excluded one would come back as new.
  if (claim.mergedIntoId) throw new AppError("CONFLICT", "This claim was merged into another one; split that one instead.");
  if (claim.status === "excluded") throw new AppError("CONFLICT", "This claim is excluded; include it again before splitting it.");
  if (claim.anchorState === "orphaned" || claim.textVersion !== claim.article.textVersion) {
    throw new AppError("CONFLICT", "This claim is not anchored in the current text, so it cannot be split.");
  }
  const body = claim.article.body;
  // A split point is no selection: the same sentence as inside a word, naming the character.
  if (splitsCharacter(body, input.at)) throw new AppError("INVALID_INPUT", BETWEEN_WORDS, [{ field: "at", message: "Inside a character." }]);
  if (insideWord(body, input.at)) throw new AppError("INVALID_INPUT", BETWEEN_WORDS, [{ field: "at", message: "Inside a word." }]);
  const cut = splitSpan(body, claim, input.at);
  const parts = cut && cut.every((part) => HAS_WORD.test(body.slice(part.start, part.end))) ? cut : null;
  if (!parts) throw new AppError("INVALID_INPUT", "Split inside the claim's text, so that both parts keep some words.", [{ field: "at", message: "Not inside the claim." }]);
  const texts: [string, string] = [body.slice(parts[0].start, parts[0].end), body.slice(parts[1].start, parts[1].end)];
  return { claim, parts, texts };
}
