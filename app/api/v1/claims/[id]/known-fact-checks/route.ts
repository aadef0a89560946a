import { apiRoute, json } from "@/lib/server/http/api-route";
import { findClaimKnownChecks } from "@/lib/server/known-check/find-claim-known-checks";

export const GET = apiRoute<{ id: string }>("article.read", async ({ actor, params }) => json({ data: await findClaimKnownChecks({ actor, claimId: params.id }) }), { noQuery: true });
