import { getTeamClaimModel } from "@/lib/server/claim-model/get-team-claim-model";
import { resetTeamClaimModel } from "@/lib/server/claim-model/reset-team-claim-model";
import { apiRoute, json } from "@/lib/server/http/api-route";
import { resetClaimModelQuery } from "@/lib/validations/claim-model";
import { queryParams } from "@/lib/server/http/query-params";

export const GET = apiRoute("claim-model.read", async ({ actor }) => json({ data: await getTeamClaimModel({ actor }) }), { noQuery: true });

/** Admins: back to the shipped engine for one language (`?language=de|en`). */
export const DELETE = apiRoute("claim-model.reset", async ({ req, actor }) => {
  const { language } = resetClaimModelQuery.parse(queryParams(req));
  return json({ data: await resetTeamClaimModel({ actor, language }) });
});
