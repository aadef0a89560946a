import { poolUse } from "@/lib/server/db/client";
import { errorResponse } from "@/lib/server/http/error-response";
import { jobQueueDepth } from "@/lib/server/jobs/queue-depth";
import { changeFeed } from "@/lib/server/live/change-feed";
import { assertMetricsAccess } from "@/lib/server/observability/metrics-access";
import { registerGauges } from "@/lib/server/observability/metrics";
import { requestIdOf } from "@/lib/server/observability/request-context";

// Prometheus scrape endpoint of this instance (each instance keeps its own registry).
export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  try {
    assertMetricsAccess(req.headers.get("authorization"));
    const registry = registerGauges({ pool: poolUse, queueDepth: jobQueueDepth, liveStreams: () => changeFeed.streamCount });
    return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error, requestIdOf(req.headers));
  }
}
