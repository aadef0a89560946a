import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepRequesting } from "../support/load-loop";
import { startOwnStack } from "../support/own-stack";

type Stack = Awaited<ReturnType<typeof startOwnStack>>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const GRACE_MS = 8_000;

/**
 * A request in flight across the signal: a client on a slow line that sends the first half of its
 * body, then (when `rest` resolves) the other half. Resolves with the status and parsed answer.
 */
function slowUpload(url: string, token: string, body: string, rest: Promise<void>) {
  const bytes = Buffer.from(body);
  return new Promise<{ status: number; body: { data?: { id: string } } }>((resolve, reject) => {
    const req = request(url, { method: "POST", agent: false, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": bytes.length } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.write(bytes.subarray(0, bytes.length >> 1));
    void rest.then(() => req.end(bytes.subarray(bytes.length >> 1)));
  });
}

describe("SIGTERM under load", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startOwnStack("shutdown", { env: { FACTDESK_SHUTDOWN_GRACE_MS: String(GRACE_MS) } });
  }, 120_000);
  afterAll(async () => stack?.close());

  it("answers every request it took, ends event streams, hands its running import back and exits 0 within the grace period", { timeout: 240_000 }, async () => {
    const headers = { authorization: `Bearer ${stack.token}` };
    const jsonHeaders = { ...headers, "content-type": "application/json" };
    const created = await fetch(`${stack.baseUrl}/api/v1/articles`, { method: "POST", headers: jsonHeaders, body: JSON.stringify({ title: "Vor dem Neustart", text: "Die Regierung senkte die Steuern um 3 Prozent." }) });
    expect(created.status).toBe(201);
    const articleId = ((await created.json()) as { data: { id: string } }).data.id;

    // A live stream, open until the server ends it.
    const stream = await fetch(`${stack.baseUrl}/api/v1/events?articleId=${articleId}`, { headers });
    expect(stream.status).toBe(200);
    let signalled = 0;
    const streamEnded = (async () => {
      const reader = stream.body!.getReader();
      for (;;) if ((await reader.read()).done) return { ended: true, afterMs: Date.now() - signalled };
    })().catch((error: Error) => ({ ended: false, error: error.message }));

    // A bulk import, running when the signal comes.
    const lines = Array.from({ length: 200 }, (_, index) => JSON.stringify({ title: `Schicht ${index}`, text: `Die Regierung senkte die Steuern um ${index} Prozent. Der Export fiel um ${index % 7} Prozent.` }));
    const imported = await fetch(`${stack.baseUrl}/api/v1/imports`, { method: "POST", headers: { ...headers, "content-type": "application/x-ndjson" }, body: `${lines.join("\n")}\n` });
    expect(imported.status).toBe(202);
    const jobId = ((await imported.json()) as { data: { id: string } }).data.id;
    for (let waited = 0; ((await stack.db.importJob.findUniqueOrThrow({ where: { id: jobId } })).processed) < 10 && waited < 60_000; waited += 100) await sleep(100);

    // Steady reads, and one slow upload in flight: half its body now, the rest 2 s after the signal.
    let loading = true;
    const load = keepRequesting(`${stack.baseUrl}/api/v1/articles?limit=5`, headers, 4, () => loading);
    let sendRest = () => {};
    const slow = slowUpload(`${stack.baseUrl}/api/v1/articles`, stack.token, JSON.stringify({ title: "Langsam hochgeladen", text: "Der Export fiel um 2 Prozent. ".repeat(200) }), new Promise<void>((resolve) => (sendRest = resolve)));
    slow.catch(() => {}); // awaited below
    await sleep(500);

    signalled = Date.now();
    stack.app().stop();
    setTimeout(sendRest, 2_000);
    const exit = await stack.app().exited;
    const stoppedAfter = Date.now() - signalled;
    loading = false;
    const tally = await load;
    console.log(`shutdown under load: exit ${JSON.stringify(exit)} after ${stoppedAfter} ms; stream ${JSON.stringify(await streamEnded)}; answered ${JSON.stringify(Object.fromEntries(tally.answered))}, refused ${JSON.stringify(Object.fromEntries(tally.refused))}`);

    expect(exit).toEqual({ code: 0, signal: null });
    expect(stoppedAfter).toBeLessThan(GRACE_MS + 2_000);
    const slowAnswer = await slow;
    expect(slowAnswer.status).toBe(201);
    expect(await stack.db.article.findUnique({ where: { id: slowAnswer.body.data!.id } })).not.toBeNull();
    expect(await streamEnded).toMatchObject({ ended: true });
    expect(tally.cutOff).toEqual([]);
    expect([...tally.answered.keys()]).toEqual([200]);
    expect([...tally.refused.keys()].filter((code) => code !== "ECONNREFUSED" && code !== "ECONNRESET")).toEqual([]);

    // The import was handed back unfinished, with its progress, and no worker holds it.
    const handedBack = await stack.db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(handedBack.processed).toBeLessThan(lines.length);
    expect(handedBack.heartbeatAt).toBeNull();

    // The restarted instance takes it up at once (not only once a lease goes stale) and finishes it, each line once.
    await stack.startApp();
    const restarted = Date.now();
    let job = handedBack;
    while (job.status !== "done" && Date.now() - restarted < 150_000) {
      await sleep(250);
      job = await stack.db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    }
    console.log(`import handed back after ${handedBack.processed} of ${lines.length} lines, finished ${Date.now() - restarted} ms after the restart`);
    expect(job).toMatchObject({ status: "done", succeeded: lines.length, failed: 0 });
    expect(await stack.db.article.count({ where: { teamId: stack.teamId, title: { startsWith: "Schicht " } } })).toBe(lines.length);
  });
});
