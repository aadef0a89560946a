import { getTeamDashboard } from "@/lib/server/dashboard/get-team-dashboard";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { dashboardQuery } from "@/lib/validations/dashboard";
import { queryParams } from "@/lib/server/http/query-params";

export const GET = apiRoute("article.read", async ({ req, actor }) => {
  const query = dashboardQuery.parse(queryParams(req));
  return json({ data: await getTeamDashboard({ actor, query }) });
});
