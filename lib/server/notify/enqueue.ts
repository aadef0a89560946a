import "server-only";
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

export async function enqueueWebhookDelivery(deliveryId: string): Promise<void> {
  await (await jobQueue()).send(WEBHOOK_QUEUE, { deliveryId }, retries(WEBHOOK_ATTEMPTS));
}

/** For callers after their commit: a queue that is down must not fail the action that caused the mail. */
export function enqueueMailQuietly(job: MailJob): void {
  enqueueMail(job).catch((error: Error) => console.error(`mail not queued: ${error.message}`));
}
