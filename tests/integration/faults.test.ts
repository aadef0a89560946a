import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOwnStack } from "../support/own-stack";

type Stack = Awaited<ReturnType<typeof startOwnStack>>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("PostgreSQL restarting under load", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startOwnStack("faults_db");
  }, 120_000);
  afterAll(async () => stack?.close());

  it("answers 503 JSON while the database is down, recovers by itself, and loses no acknowledged write", { timeout: 180_000 }, async () => {
    const headers = { authorization: `Bearer ${stack.token}`, "content-type": "application/json" };
    const created = await fetch(`${stack.baseUrl}/api/v1/articles`, { method: "POST", headers, body: JSON.stringify({ title: "Ausfall", text: "Die Regierung senkte die Steuern um 3 Prozent. Der Export fiel um 2 Prozent." }) });
    expect(created.status).toBe(201);
    const article = await (await fetch(`${stack.baseUrl}/api/v1/articles/${((await created.json()) as { data: { id: string } }).data.id}`, { headers })).json() as { data: { claims: { id: string }[] } };
    const claimId = article.data.claims[0]!.id;

    // Writers comment without pause; every 201 goes into the ledger.
    const ledger: string[] = [];
    const statuses = new Map<number, number>();
    const unavailable: unknown[] = [];
    let writing = true;
    let sequence = 0;
    const writers = Array.from({ length: 6 }, async () => {
      while (writing) {
        const body = `Eintrag ${sequence++}`;
        const response = await fetch(`${stack.baseUrl}/api/v1/claims/${claimId}/comments`, { method: "POST", headers, body: JSON.stringify({ body }) }).catch(() => null);
        const status = response?.status ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const payload = response ? await response.json().catch(() => null) : null;
        if (status === 201) ledger.push((payload as { data: { id: string } }).data.id);
        if (status === 503) unavailable.push(payload);
        if (status !== 201) await sleep(50);
      }
    });

    await sleep(2000);
    await stack.stopPostgres();
    await sleep(4000);
    const duringOutage = statuses.get(503) ?? 0;
    await stack.startPostgres();
    // Recovered: new writes succeed again without restarting the app.
    const before = ledger.length;
    for (let waited = 0; ledger.length < before + 20 && waited < 60_000; waited += 250) await sleep(250);
    writing = false;
    await Promise.all(writers);

    console.log(`database restart under load: ${JSON.stringify(Object.fromEntries(statuses))}, ${ledger.length} acknowledged writes`);
    expect(duringOutage).toBeGreaterThan(0);
    expect(ledger.length).toBeGreaterThanOrEqual(before + 20);
    expect([...statuses.keys()].filter((status) => status !== 201 && status !== 503)).toEqual([]);
    expect(unavailable[0]).toMatchObject({ error: { code: "UNAVAILABLE", message: expect.stringMatching(/database/i) } });
    const stored = new Set((await stack.db.comment.findMany({ where: { claimId }, select: { id: true } })).map((comment) => comment.id));
    expect(ledger.filter((id) => !stored.has(id))).toEqual([]);
  });
});

describe("the app killed in the middle of a bulk import", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startOwnStack("faults_import");
  }, 120_000);
  afterAll(async () => stack?.close());

  it("leaves each article imported completely (with all its claims) or not at all", { timeout: 180_000 }, async () => {
    const lines = Array.from({ length: 400 }, (_, index) =>
      JSON.stringify({ title: `Meldung ${index}`, text: `Die Regierung senkte die Steuern um ${index} Prozent. Der Export fiel um ${index % 7} Prozent. Laut Statistikamt stieg die Inflation auf ${index % 5},4 Prozent.` }),
    );
    const response = await fetch(`${stack.baseUrl}/api/v1/imports`, { method: "POST", headers: { authorization: `Bearer ${stack.token}`, "content-type": "application/x-ndjson" }, body: `${lines.join("\n")}\n` });
    expect(response.status).toBe(202);
    for (let waited = 0; (await stack.db.article.count({ where: { teamId: stack.teamId } })) < 30 && waited < 60_000; waited += 100) await sleep(100);
    stack.killApp();
    await sleep(500);

    const articles = await stack.db.article.findMany({ where: { teamId: stack.teamId }, select: { id: true, extractedAt: true, _count: { select: { claims: true } } } });
    console.log(`bulk import killed after ${articles.length} of ${lines.length} articles`);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.length).toBeLessThan(lines.length);
    // Every article the engine splits into three claims; a partial import would show fewer.
    expect(articles.filter((article) => article._count.claims !== 3 || !article.extractedAt)).toEqual([]);
    const job = await stack.db.importJob.findFirstOrThrow({ where: { teamId: stack.teamId } });
    const ids = new Set(articles.map((article) => article.id));
    for (const entry of job.imported as { articleId: string }[]) expect(ids.has(entry.articleId)).toBe(true);
  });

  it("resumes the killed import within a minute of the next start and imports every line exactly once", { timeout: 180_000 }, async () => {
    const started = Date.now();
    await stack.startApp();
    let job = await stack.db.importJob.findFirstOrThrow({ where: { teamId: stack.teamId } });
    let resumedAfter: number | null = null;
    while (job.status !== "done" && Date.now() - started < 120_000) {
      await sleep(250);
      job = await stack.db.importJob.findFirstOrThrow({ where: { teamId: stack.teamId } });
      // A worker of the new server took the job over: it wrote its heartbeat (the job's lease).
      if (resumedAfter === null && (job.heartbeatAt?.getTime() ?? 0) > started) resumedAfter = (Date.now() - started) / 1000;
    }
    console.log(`killed bulk import resumed ${resumedAfter?.toFixed(1)} s after the restart, finished after ${((Date.now() - started) / 1000).toFixed(1)} s (${job.succeeded} of ${job.total} lines imported, ${job.failed} failed)`);
    // pg-boss alone would have retried it only after its 60-minute expiry.
    expect(job).toMatchObject({ status: "done", processed: 400, succeeded: 400, failed: 0 });
    expect(resumedAfter).not.toBeNull();
    expect(resumedAfter!).toBeLessThan(60);
    const articles = await stack.db.article.findMany({ where: { teamId: stack.teamId }, select: { id: true, _count: { select: { claims: true } } } });
    expect(articles).toHaveLength(400);
    expect(articles.filter((article) => article._count.claims !== 3)).toEqual([]);
    expect(new Set((job.imported as { articleId: string }[]).map((entry) => entry.articleId)).size).toBe(400);
  });
});
