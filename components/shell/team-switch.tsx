"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchTeam } from "@/app/actions/switch-team";

/** Shown only to people in more than one team. */
export function TeamSwitch({ teams, label }: { teams: { id: string; name: string; active: boolean }[]; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (teams.length < 2) return null;
  return (
    <label className="flex items-center gap-2">
      <span className="text-slate-700">{label}</span>
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
        value={teams.find((team) => team.active)?.id}
        disabled={pending}
        onChange={(event) => {
          const teamId = event.target.value;
          startTransition(async () => {
            await switchTeam(teamId);
            router.push("/articles");
            router.refresh();
          });
        }}
      >
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
    </label>
  );
}
