import { v7 as uuidv7 } from "uuid";
import type { Actor } from "@/lib/server/auth/actor";
import type { Prisma } from "@/lib/server/db/client";
import { accessChanged, actorAccessCtes } from "@/lib/server/auth/lock-actor-access";
import { outboundEvent } from "@/lib/domain/notify/events";
import { CHANGE_CHANNEL, type Change } from "@/lib/server/live/channel";

export interface ActivityEntry {
  action: string;
  articleId?: string | null;
  claimId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

/**
 * Appends to the history in the caller's transaction, so a change and its record commit together, and
 * announces the change to open pages (NOTIFY is delivered only if the transaction commits). Changes
 * that webhooks and mails are about also go into the outbox here, so they leave only if they commit.
 * One statement (history row, outbox row, notification): every write runs it while holding its
 * transaction's connection, and each round trip saved frees the connection sooner under load.
 * Ids are made here (time-ordered v7, as Prisma makes them): PostgreSQL has uuidv7() only from version 18.
 */
export async function recordActivity(tx: Prisma.TransactionClient, actor: Actor, entry: ActivityEntry): Promise<void> {
  const event = outboundEvent(entry.action, entry.after);
  const change: Change = { teamId: actor.teamId, articleId: entry.articleId ?? null, claimId: entry.claimId ?? null, action: entry.action };
  const jsonOrNull = (value: Prisma.InputJsonValue | null | undefined) => (value === undefined || value === null ? null : JSON.stringify(value));
  // The actor's access is read again and held until the commit (lock-actor-access.ts), in this one statement:
  // a write whose sender was disabled or demoted, or whose token was revoked, meanwhile is refused and rolled back.
  const recorded = await tx.$queryRaw<{ notified: string }[]>`
    WITH ${actorAccessCtes(actor)},
    activity AS (
      INSERT INTO "Activity" (id, "teamId", "actorId", action, "articleId", "claimId", before, after)
      SELECT ${uuidv7()}::uuid, ${actor.teamId}::uuid, ${actor.userId}::uuid, ${entry.action}, ${entry.articleId ?? null}::uuid, ${entry.claimId ?? null}::uuid,
             ${jsonOrNull(entry.before)}::jsonb, ${jsonOrNull(entry.after)}::jsonb
      FROM member
      RETURNING id),
    outbox AS (
      INSERT INTO "OutboxEvent" (id, "teamId", "actorId", event, "activityId")
      SELECT ${uuidv7()}::uuid, ${actor.teamId}::uuid, ${actor.userId}::uuid, ${event ?? null}::text, activity.id FROM activity WHERE ${event ?? null}::text IS NOT NULL)
    SELECT pg_notify(${CHANGE_CHANNEL}, ${JSON.stringify(change)})::text AS notified FROM activity`;
  if (recorded.length === 0) throw await accessChanged(tx, actor);
}

/** The fields that differ between two states, as before/after objects for the history. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const keys = Object.keys(after).filter((key) => after[key] !== undefined && !sameValue(before[key], after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, toJson(before[key])])) as Prisma.InputJsonObject,
    after: Object.fromEntries(keys.map((key) => [key, toJson(after[key])])) as Prisma.InputJsonObject,
    changed: keys.length > 0,
  };
}

const toJson = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));
const sameValue = (a: unknown, b: unknown) => JSON.stringify(toJson(a)) === JSON.stringify(toJson(b));
