import "server-only";
import { MAX_BACKLOG, priorityBehind } from "@/lib/domain/import/fair-turns";
import { db } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import { MAIL_QUEUE, WEBHOOK_QUEUE, jobQueue } from "@/lib/server/jobs/queue";
import { WEBHOOK_ATTEMPTS } from "@/lib/server/webhook/deliver-webhook";
import type { MailJob } from "./mail-job";
import { mailEnabled } from "./mailer";

/** Retries with exponential backoff: the first after FACTDESK_NOTIFY_RETRY_SECONDS, then about twice as long each time. */
const retries = (attempts: number) => ({ retryLimit: attempts - 1, retryDelay: env().FACTDESK_NOTIFY_RETRY_SECONDS, retryBackoff: true, expireInMinutes: 5 });

export const MAIL_ATTEMPTS = 5;

export async function enqueueMail(job: MailJob): Promise<void> {
  if (!mailEnabled()) return;
  await (await jobQueue()).send(MAIL_QUEUE, job, retries(MAIL_ATTEMPTS));
}

/**
 * Behind the webhook's own deliveries still waiting: a webhook with thousands queued (an import's every article, to a
 * host that never answers) had every other team's deliveries wait behind it for good (re-probe of stop 41).
 */
export async function enqueueWebhookDelivery(deliveryId: string, webhookId: string): Promise<void> {
  const [waiting] = await db.$queryRaw<{ backlog: number }[]>`
    SELECT count(*)::int AS backlog FROM (
      SELECT 1 FROM "WebhookDelivery" WHERE "webhookId" = ${webhookId}::uuid AND status = 'pending' AND id <> ${deliveryId}::uuid LIMIT ${MAX_BACKLOG}) pending`;
  await (await jobQueue()).send(WEBHOOK_QUEUE, { deliveryId }, { ...retries(WEBHOOK_ATTEMPTS), priority: priorityBehind(waiting?.backlog ?? 0) });
}

/** For callers after their commit: a queue that is down must not fail the action that caused the mail. */
export function enqueueMailQuietly(job: MailJob): void {
  enqueueMail(job).catch((error: Error) => console.error(`mail not queued: ${error.message}`));
}
