import type { Language } from "@/lib/domain/claims/types";
import { addedClaimLabels } from "@/lib/domain/claim-model/decisions";
import { insideCharacter, overlaps, trimmedSpan } from "@/lib/domain/claims/claim-spans";
import { matchText } from "@/lib/domain/text/trigrams";
import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db, type Prisma } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors";
import type { CreateClaimInput } from "@/lib/validations/claim";
import { loadTeamModels } from "@/lib/server/claim-model/load-team-models";
import { afterDecisions, recordDecisions } from "@/lib/server/claim-model/record-decisions";
import { claimFields } from "./claim-fields";
import { engineFields } from "./engine-fields";
import { classifyClaimText } from "./extract-units";
import { halfCharacter } from "./half-character";
import { lockArticle } from "./lock-article";
import { renumberClaims } from "./renumber-claims";

/**
 * A claim a reviewer marks in the text. The span must lie in the current text version and not overlap
 * another claim (split that one instead); the engine still explains what it sees in the new claim.
 */
export async function createClaim({ actor, input }: { actor: Actor; input: CreateClaimInput }) {
  authorize(actor, "claim.edit");
  const models = await loadTeamModels(actor.teamId);
  // The engine reads the selection before the transaction: a long one runs in a worker thread, and no
  // database connection waits for it. The transaction checks that the text is still the one read.
  const { article, span, text } = selection(await findArticle(db, actor, input.articleId), input);
  const unit = await classifyClaimText(text, article.language, models);
  let taught: Language | null = null;
  const created = await db.$transaction(async (tx) => {
    // The body of one text version never changes: its version and language are all there is to check again.
    const current = await lockArticle(tx, article.id);
    if (!current) throw notFound("The article");
    if (current.textVersion !== input.textVersion) throw textEdited(current.textVersion);
    if (current.language !== article.language) {
      throw new AppError("CONFLICT", "The article's language was changed meanwhile; select the passage again.");
    }
    const others = await tx.claim.findMany({ where: { articleId: article.id, mergedIntoId: null, anchorState: { not: "orphaned" } }, select: { start: true, end: true } });
    if (others.some((other) => overlaps(other, span))) {
      throw new AppError("CONFLICT", "The selection overlaps an existing claim. Split that claim or select text outside it.");
    }
    const claim = await tx.claim.create({
      data: {
        teamId: actor.teamId,
        articleId: article.id,
        language: article.language,
        textVersion: article.textVersion,
        ...span,
        text,
        normalizedText: input.normalizedText ?? null,
        matchText: matchText(input.normalizedText ?? text),
        kind: unit.kind === "boilerplate" || unit.kind === "other" ? "claim" : unit.kind,
        checkworthiness: unit.checkworthiness,
        // A person chose it: it is worth checking whatever the score says.
        checkworthy: true,
        reasons: ["added by a reviewer", ...unit.reasons],
        ...engineFields(unit, span),
        position: 0,
        origin: "reviewer",
        touchedAt: new Date(),
      },
      select: { id: true },
    });
    await renumberClaims(tx, article.id);
    await recordActivity(tx, actor, { action: "claim.created", articleId: article.id, claimId: claim.id, after: { start: span.start, end: span.end, text } });
    taught = await recordDecisions(tx, actor, { id: claim.id, text, language: article.language }, addedClaimLabels());
    return tx.claim.findUniqueOrThrow({ where: { id: claim.id }, select: claimFields });
  });
  afterDecisions(actor.teamId, [taught]);
  return created;
}

async function findArticle(tx: Prisma.TransactionClient, actor: Actor, id: string) {
  const article = await tx.article.findFirst({ where: { id, teamId: actor.teamId }, select: { id: true, body: true, textVersion: true, language: true } });
  if (!article) throw notFound("The article");
  return article;
}

const textEdited = (textVersion: number) =>
  new AppError("CONFLICT", "The article text was edited since you selected; select the passage again.", { current: { textVersion } });

/** The selected passage of the article's current text, trimmed; the text version is the one selected in. */
function selection(article: Awaited<ReturnType<typeof findArticle>>, input: CreateClaimInput) {
  if (article.textVersion !== input.textVersion) throw textEdited(article.textVersion);
  // Half an emoji or a flag, or a letter without its accent, is no character a person selected.
  if (insideCharacter(article.body, input.start) || insideCharacter(article.body, input.end)) throw halfCharacter();
  const span = input.end <= article.body.length ? trimmedSpan(article.body, input) : null;
  if (!span) throw new AppError("INVALID_INPUT", "Select some text of the article (the offsets are outside it or only whitespace).");
  return { article, span, text: article.body.slice(span.start, span.end) };
}
