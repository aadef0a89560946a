"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { switchTeam } from "@/app/actions/switch-team";

/** Shown only to people in more than one team (and, after a refused switch, to say why). */
export function TeamSwitch({ teams, label }: { teams: { id: string; name: string; active: boolean }[]; label: string }) {
  const t = useTranslations("nav");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [refused, setRefused] = useState<"signedOut" | "notMember" | null>(null);
  const note = refused && (
    <p role="alert" className="text-sm text-red-800">
      {t(refused === "signedOut" ? "switchSignedOut" : "switchNotMember")}
    </p>
  );
  if (teams.length < 2) return note || null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="flex items-center gap-2">
        <span className="text-slate-700">{label}</span>
        <select
          className="rounded-md border border-slate-300 bg-white px-2 py-1"
          value={teams.find((team) => team.active)?.id}
          disabled={pending}
          onChange={(event) => {
            const teamId = event.target.value;
            startTransition(async () => {
              const switched = await switchTeam(teamId);
              setRefused(switched.ok ? null : switched.reason);
              // Refused, the page is read again too, so the list no longer offers a team one has left.
              if (switched.ok) router.push("/articles");
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
      {note}
    </div>
  );
}
