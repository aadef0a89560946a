import { apiRoute, json } from "@/lib/server/http/api-route";
import { listOwnInvitations } from "@/lib/server/member/list-own-invitations";

export const GET = apiRoute("article.read", async ({ actor }) => json({ data: await listOwnInvitations({ actor }) }));
