import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/server/db/client";
import { env } from "@/lib/server/env";
import { AppError, notFound } from "@/lib/server/errors";
import { enqueueWebhookDelivery } from "@/lib/server/notify/enqueue";
import { isUuid } from "@/lib/validations/id";
import type { CreateWebhookInput } from "@/lib/validations/webhook";
import { newWebhookSecret } from "./webhook-secret";
import { refusePrivateWebhookTarget } from "./webhook-target";
import { lockActorAccess } from "@/lib/server/auth/lock-actor-access";

const webhookFields = { id: true, url: true, events: true, format: true, createdAt: true } as const;
const deliveryFields = { id: true, eventId: true, event: true, status: true, attempt: true, responseStatus: true, durationMs: true, responseBody: true, createdAt: true, updatedAt: true } as const;
const MAX_WEBHOOKS = 20;

export async function listWebhooks({ actor }: { actor: Actor }) {
  authorize(actor, "team.manage");
  return db.webhook.findMany({ where: { teamId: actor.teamId }, orderBy: { createdAt: "asc" }, select: webhookFields });
}

/** Registers an endpoint; the answer carries the signing secret, the only time it is shown. */
export async function createWebhook({ actor, input }: { actor: Actor; input: CreateWebhookInput }) {
  authorize(actor, "team.manage");
  // Plain http only where private targets are allowed too (development and tests).
  if (!/^https:\/\//i.test(input.url) && !env().FACTDESK_ALLOW_PRIVATE_FETCH) {
    throw new AppError("INVALID_INPUT", "Webhooks are sent only to https:// addresses.", [{ field: "url", message: "Enter an https:// address." }]);
  }
  await refusePrivateWebhookTarget(input.url, env().FACTDESK_ALLOW_PRIVATE_FETCH);
  const { secret, sealed } = newWebhookSecret();
  const webhook = await db.$transaction(async (tx) => {
    await lockActorAccess(tx, actor);
    // One at a time per team: 60 sent at once had all counted 1 and made 25 (hostile probe of stop 41).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`webhook.create:${actor.teamId}`}, 0))`;
    if ((await tx.webhook.count({ where: { teamId: actor.teamId } })) >= MAX_WEBHOOKS) {
      throw new AppError("INVALID_INPUT", `A team can have at most ${MAX_WEBHOOKS} webhooks. Delete one before adding another.`);
    }
    return tx.webhook.create({ data: { teamId: actor.teamId, url: input.url, events: input.events, format: input.format, secretSealed: sealed, createdById: actor.userId }, select: webhookFields });
  });
  return { ...webhook, secret };
}

export async function deleteWebhook({ actor, id }: { actor: Actor; id: string }) {
  authorize(actor, "team.manage");
  if (!isUuid(id)) throw notFound("The webhook");
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhook.deleteMany({ where: { id, teamId: actor.teamId } });
    // "Not found" first, whoever asks; then the actor's access is read again (rolled back if it changed).
    if (count === 0) throw notFound("The webhook");
    await lockActorAccess(tx, actor);
  });
}

/** The newest 50 deliveries of one webhook. */
export async function listWebhookDeliveries({ actor, id }: { actor: Actor; id: string }) {
  authorize(actor, "team.manage");
  await findTeamWebhook(actor, id);
  return db.webhookDelivery.findMany({ where: { webhookId: id }, orderBy: { createdAt: "desc" }, take: 50, select: deliveryFields });
}

/** Sends a logged delivery again: the same event (same id and body), a new signature, a new log entry. */
export async function replayWebhookDelivery({ actor, id, deliveryId }: { actor: Actor; id: string; deliveryId: string }) {
  authorize(actor, "team.manage");
  await findTeamWebhook(actor, id);
  const original = isUuid(deliveryId) ? await db.webhookDelivery.findFirst({ where: { id: deliveryId, webhookId: id } }) : null;
  if (!original) throw notFound("The delivery");
  // One waiting delivery per event and webhook: 50 replays at once had queued 50 posts of one event (re-probe of stop 41).
  const replay = await db.$transaction(async (tx) => {
    await lockActorAccess(tx, actor);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`webhook.replay:${id}:${original.eventId}`}, 0))`;
    if (await tx.webhookDelivery.findFirst({ where: { webhookId: id, eventId: original.eventId, status: { in: ["pending", "retrying"] } }, select: { id: true } })) {
      throw new AppError("CONFLICT", "This event is already waiting to be delivered to this webhook; replay it once that delivery has ended.");
    }
    return tx.webhookDelivery.create({ data: { webhookId: id, eventId: original.eventId, event: original.event, payload: original.payload ?? {} }, select: deliveryFields });
  });
  await enqueueWebhookDelivery(replay.id, id);
  return replay;
}

async function findTeamWebhook(actor: Actor, id: string) {
  const webhook = isUuid(id) ? await db.webhook.findFirst({ where: { id, teamId: actor.teamId }, select: { id: true } }) : null;
  if (!webhook) throw notFound("The webhook");
  return webhook;
}
