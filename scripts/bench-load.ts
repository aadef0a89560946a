// `npm run bench:load`: the production server on a throw-away embedded PostgreSQL holding a generated
// archive (10,000 articles, 200,000 claims, final and reviewers' verdicts, comments), driven by 50
// concurrent API clients with a mixed reviewer workload for two minutes (BENCH_LOAD_SECONDS). Prints
// p50/p95/p99, requests per second and errors per endpoint; then GET /api/v1/articles/{id} for a
// 200-claim article against the raw SQL of the same data and a bare route handler returning the same
// JSON, and the database round trips per request at 10, 200 and 1,000 claims.
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIfStale } from "./lib/build-if-stale";
import { generateArchive } from "./lib/generate-archive";
import { LatencyStats, median } from "./lib/latency-stats";
import { startRoundTripProxy } from "./lib/round-trip-proxy";
import { startAppServer } from "./lib/start-app-server";
import { withThrowawayDatabase } from "./lib/throwaway-database";

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 120);
const CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 50);

await withThrowawayDatabase(async () => {
  const databaseUrl = process.env.DATABASE_URL!;
  const started = performance.now();
  const archive = await generateArchive();
  console.log(`archive: ${archive.articles.toLocaleString("en")} articles, ${archive.claims.toLocaleString("en")} claims, ${archive.verdicts.toLocaleString("en")} verdicts, ${archive.comments.toLocaleString("en")} comments (${((performance.now() - started) / 1000).toFixed(0)} s)`);

  buildIfStale();
  const benchJson = path.join(tmpdir(), `factdesk-bench-${process.pid}.json`);
  // The load runs against a server connected straight to PostgreSQL; the round trips are counted on
  // a second one behind the counting proxy, whose relaying would otherwise take CPU from the load.
  let server = await startAppServer(databaseUrl, { FACTDESK_BENCH_JSON: benchJson, FACTDESK_COMPRESS: "false" });
  const target = new URL(databaseUrl);
  const proxy = await startRoundTripProxy({ host: target.hostname, port: Number(target.port) });
  try {
    const base = server.base;
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const get = (url: string, token = archive.tokens.reviewer, at = base) => fetch(`${at}${url}`, { headers: auth(token) });

    writeFileSync(benchJson, await (await get(`/api/v1/articles/${archive.sized[200]}`)).text());

    // 1. Mixed workload.
    const stats = new LatencyStats();
    const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;
    const work: [number, string, () => Promise<Response>][] = [
      [30, "GET /articles/{id}", () => get(`/api/v1/articles/${pick(archive.articleIds)}`)],
      [20, "GET /claims/{id}", () => get(`/api/v1/claims/${pick(archive.claimIds)}`)],
      [10, "GET /articles", () => get("/api/v1/articles?limit=20")],
      [10, "GET /search", () => get(`/api/v1/search?q=${pick(["Steuern", "Export", "Inflation", "Regierung"])}`)],
      [5, "GET /claims/{id}/verdicts", () => get(`/api/v1/claims/${pick(archive.claimIds)}/verdicts`)],
      [5, "GET /me/queue", () => get("/api/v1/me/queue")],
      [10, "PATCH /claims/{id}", async () => {
        const id = pick(archive.claimIds);
        const claim = (await (await get(`/api/v1/claims/${id}`)).json()) as { data: { version: number } };
        return fetch(`${base}/api/v1/claims/${id}`, { method: "PATCH", headers: { ...auth(archive.tokens.reviewer), "content-type": "application/json" }, body: JSON.stringify({ version: claim.data.version, normalizedText: `Fassung ${Date.now()}` }) });
      }],
      [10, "POST /claims/{id}/comments", () => fetch(`${base}/api/v1/claims/${pick(archive.claimIds)}/comments`, { method: "POST", headers: { ...auth(archive.tokens.reviewer), "content-type": "application/json" }, body: JSON.stringify({ body: "Quelle geprüft, Zahl stimmt." }) })],
    ];
    if (process.env.BENCH_LOAD_BARE) work.push([100, "GET bare route", () => fetch(`${base}/api/bench/article`)]);
    const only = process.env.BENCH_LOAD_ONLY; // e.g. "GET /claims" to look at one kind of request
    const weights = work.filter(([, name]) => !only || name.startsWith(only)).flatMap(([weight, name, run]) => Array.from({ length: weight }, () => [name, run] as const));
    const until = Date.now() + SECONDS * 1000;
    await Promise.all(Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < until) {
        const [name, run] = pick(weights);
        const t0 = performance.now();
        const status = await run().then(async (response) => (await response.arrayBuffer(), response.status), () => 0);
        stats.record(name, performance.now() - t0, status);
      }
    }));
    console.log(`\n${CLIENTS} clients for ${SECONDS} s (409s are edits that lost a race, expected):\n${stats.table(SECONDS)}\n`);

    // 2. The article endpoint against raw SQL and a bare route handler, one request at a time.
    const RUNS = 200;
    const endpoint = `/api/v1/articles/${archive.sized[200]}`;
    const time = async (run: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await run();
        times.push(performance.now() - t0);
      }
      return median(times);
    };
    const sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    const rawSql = await time(() => rawArticleQuery(sql, archive.sized[200]!));
    await sql.end();
    const bare = await time(async () => (await fetch(`${base}/api/bench/article`)).text());
    const real = await time(async () => (await get(endpoint)).text());
    console.log(`GET /api/v1/articles/{id}, 200 claims, median of ${RUNS}: endpoint ${real.toFixed(2)} ms, raw SQL ${rawSql.toFixed(2)} ms, bare route ${bare.toFixed(2)} ms → ratio ${(real / (rawSql + bare)).toFixed(2)} (target ≤ 1.25)`);

    // 3. Round trips per request by article size.
    server.stop();
    const proxied = new URL(databaseUrl);
    proxied.port = String(proxy.port);
    server = await startAppServer(proxied.toString(), { FACTDESK_BENCH_JSON: benchJson, FACTDESK_COMPRESS: "false" });
    for (const size of [10, 200, 1000] as const) {
      const before = proxy.roundTrips();
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        await (await get(`/api/v1/articles/${archive.sized[size]}`, archive.tokens.reviewer, server.base)).arrayBuffer();
        times.push(performance.now() - t0);
      }
      console.log(`GET /api/v1/articles/{id} with ${String(size).padStart(4)} claims: ${((proxy.roundTrips() - before) / 20).toFixed(1)} database round trips per request, median ${median(times).toFixed(1)} ms`);
    }
  } finally {
    server.stop();
    await proxy.close();
  }
});

/** The same data as the endpoint reads: the article with outlet and importer, and its claims in order. */
async function rawArticleQuery(client: pg.Client, id: string) {
  await client.query(
    `SELECT a.id, a."outletId", a.title, a.body, a."sourceUrl", a.language, a."publishedAt", a."textVersion", a.version, a."extractedAt", a."importedById", a."importedAt", a."updatedAt",
            o.id AS "o_id", o.name AS "o_name", o.domain AS "o_domain", u.id AS "u_id", u.name AS "u_name",
            (SELECT json_agg(c ORDER BY c.position) FROM (
               SELECT id, "articleId", "textVersion", start, "end", text, "normalizedText", kind, checkworthiness, checkworthy, reasons, "claimantText", "claimantStart", "claimantEnd",
                      entities, status, "assigneeId", position, version, "anchorState", excluded, "touchedAt", origin, "mergedIntoId", "createdAt", "updatedAt"
               FROM "Claim" WHERE "articleId" = a.id AND "mergedIntoId" IS NULL) c) AS claims
     FROM "Article" a LEFT JOIN "Outlet" o ON o.id = a."outletId" LEFT JOIN "User" u ON u.id = a."importedById"
     WHERE a.id = $1`,
    [id],
  );
}
