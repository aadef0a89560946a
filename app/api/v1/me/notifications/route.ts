import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { getNotificationPreferences, updateNotificationPreferences } from "@/lib/server/notify/notification-preferences";
import { notificationPreferencesInput } from "@/lib/validations/notification";

export const GET = apiRoute("article.read", async ({ actor }) => json({ data: await getNotificationPreferences({ actor }) }));

export const PATCH = apiRoute("article.read", async ({ req, actor }) => {
  const input = notificationPreferencesInput.parse(await readJsonBody(req));
  return json({ data: await updateNotificationPreferences({ actor, input }) });
});
