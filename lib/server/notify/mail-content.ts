import "server-only";
import { createTranslator } from "next-intl";
import { commentPlainText } from "@/lib/domain/comments/comment-markdown";
import { db } from "@/lib/server/db/client";
import { appOrigin } from "@/lib/server/http/app-origin";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { unseal } from "./derived-key";
import { INVITATION_LINK_LABEL, type MailJob } from "./mail-job";
import type { MailContent } from "./render-mail";

const shorten = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Reads what a mail is about; null when it is gone (a deleted comment, an unassigned claim). */
export async function mailContent(job: MailJob, person: { name: string; locale: "de" | "en" }, team: { name: string }): Promise<Omit<MailContent, "settingsUrl" | "unsubscribeUrl"> | null> {
  const base = { locale: person.locale, kind: job.kind, name: person.name };
  if (job.kind === "invitation") {
    const inviter = await db.user.findUnique({ where: { id: job.inviterId }, select: { name: true } });
    const invitation = await db.invitation.findFirst({ where: { teamId: job.teamId, userId: job.userId, acceptedAt: null }, select: { role: true } });
    if (!invitation) return null; // revoked or accepted meanwhile
    const roles = createTranslator({ locale: person.locale, messages: person.locale === "de" ? de : en, namespace: "roles" });
    const mail = createTranslator({ locale: person.locale, messages: person.locale === "de" ? de : en, namespace: "mail" });
    return {
      ...base,
      values: { team: team.name, inviter: inviter?.name ?? "", role: roles(invitation.role) },
      actionUrl: `${appOrigin()}${unseal(job.sealedPath, INVITATION_LINK_LABEL)}`,
      actionLabel: mail("invitation.action"),
    };
  }
  if (job.kind === "digest") {
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const [assigned, mentions] = await Promise.all([
      db.claim.count({ where: { teamId: job.teamId, assigneeId: job.userId, status: { in: ["new", "in_review", "needs_second_review"] }, mergedIntoId: null } }),
      db.mention.count({ where: { userId: job.userId, readAt: null, createdAt: { gte: since }, comment: { claim: { teamId: job.teamId } } } }),
    ]);
    if (assigned === 0 && mentions === 0) return null;
    return { ...base, values: { team: team.name, assigned, mentions }, actionUrl: `${appOrigin()}/queue` };
  }
  const activity = await db.activity.findFirst({
    where: { id: job.activityId, teamId: job.teamId },
    select: { claimId: true, after: true, actor: { select: { name: true } } },
  });
  if (!activity?.claimId) return null;
  const claim = await db.claim.findUnique({ where: { id: activity.claimId }, select: { text: true, assigneeId: true } });
  if (!claim) return null;
  const values = { claim: shorten(claim.text), actor: activity.actor?.name ?? "", author: activity.actor?.name ?? "" };
  const actionUrl = `${appOrigin()}/claims/${activity.claimId}`;
  if (job.kind === "mention") {
    const commentId = (activity.after as { commentId?: string } | null)?.commentId;
    const comment = commentId ? await db.comment.findUnique({ where: { id: commentId }, select: { body: true, deletedAt: true } }) : null;
    if (!comment || comment.deletedAt) return null;
    return { ...base, values, quote: shorten(commentPlainText(comment.body), 2_000), actionUrl };
  }
  if (job.kind === "assignment") return claim.assigneeId === job.userId ? { ...base, values, actionUrl } : null;
  const final = await db.finalVerdict.findFirst({
    where: { claimId: activity.claimId, reopenedAt: null },
    orderBy: { decidedAt: "desc" },
    select: { level: { select: { labelEn: true, labelDe: true } } },
  });
  if (!final) return null;
  return { ...base, values: { ...values, level: person.locale === "de" ? final.level.labelDe : final.level.labelEn }, actionUrl };
}
