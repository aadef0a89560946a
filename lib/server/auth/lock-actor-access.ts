import { AppError } from "@/lib/server/errors";
import { Prisma } from "@/lib/server/db/client";
import { tokenIdOf, type Actor } from "./actor";

// A request is authorised when it begins; its write commits later (a body sent slowly, a long import). In between
// the sender may be disabled or demoted, their session ended, or their API token revoked (hostile probes of stops 37
// and 43: a demoted admin's slowly sent invitation made an admin). Every write therefore reads the actor's access again
// inside its own transaction and holds it (FOR SHARE) until the commit: the role now must be the one the request was
// authorised with or a stronger one (roles compare in the enum's order, admin first), the session version the same,
// the token still unrevoked.

/**
 * The CTEs `token` and `member` (the actor's membership, locked, when access still holds): recordActivity joins
 * them into its one statement; lockActorAccess runs them alone.
 */
export function actorAccessCtes(actor: Actor): Prisma.Sql {
  const tokenId = tokenIdOf(actor);
  // A session ended meanwhile (signed out everywhere, the password changed) bumps the person's session version.
  const sessionVersion = actor.kind === "user" ? (actor.sessionVersion ?? null) : null;
  return Prisma.sql`
    token AS (
      SELECT t.id FROM "ApiToken" t
      WHERE t.id = ${tokenId}::uuid AND t."revokedAt" IS NULL AND t.role <= ${actor.role}::"Role"
      FOR SHARE),
    member AS (
      SELECT m.id FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."userId" = ${actor.userId}::uuid AND m."teamId" = ${actor.teamId}::uuid AND m."disabledAt" IS NULL AND u."disabledAt" IS NULL
        AND m.role <= ${actor.role}::"Role" AND (${tokenId}::uuid IS NULL OR EXISTS (SELECT 1 FROM token))
        AND (${sessionVersion}::int IS NULL OR u."sessionVersion" = ${sessionVersion}::int)
      FOR SHARE OF m)`;
}

/** Refuses the write (and so rolls back the transaction) when the actor's access ended or was lowered meanwhile. */
export async function lockActorAccess(tx: Prisma.TransactionClient, actor: Actor): Promise<void> {
  const rows = await tx.$queryRaw<unknown[]>`WITH ${actorAccessCtes(actor)} SELECT 1 FROM member`;
  if (rows.length === 0) throw await accessChanged(tx, actor);
}

/** Why the actor's access no longer holds: their membership ended, or their role or token was lowered. */
export async function accessChanged(tx: Prisma.TransactionClient, actor: Actor): Promise<AppError> {
  const [member] = await tx.$queryRaw<{ sessionVersion: number }[]>`
    SELECT u."sessionVersion" FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."userId" = ${actor.userId}::uuid AND m."teamId" = ${actor.teamId}::uuid AND m."disabledAt" IS NULL AND u."disabledAt" IS NULL`;
  if (!member) return new AppError("FORBIDDEN", MEMBERSHIP_ENDED);
  const sessionEnded = actor.kind === "user" && actor.sessionVersion !== undefined && member.sessionVersion !== actor.sessionVersion;
  return new AppError(sessionEnded ? "UNAUTHENTICATED" : "FORBIDDEN", sessionEnded ? SESSION_ENDED : ACCESS_LOWERED);
}

const MEMBERSHIP_ENDED = "Your membership in this team was disabled or has ended while this was being sent, so nothing was saved.";
const SESSION_ENDED = "Your session ended while this was being sent (signed out, or the password was changed), so nothing was saved. Sign in again.";
const ACCESS_LOWERED = "Your role in this team was lowered, or the API token was revoked, while this was being sent, so nothing was saved.";

/** Whether `message` is one of the refusals above: a write refused because access changed while it was sent. */
export const isAccessChange = (message: string) => message === MEMBERSHIP_ENDED || message === SESSION_ENDED || message === ACCESS_LOWERED;
