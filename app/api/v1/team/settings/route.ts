import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { getTeamSettings, updateTeamSettings } from "@/lib/server/team/team-settings";
import { updateTeamSettingsInput } from "@/lib/validations/team";

export const GET = apiRoute("article.read", async ({ actor }) => json({ data: await getTeamSettings({ actor }) }));

export const PATCH = apiRoute("team.manage", async ({ req, actor }) => {
  const input = updateTeamSettingsInput.parse(await readJsonBody(req));
  return json({ data: await updateTeamSettings({ actor, input }) });
});
