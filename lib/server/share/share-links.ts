import { randomBytes } from "node:crypto";
import { recordActivity } from "@/lib/server/activity/record-activity";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { hashSecret } from "@/lib/server/auth/secret-token";
import { appOrigin } from "@/lib/server/http/app-origin";
import { db } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors";
import type { CreateShareLinkInput } from "@/lib/validations/report";
import { isUuid } from "@/lib/validations/id";

// A link's token exists only in the answer to its creation; the table keeps its SHA-256.
export const linkFields = { id: true, articleId: true, showReviewerNames: true, noindex: true, claimIds: true, createdAt: true, revokedAt: true, createdBy: { select: { name: true } } } as const;

/**
 * A new public link to the article's fact-checks (editors and admins); the only answer that carries its
 * token and URL. Only claims with a final verdict can be published: the chosen ones, or all of them.
 */
export async function createShareLink({ actor, articleId, input }: { actor: Actor; articleId: string; input: CreateShareLinkInput }) {
  authorize(actor, "report.share");
  return db.$transaction(async (tx) => {
    const article = isUuid(articleId) ? await tx.article.findFirst({ where: { id: articleId, teamId: actor.teamId }, select: { id: true } }) : null;
    if (!article) throw notFound("The article");
    const claimIds = [...new Set(input.claimIds ?? [])];
    if (claimIds.length) {
      const final = await tx.claim.findMany({
        where: { id: { in: claimIds }, articleId, teamId: actor.teamId, mergedIntoId: null, finalVerdicts: { some: { reopenedAt: null } } },
        select: { id: true },
      });
      if (final.length !== claimIds.length) {
        const ok = new Set(final.map((claim) => claim.id));
        const refused = claimIds.filter((id) => !ok.has(id));
        throw new AppError("INVALID_INPUT", `Only claims of this article with a final verdict can be published; these are not: ${refused.slice(0, 5).join(", ")}${refused.length > 5 ? " …" : ""}.`);
      }
    }
    const token = randomBytes(24).toString("base64url");
    const { showReviewerNames, noindex } = input;
    const link = await tx.shareLink.create({
      data: { teamId: actor.teamId, articleId, tokenHash: hashSecret(token), showReviewerNames, noindex, claimIds, createdById: actor.userId },
      select: linkFields,
    });
    await recordActivity(tx, actor, { action: "report.shared", articleId, after: { shareLinkId: link.id, showReviewerNames, noindex, claims: claimIds.length || "all final" } });
    return { ...link, token, url: publicReportUrl(token) };
  });
}

/** The article's links without their tokens, for the people who may create and revoke them. */
export async function listShareLinks({ actor, articleId }: { actor: Actor; articleId: string }) {
  authorize(actor, "report.share");
  const article = isUuid(articleId) ? await db.article.findFirst({ where: { id: articleId, teamId: actor.teamId }, select: { id: true } }) : null;
  if (!article) throw notFound("The article");
  return db.shareLink.findMany({ where: { teamId: actor.teamId, articleId }, orderBy: { createdAt: "desc" }, select: linkFields });
}

/**
 * Revoking is immediate: the public page answers "not found" from the next request on. Revoking a revoked link changes
 * nothing and writes no history (hostile probe of stop 41: each repeat, and each of several at once, wrote an entry).
 */
export async function revokeShareLink({ actor, id }: { actor: Actor; id: string }) {
  authorize(actor, "report.share");
  return db.$transaction(async (tx) => {
    const link = isUuid(id) ? await tx.shareLink.findFirst({ where: { id, teamId: actor.teamId } }) : null;
    if (!link) throw notFound("The share link");
    const { count } = await tx.shareLink.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 1) await recordActivity(tx, actor, { action: "report.unshared", articleId: link.articleId, before: { shareLinkId: link.id } });
    return tx.shareLink.findUniqueOrThrow({ where: { id }, select: linkFields });
  });
}

/** The article behind a public token, or null for an unknown or revoked link. */
export async function resolveShareLink(token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const link = await db.shareLink.findFirst({
    where: { tokenHash: hashSecret(token), revokedAt: null },
    select: { teamId: true, articleId: true, showReviewerNames: true, noindex: true, claimIds: true, createdAt: true },
  });
  return link && { ...link, token };
}

/** The public address of a shared report: the app's configured URL (never a request's Host header). */
export function publicReportUrl(token: string): string {
  return `${appOrigin()}/r/${token}`;
}
