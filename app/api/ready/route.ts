import { checkReadiness } from "@/lib/server/observability/readiness";

// Readiness for load balancers: 200 when this instance can serve, else 503 with the reason. No
// sign-in, so it says only which check fails, never how the database is reached.
export const dynamic = "force-dynamic";

export async function GET() {
  const { ready, checks, reason } = await checkReadiness();
  return Response.json(
    ready ? { status: "ready", checks } : { status: "unavailable", checks, reason },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
