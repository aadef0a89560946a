import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";

/**
 * Invitations are personal consent: only the person, signed in, answers them. An API token acts in
 * its creator's name within one team and must not join them to other teams (or list those
 * invitations), so for a token there are no invitations to find.
 */
export function isPerson(actor: Actor): boolean {
  return actor.kind === "user";
}

export function invitationNotFound(actor: Actor): AppError {
  return new AppError(
    "NOT_FOUND",
    isPerson(actor) ? "The invitation was not found." : "The invitation was not found: API tokens cannot answer invitations; sign in as yourself.",
  );
}
