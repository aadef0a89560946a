import { limitStatementTime } from "@/lib/server/db/statement-timeout";
import { outletDomainFromUrl } from "@/lib/domain/article/derive-outlet";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db, type Prisma } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import type { CreateArticleInput } from "@/lib/validations/article";
import type { Language, Unit } from "@/lib/domain/claims/types";
import { isUniqueViolation } from "@/lib/server/db/unique-violation";
import { recordActivity } from "@/lib/server/activity/record-activity";
import { analyseArticleText } from "@/lib/server/claim/extract-units";
import { loadTeamModels } from "@/lib/server/claim-model/load-team-models";
import { extractedClaimRows } from "@/lib/server/claim/extracted-claims";
import { insertClaimRows, claimInsertTimeout } from "@/lib/server/claim/insert-claim-rows";
import { findOrCreateOutlet } from "@/lib/server/outlet/find-or-create-outlet";

export interface CreateArticleOptions {
  actor: Actor;
  input: CreateArticleInput;
}

/** Imports an article (body kept byte for byte), its outlet and the engine's claims in one transaction. */
export async function createArticle({ actor, input }: CreateArticleOptions) {
  authorize(actor, "article.create");
  // The engine runs before the transaction so the database is never held while it works, and in a
  // worker thread for long texts so the server's other requests are not held either.
  // The team's own models (what its reviewers taught) read the text; no other team's ever do.
  const models = await loadTeamModels(actor.teamId);
  // A text too short to tell ("Hallo Welt") is taken to be in the language the importer reads the app in.
  const { language, hash, units } = await analyseArticleText(input.text, input.language, input.publishedAt, models, actor.locale ?? undefined);
  const domain = input.url ? outletDomainFromUrl(input.url) : null;
  const outletName = input.outlet ?? domain;

  // Two imports at once can race on the outlet or the article's unique index: the loser retries
  // once, and then either finds the winner's article (409) or succeeds.
  for (let attempt = 1; ; attempt++) {
    try {
      return await insertArticle(actor, { ...input, language }, units, hash, outletName, domain);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt > 1) throw error;
    }
  }
}

async function insertArticle(
  actor: Actor,
  input: CreateArticleInput & { language: Language },
  units: Unit[],
  hash: string,
  outletName: string | null,
  domain: string | null,
) {
  const timeout = claimInsertTimeout(units.length, input.text.length);
  return db.$transaction(async (tx) => {
    await limitStatementTime(tx, timeout);
    const duplicate = await tx.article.findUnique({
      where: { teamId_contentHash: { teamId: actor.teamId, contentHash: hash } },
      select: { id: true, title: true },
    });
    if (duplicate) throw duplicateError(duplicate);

    const outlet = outletName ? await findOrCreateOutlet(tx, actor.teamId, outletName, domain) : null;
    const article = await tx.article.create({
      data: {
        teamId: actor.teamId,
        outletId: outlet?.id ?? null,
        title: input.title,
        body: input.text,
        sourceUrl: input.url ?? null,
        language: input.language,
        publishedAt: input.publishedAt ?? null,
        contentHash: hash,
        importedById: actor.userId,
        extractedAt: new Date(),
      },
      select: { id: true, title: true, language: true, importedAt: true, outletId: true, textVersion: true },
    });
    const count = await insertClaimRows(tx, extractedClaimRows({ ...article, teamId: actor.teamId, body: input.text }, units));
    await recordActivity(tx, actor, { action: "article.imported", articleId: article.id, after: { title: input.title, claims: count } });
    const { textVersion: _version, ...created } = article;
    return { ...created, claimCount: count };
  }, { timeout });
}

function duplicateError(existing: { id: string; title: string }): AppError {
  return new AppError("CONFLICT", `This text was already imported as "${existing.title}".`, {
    articleId: existing.id,
  });
}
