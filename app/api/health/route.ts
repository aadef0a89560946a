// Liveness: the process answers. Deliberately touches nothing else, so a database outage does not
// make an orchestrator restart healthy instances (that is what /api/ready is for).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
