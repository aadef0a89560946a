import { can, PERMISSION_ACTIONS, type Permission } from "@/lib/domain/permissions";
import { AppError } from "@/lib/server/errors";
import type { Actor } from "./actor";

export function authorize(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token to continue.");
  if (!can(actor.role, permission)) {
    throw new AppError("FORBIDDEN", `Your role (${actor.role}) does not allow you to ${PERMISSION_ACTIONS[permission]}.`);
  }
}
