import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listActorTeams } from "@/lib/server/team/list-actor-teams";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  const teams = await listActorTeams({ actor });
  return (
    <AppShell actor={{ name: actor.name, role: actor.role }} teams={teams}>
      {children}
    </AppShell>
  );
}
