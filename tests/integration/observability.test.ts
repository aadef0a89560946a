import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/server/auth/password";
import { signInCookie } from "@/scripts/lib/start-app-server";
import { baseUrl, signInFrom } from "../support/http";
import { startOwnStack } from "../support/own-stack";
import { METRICS_TOKEN } from "../support/test-constants";

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${baseUrl()}${path}`, { headers });

describe("health, readiness and request ids on the shared server", () => {
  it("answers /api/health and /api/ready without sign-in", async () => {
    const health = await get("/api/health");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await get("/api/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok", jobQueue: "ok" } });
  });

  it("keeps a safe incoming X-Request-Id, replaces an unsafe one, and puts it in error JSON", async () => {
    const kept = await get("/api/v1/articles", { "x-request-id": "edge-proxy.4f2a9c" });
    expect(kept.status).toBe(401);
    expect(kept.headers.get("x-request-id")).toBe("edge-proxy.4f2a9c");
    expect(((await kept.json()) as { error: { requestId: string } }).error.requestId).toBe("edge-proxy.4f2a9c");

    for (const unsafe of ["a\"}{\"userId\":\"x", "x".repeat(200), "short"]) {
      const replaced = await get("/api/v1/nothing-here", { "x-request-id": unsafe });
      const id = replaced.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(((await replaced.json()) as { error: { requestId: string } }).error.requestId).toBe(id);
    }
    const page = await get("/sign-in");
    expect(page.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("/api/metrics", () => {
  it("refuses a missing or wrong token with 401", async () => {
    expect((await get("/api/metrics")).status).toBe(401);
    expect((await get("/api/metrics", { authorization: `Bearer ${METRICS_TOKEN}x` })).status).toBe(401);
    const refused = await get("/api/metrics", { authorization: "Basic abc" });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/Bearer/);
  });

  it("counts requests by route pattern and status, and shows pool, queue, live streams and sign-in failures", async () => {
    const claimId = crypto.randomUUID();
    await get(`/api/v1/claims/${claimId}`);
    const failed = await signInFrom("127.0.31.7", `nobody-${claimId}@example.invalid`, "wrong password");
    expect(failed.cookie).toBeNull();
    const scrape = await get("/api/metrics", { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await scrape.text();
    expect(text).toMatch(/factdesk_http_requests_total\{route="\/api\/v1\/claims\/\[id\]",method="GET",status="401"\} [1-9]/);
    expect(text).toMatch(/factdesk_http_request_duration_seconds_bucket\{le="[^"]+",route="\/api\/v1\/claims\/\[id\]"/);
    expect(text).not.toContain(claimId);
    expect(text).toMatch(/factdesk_db_pool_connections\{state="open"\} \d+/);
    expect(text).toMatch(/factdesk_job_queue_jobs\{queue="article-import",state="queued"\} \d+/);
    expect(text).toMatch(/factdesk_job_queue_jobs\{queue="article-import",state="failed"\} \d+/);
    expect(text).toMatch(/factdesk_live_streams \d+/);
    expect(text).toMatch(/factdesk_sign_in_failures_total\{reason="credentials"\} [1-9]/);
    expect(text).not.toContain(METRICS_TOKEN);
  });
});

describe("an instance of its own: request and job logs, metrics off, readiness failing", () => {
  let output = "";
  let stack: Awaited<ReturnType<typeof startOwnStack>>;
  const logLines = () =>
    output.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);

  beforeAll(async () => {
    stack = await startOwnStack("observe", { onOutput: (text) => (output += text) });
  }, 120_000);
  afterAll(async () => stack?.close());

  it("answers 404 with a sentence at /api/metrics when FACTDESK_METRICS_TOKEN is unset", async () => {
    const response = await fetch(`${stack.baseUrl}/api/metrics`, { headers: { authorization: "Bearer anything" } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/FACTDESK_METRICS_TOKEN/);
  });

  it("writes one JSON line per request with route, status, duration, user and team, and never a secret", { timeout: 60_000 }, async () => {
    const password = "observe-secret-passphrase";
    const admin = await stack.db.user.update({ where: { email: "admin@observe.invalid" }, data: { passwordHash: await hashPassword(password) } });
    const cookie = await signInCookie(stack.baseUrl, admin.email, password);
    const session = /next-auth\.session-token=([^;]+)/.exec(cookie)?.[1];
    expect(session).toBeTruthy();

    const byCookie = await fetch(`${stack.baseUrl}/api/v1/articles`, { headers: { cookie, "x-request-id": "observe-cookie-1" } });
    expect(byCookie.status).toBe(200);
    const byToken = await fetch(`${stack.baseUrl}/api/v1/articles`, { headers: { authorization: `Bearer ${stack.token}`, "x-request-id": "observe-token-1" } });
    expect(byToken.status).toBe(200);
    const posted = await fetch(`${stack.baseUrl}/api/v1/articles`, {
      method: "POST",
      headers: { authorization: `Bearer ${stack.token}`, "content-type": "application/json", "x-request-id": "observe-post-1" },
      body: JSON.stringify({ title: "Body secret", text: `Body text ${password} must not be logged. Die Zahl stieg um 3 Prozent.` }),
    });
    expect(posted.status).toBe(201);

    await expect.poll(() => logLines().filter((line) => String(line.requestId).startsWith("observe-")).length).toBe(3);
    const cookieLine = logLines().find((line) => line.requestId === "observe-cookie-1")!;
    expect(cookieLine).toMatchObject({ kind: "request", method: "GET", route: "/api/v1/articles", status: 200, userId: admin.id, teamId: stack.teamId });
    expect(typeof cookieLine.time).toBe("string");
    expect(cookieLine.durationMs).toEqual(expect.any(Number));
    expect(logLines().find((line) => line.requestId === "observe-token-1")).toMatchObject({ route: "/api/v1/articles", userId: admin.id, teamId: stack.teamId });
    expect(logLines().find((line) => line.requestId === "observe-post-1")).toMatchObject({ method: "POST", status: 201 });
    expect(logLines().find((line) => line.route === "/api/auth/[...nextauth]")).toBeTruthy();

    for (const secret of [password, session!, stack.token, "Body secret", "x-factdesk-peer-address"]) expect(output).not.toContain(secret);
  });

  it("writes one JSON line per job with its name, id, duration and outcome", { timeout: 60_000 }, async () => {
    const lines = [1, 2].map((i) => JSON.stringify({ title: `Job ${i}`, text: `Job line ${i}: Die Zahl lag bei ${i} Prozent.` }));
    const created = await fetch(`${stack.baseUrl}/api/v1/imports`, {
      method: "POST",
      headers: { authorization: `Bearer ${stack.token}`, "content-type": "application/x-ndjson" },
      body: `${lines.join("\n")}\n`,
    });
    expect(created.status).toBe(202);
    await expect.poll(() => logLines().find((line) => line.kind === "job"), { timeout: 30_000 }).toMatchObject({
      name: "article-import",
      jobId: expect.any(String),
      durationMs: expect.any(Number),
      outcome: "completed",
    });
    expect(output).not.toContain("Job line 1");
  });

  it("answers /api/ready with 503 and the reason when a migration is missing or the database is down", { timeout: 60_000 }, async () => {
    const [latest] = await stack.db.$queryRaw<{ id: string }[]>`SELECT id FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await stack.db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = ${latest!.id}`;
    const pending = await fetch(`${stack.baseUrl}/api/ready`);
    expect(pending.status).toBe(503);
    expect(await pending.json()).toMatchObject({ status: "unavailable", checks: { database: "ok", migrations: "failing" }, reason: expect.stringMatching(/migration/) });
    await stack.db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${latest!.id}`;
    expect((await fetch(`${stack.baseUrl}/api/ready`)).status).toBe(200);

    await stack.stopPostgres();
    const down = await fetch(`${stack.baseUrl}/api/ready`);
    expect(down.status).toBe(503);
    const text = await down.text();
    expect(JSON.parse(text)).toMatchObject({ status: "unavailable", checks: { database: "failing" }, reason: "The database is not reachable." });
    expect(text).not.toMatch(/postgres(ql)?:\/\/|127\.0\.0\.1|factdesk@/);
    expect((await fetch(`${stack.baseUrl}/api/health`)).status).toBe(200);
  });
});
