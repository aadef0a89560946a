"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { switchTeam } from "@/app/actions/switch-team";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/**
 * In place of every page while the team a person was working in is gone: they choose where to go on
 * (hostile probe of stop 37: pages and writes had moved to their other team without a word).
 */
export function TeamEndedNotice({ ended, teams }: { ended: string; teams: { id: string; name: string }[] }) {
  const t = useTranslations("nav");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div data-testid="team-ended">
      <Notice title={t("teamEndedTitle", { team: ended })}>
        <p>{t("teamEndedBody")}</p>
        <div className="mt-4 flex flex-wrap justify-center gap-2">
          {teams.map((team) => (
            <Button
              key={team.id}
              variant="secondary"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  await switchTeam(team.id);
                  router.refresh();
                })
              }
            >
              {t("continueIn", { team: team.name })}
            </Button>
          ))}
        </div>
      </Notice>
    </div>
  );
}
