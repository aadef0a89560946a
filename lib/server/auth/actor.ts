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
}
