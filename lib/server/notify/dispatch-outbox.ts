import "server-only";
import type { WebhookEvent } from "@/lib/domain/notify/events";
import { db, type Prisma } from "@/lib/server/db/client";
import type { EventPayload } from "@/lib/server/webhook/delivery-body";
import { enqueueMail, enqueueWebhookDelivery } from "./enqueue";
import { eventData } from "./event-data";
import type { MailJob } from "./mail-job";

const BATCH = 20;
/** Batches one run may take before it yields to the next tick (a bulk import writes thousands of events). */
const MAX_BATCHES_PER_RUN = 50;

/**
 * Takes committed outbox events (written with the change itself) and turns each into webhook
 * deliveries and mail jobs. Instances share the work with SKIP LOCKED; a crash before the queue
 * took the jobs leaves the events for the next run (a webhook receiver may then see an event twice,
 * with the same id).
 */
export async function dispatchOutbox(): Promise<number> {
  // Batch after batch while they come back full: one batch a second left a 1,000-line import's events
  // (and every other team's behind them) waiting most of a minute for their webhooks and mails.
  let total = 0;
  for (let run = 0; run < MAX_BATCHES_PER_RUN; run++) {
    const taken = await dispatchBatch();
    total += taken;
    if (taken < BATCH) break;
  }
  return total;
}

async function dispatchBatch(): Promise<number> {
  // Most seconds there is nothing to do: a cheap look first, a transaction only for work.
  if (!(await db.outboxEvent.findFirst({ select: { id: true } }))) return 0;
  const work = await db.$transaction(
    async (tx) => {
      // The teams take turns: each team's oldest event first, then each team's second … (hostile probe of stop 43: one
      // team's 600 comments to 20 webhooks held another team's single event for a minute, first in, first out).
      const events = await tx.$queryRaw<{ id: string; teamId: string; actorId: string | null; event: WebhookEvent; activityId: string; createdAt: Date }[]>`
        SELECT id, "teamId", "actorId", event, "activityId", "createdAt" FROM "OutboxEvent"
        WHERE id IN (
          SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY "teamId" ORDER BY id) AS turn FROM "OutboxEvent") queued
          ORDER BY turn, id LIMIT ${BATCH})
        ORDER BY id FOR UPDATE SKIP LOCKED`;
      const deliveries: { id: string; webhookId: string }[] = [];
      const mails: MailJob[] = [];
      for (const event of events) {
        const activity = await tx.activity.findUnique({ where: { id: event.activityId }, select: { id: true, teamId: true, actorId: true, articleId: true, claimId: true, after: true } });
        if (!activity) continue;
        deliveries.push(...(await createDeliveries(tx, event, activity)));
        mails.push(...(await mailsFor(tx, event.event, activity)));
      }
      // The queue's jobs go in before the events leave the outbox, so nothing is lost if this instance stops here.
      for (const delivery of deliveries) await enqueueWebhookDelivery(delivery.id, delivery.webhookId);
      for (const mail of mails) await enqueueMail(mail);
      await tx.outboxEvent.deleteMany({ where: { id: { in: events.map((event) => event.id) } } });
      return events.length;
    },
    { timeout: 60_000 },
  );
  return work;
}

type Activity = { id: string; teamId: string; actorId: string | null; articleId: string | null; claimId: string | null; after: unknown };

async function createDeliveries(tx: Prisma.TransactionClient, event: { id: string; teamId: string; event: WebhookEvent; createdAt: Date }, activity: Activity): Promise<{ id: string; webhookId: string }[]> {
  const webhooks = await tx.webhook.findMany({ where: { teamId: event.teamId, events: { has: event.event } }, select: { id: true } });
  if (webhooks.length === 0) return [];
  const team = await tx.team.findUniqueOrThrow({ where: { id: event.teamId }, select: { id: true, name: true } });
  const data = await eventData(event.event, activity);
  const payload: EventPayload = { id: event.id, event: event.event, createdAt: event.createdAt.toISOString(), team, data };
  const json = JSON.parse(JSON.stringify(payload)) as Prisma.InputJsonObject;
  const created: { id: string; webhookId: string }[] = [];
  for (const webhook of webhooks) {
    const delivery = await tx.webhookDelivery.create({ data: { webhookId: webhook.id, eventId: event.id, event: event.event, payload: json }, select: { id: true } });
    created.push({ id: delivery.id, webhookId: webhook.id });
  }
  return created;
}

/** Who gets a mail about an event (never the person who acted); preferences and membership are checked when it is sent. */
async function mailsFor(tx: Prisma.TransactionClient, event: WebhookEvent, activity: Activity): Promise<MailJob[]> {
  const after = (activity.after ?? {}) as Record<string, unknown>;
  const job = (kind: "mention" | "assignment" | "finalVerdict") => (userId: string): MailJob => ({ kind, userId, teamId: activity.teamId, activityId: activity.id });
  const notActor = (userId: string) => userId !== activity.actorId;
  if (event === "comment.created" && Array.isArray(after.mentioned)) return (after.mentioned as string[]).filter(notActor).map(job("mention"));
  if (event === "claim.assigned" && typeof after.assigneeId === "string") return [after.assigneeId].filter(notActor).map(job("assignment"));
  if (event === "verdict.finalized" && activity.claimId) {
    const reviewers = await tx.verdict.findMany({ where: { claimId: activity.claimId }, select: { reviewerId: true } });
    return reviewers.map((verdict) => verdict.reviewerId).filter(notActor).map(job("finalVerdict"));
  }
  return [];
}
