import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { TeamEndedNotice } from "@/components/shell/team-ended-notice";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { countUnreadMentions } from "@/lib/server/comment/count-unread-mentions";
import { listActorTeams } from "@/lib/server/team/list-actor-teams";

/**
 * The app's header and navigation around `children` for a signed-in person; the bare page for anyone else. The team's
 * pages use it as their layout, and the "not found" page for an unknown address too (walk of stop 43: a member who
 * mistyped an address was left without the navigation).
 */
export async function SignedInFrame({ children }: { children: ReactNode }) {
  const actor = await getCurrentActor();
  if (!actor) return children;
  const [teams, unreadMentions] = await Promise.all([listActorTeams({ actor }), countUnreadMentions({ actor })]);
  return (
    <AppShell actor={{ name: actor.name, role: actor.role }} teams={teams} unreadMentions={{ count: unreadMentions, countedAt: Date.now() }}>
      {actor.teamEnded ? <TeamEndedNotice ended={actor.teamEnded.name} teams={teams} /> : children}
    </AppShell>
  );
}
