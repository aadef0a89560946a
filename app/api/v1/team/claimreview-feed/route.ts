import { apiRoute, json } from "@/lib/server/http/api-route";
import { readNoBody } from "@/lib/server/http/read-json-body";
import { disablePublicFeed, enablePublicFeed, getPublicFeedStatus } from "@/lib/server/feed/public-claim-review-feed";

export const GET = apiRoute("article.read", async ({ actor }) => json({ data: await getPublicFeedStatus({ actor }) }));

/** Turn the public feed on, or give it a new address; the answer is the only place the address appears. */
export const POST = apiRoute("team.manage", async ({ req, actor }) => {
  await readNoBody(req);
  return json({ data: await enablePublicFeed({ actor }) }, 201);
});

export const DELETE = apiRoute("team.manage", async ({ actor }) => json({ data: await disablePublicFeed({ actor }) }));
