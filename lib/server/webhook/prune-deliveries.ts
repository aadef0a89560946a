import { db } from "@/lib/server/db/client";

/** The delivery log keeps 30 days: enough to look into a failure and replay it, without growing for ever. */
export const DELIVERY_LOG_DAYS = 30;

export async function pruneWebhookDeliveries(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - DELIVERY_LOG_DAYS * 24 * 60 * 60 * 1000);
  const { count } = await db.webhookDelivery.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
