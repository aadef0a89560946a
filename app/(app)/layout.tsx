import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { TeamEndedNotice } from "@/components/shell/team-ended-notice";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { countUnreadMentions } from "@/lib/server/comment/count-unread-mentions";
import { listActorTeams } from "@/lib/server/team/list-actor-teams";

// The team's workspace is never indexed, whatever a crawler makes of robots.txt.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Each page checks the actor itself (and redirects with its own path to come back to); the layout
  // only decides whether there is a shell to draw.
  const actor = await getCurrentActor();
  if (!actor) return children;
  const [teams, unreadMentions] = await Promise.all([listActorTeams({ actor }), countUnreadMentions({ actor })]);
  return (
    <AppShell actor={{ name: actor.name, role: actor.role }} teams={teams} unreadMentions={{ count: unreadMentions, countedAt: Date.now() }}>
      {actor.teamEnded ? <TeamEndedNotice ended={actor.teamEnded.name} teams={teams} /> : children}
    </AppShell>
  );
}
