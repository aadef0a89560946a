import { reloadApiTokenActor } from "@/lib/server/api-token/authenticate-api-token";
import type { Actor } from "./actor";
import { loadMembershipActor } from "./load-session-actor";

/**
 * The same caller as they stand now, for work that outlives one request (event streams): null when
 * the token was revoked, the person or membership disabled, or the session ended; otherwise the actor
 * with the current role.
 */
export async function recheckActor(actor: Actor): Promise<Actor | null> {
  if (actor.kind === "api-token") return actor.tokenId ? reloadApiTokenActor(actor.tokenId) : null;
  const current = await loadMembershipActor(actor.userId, actor.teamId);
  if (!current || current.sessionVersion !== actor.sessionVersion) return null;
  return current;
}
