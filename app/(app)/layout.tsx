import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { getCurrentActor } from "@/lib/server/auth/current-actor";
import { listActorTeams } from "@/lib/server/team/list-actor-teams";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Each page checks the actor itself (and redirects with its own path to come back to); the layout
  // only decides whether there is a shell to draw.
  const actor = await getCurrentActor();
  if (!actor) return children;
  const teams = await listActorTeams({ actor });
  return (
    <AppShell actor={{ name: actor.name, role: actor.role }} teams={teams}>
      {children}
    </AppShell>
  );
}
