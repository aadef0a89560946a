import "server-only";
import { db } from "@/lib/server/db/client";
import { enqueueMail } from "./enqueue";
import { mailEnabled } from "./mailer";

/** The daily digest: one job per person and team for everyone who asked for it (empty digests are skipped when sent). */
export async function queueDigests(): Promise<number> {
  if (!mailEnabled()) return 0;
  const memberships = await db.membership.findMany({
    where: { disabledAt: null, user: { notifyDigest: true, disabledAt: null } },
    select: { userId: true, teamId: true },
  });
  for (const { userId, teamId } of memberships) await enqueueMail({ kind: "digest", userId, teamId });
  return memberships.length;
}
