import "server-only";
import { PREFERENCE_COLUMN } from "@/lib/domain/notify/mail-kinds";
import { db } from "@/lib/server/db/client";
import { appOrigin } from "@/lib/server/http/app-origin";
import { mailContent } from "./mail-content";
import type { MailJob } from "./mail-job";
import { mailEnabled, mailer } from "./mailer";
import { renderMail } from "./render-mail";
import { unsubscribeToken } from "./unsubscribe-token";

/**
 * Sends one queued mail, or skips it: mail off, the person gone or disabled, no longer an active
 * member of the team the mail is about, or the kind switched off. An SMTP error throws, so the queue
 * retries it with backoff.
 */
export async function sendNotificationMail(job: MailJob): Promise<"sent" | "skipped"> {
  if (!mailEnabled()) return "skipped";
  const person = await db.user.findUnique({ where: { id: job.userId } });
  const team = await db.team.findUnique({ where: { id: job.teamId }, select: { name: true } });
  if (!person || person.disabledAt || !team) return "skipped";
  if (job.kind !== "invitation") {
    if (!person[PREFERENCE_COLUMN[job.kind]]) return "skipped";
    const membership = await db.membership.findUnique({ where: { teamId_userId: { teamId: job.teamId, userId: job.userId } }, select: { disabledAt: true } });
    if (!membership || membership.disabledAt) return "skipped";
  }
  const locale = person.locale ?? "en";
  const content = await mailContent(job, { name: person.name, locale }, team);
  if (!content) return "skipped";
  const unsubscribeUrl = job.kind === "invitation" ? undefined : `${appOrigin()}/unsubscribe/${unsubscribeToken(person.id, job.kind)}`;
  const mail = renderMail({ ...content, settingsUrl: unsubscribeUrl && `${appOrigin()}/profile`, unsubscribeUrl });
  await mailer().sendMail({
    to: person.email,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // RFC 8058 one-click: mail clients POST to the link; a GET only shows a confirmation page.
    ...(unsubscribeUrl && { list: { unsubscribe: unsubscribeUrl }, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }),
  });
  return "sent";
}
