import { apiRoute, json } from "@/lib/server/http/api-route";
import { listTeamPeople } from "@/lib/server/team/list-team-people";

export const GET = apiRoute("article.read", async ({ actor }) => json({ data: await listTeamPeople({ actor }) }));
