import type { Actor } from "@/lib/server/auth/actor";
import { observability } from "./shared";

/** The request id scripts/serve.mjs chose (or accepted) for this request; it overwrites the header. */
export function requestIdOf(headers: Headers): string | undefined {
  return headers.get("x-request-id") ?? undefined;
}

/** Puts who is acting on this request's log line (ids only: never names, emails or credentials). */
export function noteActor(headers: Headers, actor: Actor | null): void {
  const requestId = requestIdOf(headers);
  const note = requestId ? observability().notes.get(requestId) : undefined;
  if (note && actor) {
    note.userId = actor.userId;
    note.teamId = actor.teamId;
  }
}
