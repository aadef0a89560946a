import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { REVIEWER_VERDICT_ACTIONS } from "@/lib/domain/workflow/blind-review";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
import { claimsWithHiddenVerdicts } from "@/lib/server/verdict/verdict-visibility";
import { isUuid } from "@/lib/validations/id";

const activityFields = {
  id: true,
  action: true,
  articleId: true,
  claimId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { id: true, name: true } },
} as const;

/**
 * The history of one claim or one article (its claims included), newest first. Other reviewers'
 * verdicts that blind review hides from the actor keep their entry (who, when) but lose their content.
 */
export async function listActivity({ actor, claimId, articleId, limit = 200 }: { actor: Actor; claimId?: string; articleId?: string; limit?: number }) {
  authorize(actor, "article.read");
  const id = claimId ?? articleId;
  if (!id || !isUuid(id)) throw notFound(claimId ? "The claim" : "The article");
  const owner = claimId
    ? await db.claim.findFirst({ where: { id, teamId: actor.teamId }, select: { id: true } })
    : await db.article.findFirst({ where: { id, teamId: actor.teamId }, select: { id: true } });
  if (!owner) throw notFound(claimId ? "The claim" : "The article");
  const entries = await db.activity.findMany({
    where: { teamId: actor.teamId, ...(claimId ? { claimId } : { articleId }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: activityFields,
  });
  const othersVerdict = (entry: (typeof entries)[number]) =>
    REVIEWER_VERDICT_ACTIONS.includes(entry.action) && entry.claimId !== null && entry.actor?.id !== actor.userId;
  const hidden = await claimsWithHiddenVerdicts(db, actor, entries.filter(othersVerdict).map((entry) => entry.claimId!));
  return entries.map((entry) =>
    othersVerdict(entry) && hidden.has(entry.claimId!) ? { ...entry, before: null, after: null, blindHidden: true } : { ...entry, blindHidden: false },
  );
}

export type ActivityEntryView = Awaited<ReturnType<typeof listActivity>>[number];
