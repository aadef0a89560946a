import { countUnreadMentions } from "@/lib/server/comment/count-unread-mentions";
import { apiRoute, json } from "@/lib/server/http/api-route";

export const GET = apiRoute("article.read", async ({ actor }) => json({ data: { count: await countUnreadMentions({ actor }) } }));
