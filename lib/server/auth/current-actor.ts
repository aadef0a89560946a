import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { noteActor } from "@/lib/server/observability/request-context";
import type { Actor } from "./actor";
import { authOptions } from "./auth-options";
import { loadSessionActor } from "./load-session-actor";

export const TEAM_COOKIE = "factdesk-team";

/** The signed-in person as an actor, asked once per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.uid || typeof session.sv !== "number") return null;
  const preferredTeam = (await cookies()).get(TEAM_COOKIE)?.value;
  const actor = await loadSessionActor({ userId: session.uid, sessionVersion: session.sv }, preferredTeam);
  noteActor(await headers(), actor);
  return actor;
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requirePageActor(returnTo = "/"): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}
