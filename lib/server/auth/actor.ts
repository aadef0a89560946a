import type { Role } from "@/lib/domain/permissions";

/** Who is acting, in which team, with which role: passed to every service. */
export interface Actor {
  kind: "user" | "api-token";
  /** The person, or the admin who created the API token. */
  userId: string;
  tokenId?: string;
  teamId: string;
  role: Role;
  name: string;
  email?: string;
  locale?: "de" | "en" | null;
  /** For a session: the version it was issued with, so a long-lived stream can re-check it. */
  sessionVersion?: number;
  /**
   * For a session: the team the person was working in, when their membership there was disabled or ended
   * and `teamId` is another of their teams. Nothing is done in `teamId` until they choose it (hostile probe
   * of stop 37: an article meant for the old team landed in the other one, without a word).
   */
  teamEnded?: { teamId: string; name: string };
}

/** The API token an actor acts with, or null for a signed-in person. */
export const tokenIdOf = (actor: Actor): string | null => (actor.kind === "api-token" ? (actor.tokenId ?? null) : null);
