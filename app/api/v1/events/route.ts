import { apiRoute } from "@/lib/server/http/api-route";
import { changeFeed } from "@/lib/server/live/change-feed";
import type { Change } from "@/lib/server/live/channel";
import { eventsQuery } from "@/lib/validations/events";

// Comments keep proxies from closing an idle stream.
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events: one `change` event per committed change in the actor's team, narrowed to an
 * article or a claim when asked. Pages refresh themselves when one arrives.
 */
export const GET = apiRoute("article.read", async ({ req, actor }) => {
  const query = eventsQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
  const wanted = (change: Change) =>
    change.teamId === actor.teamId &&
    (!query.articleId || change.articleId === query.articleId) &&
    (!query.claimId || change.claimId === query.claimId);
  const encoder = new TextEncoder();
  let stop = () => {};

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unsubscribe = changeFeed.subscribe((change) => {
        if (wanted(change)) send(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
      });
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      send("retry: 2000\n: connected\n\n");
      req.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {}
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no" },
  });
});
