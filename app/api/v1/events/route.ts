import { can } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth/actor";
import { recheckActor } from "@/lib/server/auth/recheck-actor";
import { apiRoute } from "@/lib/server/http/api-route";
import { shutdownSignal } from "@/lib/server/lifecycle/shutdown";
import { changeFeed } from "@/lib/server/live/change-feed";
import { checkStreamScope } from "@/lib/server/live/check-stream-scope";
import type { AccessChange, Change } from "@/lib/server/live/channel";
import { eventsQuery } from "@/lib/validations/events";
import { queryParams } from "@/lib/server/http/query-params";

// Comments keep proxies from closing an idle stream; each heartbeat also re-checks the caller, in
// case an access announcement was missed (the LISTEN connection was down).
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events: one `change` event per committed change in the actor's team, narrowed to an
 * article or a claim when asked. Pages refresh themselves when one arrives. A stream lives only as
 * long as its caller's access: sign-out, a role change, a disabled membership or a revoked token
 * makes it re-check at once and close when the caller may no longer read.
 */
export const GET = apiRoute("article.read", async ({ req, actor: initialActor }) => {
  const query = eventsQuery.parse(queryParams(req));
  await checkStreamScope(initialActor, query);
  let actor: Actor = initialActor;
  const wanted = (change: Change) =>
    change.teamId === actor.teamId &&
    (!query.articleId || change.articleId === query.articleId) &&
    (!query.claimId || change.claimId === query.claimId);
  const concerns = (change: AccessChange) =>
    (change.userId !== undefined && change.userId === actor.userId) ||
    (change.tokenId !== undefined && change.tokenId === actor.tokenId);
  const encoder = new TextEncoder();
  let stop = () => {};

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        stop();
        try {
          controller.close();
        } catch {}
      };
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const recheck = async () => {
        const current = await recheckActor(actor).catch(() => actor);
        if (!current || !can(current.role, "article.read")) {
          send("event: access-ended\ndata: {}\n\n");
          close();
        } else {
          actor = current;
        }
      };
      // Changes wait behind a running re-check, so nothing committed after a caller lost access reaches them.
      let queue = Promise.resolve();
      const unsubscribe = changeFeed.subscribe((change) => {
        queue = queue.then(() => {
          if (wanted(change)) send(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
        });
      });
      const unsubscribeAccess = changeFeed.subscribeAccess((change) => {
        if (concerns(change)) queue = queue.then(recheck);
      });
      const heartbeat = setInterval(() => {
        send(": keep-alive\n\n");
        void recheck();
      }, HEARTBEAT_MS);
      stop = () => {
        shutdownSignal().removeEventListener("abort", close);
        clearInterval(heartbeat);
        unsubscribe();
        unsubscribeAccess();
      };
      // Greet only once this process listens, after one more check: an access change announced
      // between authentication and LISTEN would otherwise go unnoticed until the next heartbeat.
      queue = queue.then(() => changeFeed.ready()).then(recheck).then(() => send("retry: 2000\n: connected\n\n"));
      req.signal.addEventListener("abort", close);
      // A stream would hold a stopping instance open: end it, and the browser reconnects (retry) to another.
      const instanceStopping = shutdownSignal();
      if (instanceStopping.aborted) close();
      else instanceStopping.addEventListener("abort", close, { once: true });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    // no-transform: neither the app's gzip nor a proxy may hold events back to compress them.
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store, no-transform", "x-accel-buffering": "no" },
  });
});
