import { AppError } from "@/lib/server/errors";
import type { Actor } from "./actor";

/**
 * Refuses what a session does while the team it was working in is gone (membership disabled or ended):
 * its requests would otherwise run in the person's other team (hostile probe of stop 37). Choosing a team
 * in the header (or listing them with GET /teams) is what they may still do.
 */
export function refuseWhileTeamEnded(actor: Actor): void {
  if (!actor.teamEnded) return;
  throw new AppError(
    "FORBIDDEN",
    `Your membership in “${actor.teamEnded.name}” was disabled or has ended, so nothing was done. Choose another of your teams in the header to go on.`,
  );
}
