import { pageTitle } from "@/lib/i18n/page-title";
import { getTranslations } from "next-intl/server";
import { CreateTeamForm } from "@/components/profile/create-team-form";
import { NotificationForm } from "@/components/profile/notification-form";
import { PasswordForm } from "@/components/profile/password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getNotificationPreferences } from "@/lib/server/notify/notification-preferences";
import { remainingTeamCreations } from "@/lib/server/team/create-team";
import { listActorTeams } from "@/lib/server/team/list-actor-teams";

export const generateMetadata = pageTitle("pageTitles.profile");

export default async function ProfilePage() {
  const actor = await requirePageActor("/profile");
  const [{ mailEnabled, ...preferences }, teams, remaining] = await Promise.all([
    getNotificationPreferences({ actor }),
    listActorTeams({ actor }),
    remainingTeamCreations({ actor }),
  ]);
  const t = await getTranslations("profile");
  const tTeams = await getTranslations("teams");
  const tRoles = await getTranslations("roles");
  const tPassword = await getTranslations("password");
  const tNotifications = await getTranslations("notifications");
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-1 font-semibold">{t("account")}</h2>
          <p className="break-all text-sm text-slate-600">
            {actor.name} · {actor.email}
          </p>
          <h2 className="mb-3 mt-5 font-semibold">{tPassword("title")}</h2>
          <PasswordForm />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{tNotifications("title")}</h2>
          <NotificationForm preferences={preferences} mailEnabled={mailEnabled} />
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{tTeams("title")}</h2>
          <ul className="mb-4 space-y-1 text-sm" data-testid="own-teams">
            {teams.map((team) => (
              <li key={team.id} className="flex flex-wrap items-baseline gap-x-2">
                <span className="break-words font-medium">{team.name}</span>
                <span className="text-slate-600">{tRoles(team.role)}</span>
                {team.active && <span className="text-slate-600">· {tTeams("active")}</span>}
              </li>
            ))}
          </ul>
          {remaining > 0 ? <CreateTeamForm /> : <p className="text-sm text-slate-600">{tTeams("noMore")}</p>}
        </Card>
      </div>
    </>
  );
}
