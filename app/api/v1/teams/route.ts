import { apiRoute, json } from "@/lib/server/http/api-route";
import { readJsonBody } from "@/lib/server/http/read-json-body";
import { createTeam } from "@/lib/server/team/create-team";
import { listActorTeams } from "@/lib/server/team/list-actor-teams";
import { createTeamInput } from "@/lib/validations/team";

// Also while the session's team is gone: the list says where the person may go on.
export const GET = apiRoute("article.read", async ({ actor }) => json({ data: await listActorTeams({ actor }) }), { whileTeamEnded: true });

export const POST = apiRoute("article.read", async ({ req, actor }) => {
  const input = createTeamInput.parse(await readJsonBody(req));
  return json({ data: await createTeam({ actor, input }) }, 201);
});
