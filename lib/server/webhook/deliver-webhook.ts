import { signatureHeader, SIGNATURE_HEADER } from "@/lib/domain/notify/webhook-signature";
import { db } from "@/lib/server/db/client";
import { deliveryBody, type EventPayload } from "./delivery-body";
import { assertWebhookTarget, RefusedTarget, safePost } from "./safe-post";
import { openWebhookSecret } from "./webhook-secret";

export const WEBHOOK_ATTEMPTS = 6;

export interface DeliverOptions {
  /** Whether the queue gives up after this attempt (then a failure is final, not "retrying"). */
  lastAttempt: boolean;
  allowPrivate?: boolean;
}

/** Whether the receiver took it (2xx), it is worth another attempt, or it failed for good. */
export type DeliveryOutcome = "accepted" | "retry" | "failed";

/**
 * One attempt at one delivery: signed POST, outcome written to the delivery log. The job throws on
 * "retry" so the queue retries with backoff; a target refused for good (a private address) fails at
 * once, with the reason in the log, since no later attempt could reach it.
 */
export async function deliverWebhook(deliveryId: string, { lastAttempt, allowPrivate }: DeliverOptions): Promise<DeliveryOutcome> {
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { webhook: true } });
  if (!delivery || delivery.status === "succeeded") return "accepted"; // the webhook was deleted, or a duplicate job
  const body = deliveryBody(delivery.payload as unknown as EventPayload, delivery.webhook.format);
  let outcome: { status: number | null; body: string; durationMs: number };
  let permanent = false;
  try {
    const url = new URL(delivery.webhook.url);
    await assertWebhookTarget(url, allowPrivate);
    const headers = {
      [SIGNATURE_HEADER]: signatureHeader(openWebhookSecret(delivery.webhook.secretSealed), body, Math.floor(Date.now() / 1000)),
      "Factdesk-Event": delivery.event,
      "Factdesk-Delivery": delivery.id,
    };
    outcome = await safePost(url, body, headers, allowPrivate);
  } catch (error) {
    if (!(error instanceof RefusedTarget)) throw error;
    outcome = { status: null, body: error.message, durationMs: 0 };
    permanent = error.permanent;
  }
  const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  await db.webhookDelivery.update({
    where: { id: delivery.id },
    data: {
      status: ok ? "succeeded" : lastAttempt || permanent ? "failed" : "retrying",
      attempt: { increment: 1 },
      responseStatus: outcome.status,
      durationMs: outcome.durationMs,
      responseBody: outcome.body,
    },
  });
  return ok ? "accepted" : lastAttempt || permanent ? "failed" : "retry";
}
