import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationForm } from "@/components/profile/notification-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getNotificationPreferences } from "@/lib/server/notify/notification-preferences";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const actor = await requirePageActor("/profile");
  const { mailEnabled, ...preferences } = await getNotificationPreferences({ actor });
  const t = await getTranslations("profile");
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
        </Card>
        <Card>
          <h2 className="mb-3 font-semibold">{tNotifications("title")}</h2>
          <NotificationForm preferences={preferences} mailEnabled={mailEnabled} />
        </Card>
      </div>
    </>
  );
}
