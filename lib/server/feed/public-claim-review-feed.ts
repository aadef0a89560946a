import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/server/auth/actor";
import { authorize } from "@/lib/server/auth/authorize";
import { hashSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";
import { appOrigin } from "@/lib/server/http/app-origin";
import { lockActorAccess } from "@/lib/server/auth/lock-actor-access";

// The public feed is off until an admin turns it on. Its address carries a random token (only the
// SHA-256 is stored, like share links), so turning it on again or rotating it kills the old address.

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

export const publicFeedUrl = (token: string) => `${appOrigin()}/feeds/${token}/claimreview.json`;

/** Whether the team's public feed is on, and since when (the address itself is shown only when made). */
export async function getPublicFeedStatus({ actor }: { actor: Actor }) {
  authorize(actor, "article.read");
  const live = await db.claimReviewFeed.findFirst({ where: { teamId: actor.teamId, revokedAt: null }, select: { createdAt: true } });
  return { enabled: Boolean(live), since: live?.createdAt ?? null };
}

/** Turns the public feed on with a new address (any previous address stops working in the same transaction). */
export async function enablePublicFeed({ actor }: { actor: Actor }) {
  authorize(actor, "team.manage");
  const token = randomBytes(24).toString("base64url");
  const feed = await db.$transaction(async (tx) => {
    await lockActorAccess(tx, actor);
    await tx.claimReviewFeed.updateMany({ where: { teamId: actor.teamId, revokedAt: null }, data: { revokedAt: new Date() } });
    return tx.claimReviewFeed.create({ data: { teamId: actor.teamId, tokenHash: hashSecret(token), createdById: actor.userId }, select: { createdAt: true } });
  });
  return { enabled: true, since: feed.createdAt, url: publicFeedUrl(token) };
}

/** Turns the public feed off: its address answers 404 from the next request on. */
export async function disablePublicFeed({ actor }: { actor: Actor }) {
  authorize(actor, "team.manage");
  await db.$transaction(async (tx) => {
    await lockActorAccess(tx, actor);
    await tx.claimReviewFeed.updateMany({ where: { teamId: actor.teamId, revokedAt: null }, data: { revokedAt: new Date() } });
  });
  return { enabled: false, since: null };
}

/** The team behind a public feed token, or null for a malformed, unknown or revoked one. */
export async function resolvePublicFeed(token: string): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const feed = await db.claimReviewFeed.findFirst({ where: { tokenHash: hashSecret(token), revokedAt: null }, select: { teamId: true } });
  return feed?.teamId ?? null;
}
