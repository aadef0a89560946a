import { readFileSync } from "node:fs";

// For `npm run bench:load` only: a bare route handler that answers with a fixed JSON document (no
// authentication, no database), the baseline the real article endpoint is compared against. It
// exists only when FACTDESK_BENCH_JSON names a file; otherwise it is a plain 404.
let body: string | null = null;

export function GET(): Response {
  const file = process.env.FACTDESK_BENCH_JSON;
  if (!file) return Response.json({ error: { code: "NOT_FOUND", message: "Not found." } }, { status: 404 });
  body ??= readFileSync(file, "utf8");
  return new Response(body, { headers: { "content-type": "application/json", "cache-control": "no-store" } });
}
