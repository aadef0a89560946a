import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/server/auth/password";
import { startAppServer } from "@/scripts/lib/start-app-server";
import { signIn } from "../support/http";
import { startOwnStack } from "../support/own-stack";
import { startRoundRobinProxy } from "../support/round-robin-proxy";

type Stack = Awaited<ReturnType<typeof startOwnStack>>;
type App = Awaited<ReturnType<typeof startAppServer>>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const PASSWORD = "two instances, one database";

/** Reads an event stream until `seen` matches what arrived, or gives up after `ms`. */
async function waitForEvent(response: Response, seen: (text: string) => boolean, ms = 15_000): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + ms;
  while (!seen(text) && Date.now() < deadline) {
    const next = await Promise.race([reader.read(), sleep(deadline - Date.now()).then(() => null)]);
    if (!next || next.done) break;
    text += decoder.decode(next.value, { stream: true });
  }
  await reader.cancel().catch(() => {});
  return text;
}

// Two app instances on one PostgreSQL behind a round-robin proxy, as in compose.yaml: whatever one
// instance knows, the other must know too, because all of it lives in the database.
describe("two instances, one database", () => {
  let stack: Stack;
  let second: App;
  let proxy: Awaited<ReturnType<typeof startRoundRobinProxy>>;
  const targets: string[] = [];
  let env: Record<string, string>;
  const users: Record<"editor" | "locked", string> = { editor: "", locked: "" };

  beforeAll(async () => {
    proxy = await startRoundRobinProxy(targets);
    // One secret and one public address for both, as behind a real load balancer.
    env = { NEXTAUTH_SECRET: randomBytes(32).toString("base64url"), NEXTAUTH_URL: proxy.base, FACTDESK_TRUST_PROXY: "true" };
    stack = await startOwnStack("instances", { env });
    second = await startAppServer(stack.databaseUrl, env);
    targets.push(stack.baseUrl, second.base);
    const passwordHash = await hashPassword(PASSWORD);
    for (const name of ["editor", "locked"] as const) {
      users[name] = `${name}@instances.invalid`;
      await stack.db.user.create({ data: { email: users[name], name, passwordHash, emailConfirmedAt: new Date(), memberships: { create: { teamId: stack.teamId, role: "editor" } } } });
    }
  }, 180_000);
  afterAll(async () => {
    second?.stop();
    await proxy?.close();
    await stack?.close();
  });

  const first = () => stack.baseUrl;
  const bearer = () => ({ authorization: `Bearer ${stack.token}` });

  it("keeps a session made on one instance on the other, and through the proxy on both", async () => {
    const { cookie } = await signIn(users.editor, PASSWORD, first());
    expect(cookie).not.toBeNull();
    const created = await fetch(`${second.base}/api/v1/articles`, { method: "POST", headers: { cookie: cookie!, "content-type": "application/json" }, body: JSON.stringify({ title: "Zwei Instanzen", text: "Die Regierung senkte die Steuern um 3 Prozent." }) });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { data: { id: string } }).data.id;
    expect((await fetch(`${first()}/api/v1/articles/${id}`, { headers: { cookie: cookie! } })).status).toBe(200);

    const viaProxy = await signIn(users.editor, PASSWORD, proxy.base); // its two requests go to different instances
    expect(viaProxy.cookie).not.toBeNull();
    const before = proxy.served();
    for (let i = 0; i < 4; i++) expect((await fetch(`${proxy.base}/api/v1/articles/${id}`, { headers: { cookie: viaProxy.cookie! } })).status).toBe(200);
    const after = proxy.served();
    for (const target of targets) expect(after[target]! - before[target]!).toBe(2);
  });

  it("delivers a change made through one instance live to a stream open on the other (LISTEN/NOTIFY)", { timeout: 60_000 }, async () => {
    const created = await fetch(`${first()}/api/v1/articles`, { method: "POST", headers: { ...bearer(), "content-type": "application/json" }, body: JSON.stringify({ title: "Live", text: "Der Export fiel um 2 Prozent. Die Inflation stieg auf 3,4 Prozent." }) });
    const articleId = ((await created.json()) as { data: { id: string } }).data.id;
    const article = (await (await fetch(`${first()}/api/v1/articles/${articleId}`, { headers: bearer() })).json()) as { data: { claims: { id: string; version: number }[] } };
    const claim = article.data.claims[0]!;

    const stream = await fetch(`${second.base}/api/v1/events?articleId=${articleId}`, { headers: bearer() });
    expect(stream.status).toBe(200);
    const arrived = waitForEvent(stream, (text) => text.includes(claim.id));
    await sleep(1_000); // the stream greets once it listens; the edit comes after
    const edited = await fetch(`${first()}/api/v1/claims/${claim.id}`, { method: "PATCH", headers: { ...bearer(), "content-type": "application/json" }, body: JSON.stringify({ version: claim.version, normalizedText: "Der Export fiel um zwei Prozent." }) });
    expect(edited.status).toBe(200);
    expect(await arrived).toMatch(new RegExp(`event: change\\ndata: .*"claimId":"${claim.id}"`));
  });

  it("counts failed sign-ins across instances: the account locks after 5 failures spread over both", { timeout: 60_000 }, async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const failed = await signIn(users.locked, "wrong password", attempt % 2 ? second.base : first());
      expect(failed.cookie).toBeNull();
    }
    for (const base of [first(), second.base]) {
      const refused = await signIn(users.locked, PASSWORD, base);
      expect(refused.cookie).toBeNull();
      expect(refused.error).toMatch(/this account/);
    }
  });

  it("refuses a revoked share link on both instances at once", async () => {
    const created = await fetch(`${first()}/api/v1/articles`, { method: "POST", headers: { ...bearer(), "content-type": "application/json" }, body: JSON.stringify({ title: "Geteilt", text: "Die Regierung senkte die Steuern um 5 Prozent." }) });
    const articleId = ((await created.json()) as { data: { id: string } }).data.id;
    const link = ((await (await fetch(`${first()}/api/v1/articles/${articleId}/share-links`, { method: "POST", headers: { ...bearer(), "content-type": "application/json" }, body: "{}" })).json()) as { data: { id: string; token: string } }).data;
    for (const base of [first(), second.base]) expect((await fetch(`${base}/r/${link.token}`)).status).toBe(200);
    expect((await fetch(`${second.base}/api/v1/share-links/${link.id}`, { method: "DELETE", headers: bearer() })).status).toBe(200);
    for (const base of [first(), second.base]) expect((await fetch(`${base}/r/${link.token}`)).status).toBe(404);
  });

  it("works one bulk import on both instances: begun by one, finished by the other when the first stops", { timeout: 240_000 }, async () => {
    // Only the first instance runs while the import starts, so it is certainly the first one's.
    second.stop();
    expect((await second.exited).code).toBe(0);
    const lines = Array.from({ length: 1000 }, (_, index) => JSON.stringify({ title: `Verteilt ${index}`, text: `Die Regierung senkte die Steuern um ${index} Prozent. Der Export fiel um ${index % 7} Prozent.` }));
    const response = await fetch(`${first()}/api/v1/imports`, { method: "POST", headers: { ...bearer(), "content-type": "application/x-ndjson" }, body: `${lines.join("\n")}\n` });
    expect(response.status).toBe(202);
    const jobId = ((await response.json()) as { data: { id: string } }).data.id;
    const progress = async () => stack.db.importJob.findUniqueOrThrow({ where: { id: jobId } });
    for (let waited = 0; (await progress()).processed < 10 && waited < 60_000; waited += 100) await sleep(100);

    second = await startAppServer(stack.databaseUrl, env, second.port);
    stack.app().stop();
    expect((await stack.app().exited).code).toBe(0);
    const byFirst = (await progress()).processed;
    expect(byFirst).toBeGreaterThan(0);
    expect(byFirst).toBeLessThan(lines.length);

    let job = await progress();
    for (let waited = 0; job.status !== "done" && waited < 180_000; waited += 250) {
      await sleep(250);
      job = await progress();
    }
    console.log(`bulk import over two instances: ${byFirst} lines on the first, ${lines.length - byFirst} on the second`);
    expect(job).toMatchObject({ status: "done", succeeded: lines.length, failed: 0 });
    expect(await stack.db.article.count({ where: { teamId: stack.teamId, title: { startsWith: "Verteilt " } } })).toBe(lines.length);
  });
});
