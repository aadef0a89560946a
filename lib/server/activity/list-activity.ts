import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { REVIEWER_VERDICT_ACTIONS } from "@/lib/domain/workflow/blind-review";
import { db, Prisma } from "@/lib/server/db/client";
import { AppError, notFound } from "@/lib/server/errors";
import { claimsWithHiddenVerdicts } from "@/lib/server/verdict/verdict-visibility";
import type { ListActivityInput } from "@/lib/validations/activity";
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

interface ListActivityOptions {
  actor: Actor;
  claimId?: string;
  articleId?: string;
  /** Newest first, at most `limit`; `after` (an entry's id) starts below that entry. */
  input?: Partial<ListActivityInput>;
}

/**
 * One page of the history of one claim or one article (its claims included), newest first, with the cursor of the
 * next (older) page, null on the last. Other reviewers' verdicts that blind review hides from the actor keep their
 * entry (who, when) but lose their content.
 */
export async function listActivityPage({ actor, claimId, articleId, input = {} }: ListActivityOptions) {
  authorize(actor, "article.read");
  const limit = input.limit ?? 100;
  const id = claimId ?? articleId;
  if (!id || !isUuid(id)) throw notFound(claimId ? "The claim" : "The article");
  const owner = claimId
    ? await db.claim.findFirst({ where: { id, teamId: actor.teamId }, select: { id: true } })
    : await db.article.findFirst({ where: { id, teamId: actor.teamId }, select: { id: true } });
  if (!owner) throw notFound(claimId ? "The claim" : "The article");
  const scope = { teamId: actor.teamId, ...(claimId ? { claimId } : { articleId }) };
  const below = input.after ? await entriesBelow(scope, input.after) : {};
  const rows = await db.activity.findMany({
    where: { ...scope, ...below },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: activityFields,
  });
  const entries = rows.slice(0, limit);
  const othersVerdict = (entry: (typeof entries)[number]) =>
    REVIEWER_VERDICT_ACTIONS.includes(entry.action) && entry.claimId !== null && entry.actor?.id !== actor.userId;
  const hidden = await claimsWithHiddenVerdicts(db, actor, entries.filter(othersVerdict).map((entry) => entry.claimId!));
  const data = entries.map((entry) =>
    othersVerdict(entry) && hidden.has(entry.claimId!) ? { ...entry, before: null, after: null, blindHidden: true } : { ...entry, blindHidden: false },
  );
  return { data, page: { nextCursor: rows.length > limit ? entries.at(-1)!.id : null } };
}

/** The entries older than the cursor's entry, which must belong to the same history (else the cursor is not this history's). */
async function entriesBelow(scope: Prisma.ActivityWhereInput, after: string): Promise<Prisma.ActivityWhereInput> {
  const cursor = await db.activity.findFirst({ where: { ...scope, id: after }, select: { id: true, createdAt: true } });
  if (!cursor) throw new AppError("INVALID_INPUT", "The page cursor is not valid; use the one from the previous page, or start again from the first page.");
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
}

export type ActivityEntryView = Awaited<ReturnType<typeof listActivityPage>>["data"][number];
