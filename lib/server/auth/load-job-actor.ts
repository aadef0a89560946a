import { can, type Permission } from "@/lib/domain/permissions";
import { reloadApiTokenActor } from "@/lib/server/api-token/authenticate-api-token";
import type { Actor } from "./actor";
import { loadMembershipActor } from "./load-session-actor";

/** What a queued import remembers of who sent it. */
export interface JobSender {
  createdById: string;
  teamId: string;
  /** The API token it was sent with; null for a signed-in member. */
  tokenId: string | null;
}

/**
 * Whom a queued job works for, as things stand now: the token it was sent with while that is unrevoked (with the
 * weaker of its role and its creator's), else the member who sent it while they belong to the team; null when that
 * access ended or no longer allows `permission`. Checked again as the job goes on: an import queued with a token
 * must not carry on as the token's creator once the token is revoked.
 */
export async function loadJobActor(sender: JobSender, permission: Permission): Promise<Actor | null> {
  const actor = sender.tokenId ? await reloadApiTokenActor(sender.tokenId) : await loadMembershipActor(sender.createdById, sender.teamId);
  if (!actor || actor.teamId !== sender.teamId || !can(actor.role, permission)) return null;
  // A job outlives its sender's sessions: signing out or a role change that ends them (an editor made editor again)
  // does not end what they queued (re-probe of stop 44: a line in flight was refused). Membership and role still count.
  return { ...actor, sessionVersion: undefined };
}

/** Why a job stopped when loadJobActor found no one, for its report (in English, the API's language). */
export function jobAccessEnded(sender: JobSender): string {
  return sender.tokenId ? TOKEN_ENDED : SENDER_ENDED;
}

const TOKEN_ENDED = "The API token that started this import was revoked or may no longer import, so the import stopped here; what was imported before stays.";
const SENDER_ENDED = "The person who started this import is no longer an active member or may no longer import, so the import stopped here; what was imported before stays.";
