import { getTeamDashboard } from "@/lib/server/dashboard/get-team-dashboard";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { dashboardQuery } from "@/lib/validations/dashboard";

export const GET = apiRoute("article.read", async ({ req, actor }) => {
  const query = dashboardQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  return json({ data: await getTeamDashboard({ actor, query }) });
});
