import { apiRoute, json } from "@/lib/server/http/api-route";
import { listMembers } from "@/lib/server/member/list-members";

export const GET = apiRoute("member.read", async ({ actor }) => json({ data: await listMembers({ actor }) }));
