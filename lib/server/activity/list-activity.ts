import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { notFound } from "@/lib/server/errors";
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

/** The history of one claim or one article (its claims included), newest first. */
export async function listActivity({ actor, claimId, articleId, limit = 200 }: { actor: Actor; claimId?: string; articleId?: string; limit?: number }) {
  authorize(actor, "article.read");
  const id = claimId ?? articleId;
  if (!id || !isUuid(id)) throw notFound(claimId ? "The claim" : "The article");
  const owner = claimId
    ? await db.claim.findFirst({ where: { id, teamId: actor.teamId }, select: { id: true } })
    : await db.article.findFirst({ where: { id, teamId: actor.teamId }, select: { id: true } });
  if (!owner) throw notFound(claimId ? "The claim" : "The article");
  return db.activity.findMany({
    where: { teamId: actor.teamId, ...(claimId ? { claimId } : { articleId }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: activityFields,
  });
}

export type ActivityEntryView = Awaited<ReturnType<typeof listActivity>>[number];
