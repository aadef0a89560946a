import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifySignature } from "@/lib/domain/notify/webhook-signature";
import { db } from "@/lib/server/db/client";
import { deliverWebhook } from "@/lib/server/webhook/deliver-webhook";
import { createRoleTokens, createTestTeam, type TestTeam } from "../support/factory";
import { api } from "../support/http";

// Webhooks end to end: registered over the API, events caused over HTTP, deliveries POSTed by the
// production server's job queue to a receiver started here, which checks what a real one would.

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
/** Answers 500 to this many requests on a path before answering 200. */
const failures = new Map<string, number>();
let team: TestTeam;
let other: TestTeam;
let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
let otherTokens: Awaited<ReturnType<typeof createRoleTokens>>;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const left = failures.get(path) ?? 0;
      if (left > 0) {
        failures.set(path, left - 1);
        return res.writeHead(500).end("receiver broke");
      }
      res.writeHead(200, { "content-type": "text/plain" }).end("thanks");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  team = await createTestTeam("hooks");
  other = await createTestTeam("hooks-other");
  tokens = await createRoleTokens(team);
  otherTokens = await createRoleTokens(other);
});

afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const register = async (token: string, path: string, events: string[], format = "json") => {
  const response = await api("/api/v1/team/webhooks", { token, method: "POST", json: { url: `${receiverUrl}${path}`, events, format } });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.data as { id: string; secret: string; url: string; events: string[] };
};

let articles = 0;
async function newClaim(token = tokens.editor, title = "Hook test") {
  articles++;
  const created = await api("/api/v1/articles", { token, method: "POST", json: { title, text: `Die Exporte fielen im Jahr ${1800 + articles} um ${Date.now() % 89} Prozent, teilte das Ministerium mit.` } });
  expect(created.status).toBe(201);
  const article = await api(`/api/v1/articles/${created.body.data.id}`, { token });
  return { articleId: created.body.data.id as string, claim: article.body.data.claims[0] as { id: string; version: number } };
}

// The wait only catches a hang (delivery runs on the job queue, which a busy 2-core machine slows): 60 s, not a speed target.
async function waitForDelivery(path: string, match: (payload: any) => boolean = () => true, timeoutMs = 60_000, skip = 0): Promise<Received & { payload: any }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = received.filter((entry) => entry.path === path && entry.headers["content-type"] === "application/json" && match(JSON.parse(entry.body)));
    if (found.length > skip) return { ...found[skip]!, payload: JSON.parse(found[skip]!.body) };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No delivery to ${path} within ${timeoutMs} ms`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("webhooks", () => {
  it("only admins manage webhooks; the secret is shown once and stored encrypted; bad input is a 400", async () => {
    for (const role of ["editor", "reviewer", "viewer"] as const) {
      expect((await api("/api/v1/team/webhooks", { token: tokens[role] })).status).toBe(403);
      expect((await api("/api/v1/team/webhooks", { token: tokens[role], method: "POST", json: { url: `${receiverUrl}/x`, events: ["claim.assigned"] } })).status).toBe(403);
    }
    expect((await api("/api/v1/team/webhooks", { token: tokens.admin, method: "POST", json: { url: `${receiverUrl}/x`, events: [] } })).status).toBe(400);
    expect((await api("/api/v1/team/webhooks", { token: tokens.admin, method: "POST", json: { url: "ftp://example.org/x", events: ["claim.assigned"] } })).status).toBe(400);
    expect((await api("/api/v1/team/webhooks", { token: tokens.admin, method: "POST", json: { url: `${receiverUrl}/x`, events: ["claim.deleted"] } })).status).toBe(400);
    const hook = await register(tokens.admin, "/once", ["share_link.created"]);
    expect(hook.secret).toMatch(/^whsec_/);
    const listed = await api("/api/v1/team/webhooks", { token: tokens.admin });
    expect(listed.body.data).toEqual([expect.objectContaining({ id: hook.id, events: ["share_link.created"], format: "json" })]);
    expect(JSON.stringify(listed.body)).not.toContain(hook.secret);
    const stored = await db.webhook.findUniqueOrThrow({ where: { id: hook.id } });
    expect(stored.secretSealed).not.toContain(hook.secret.slice(6));
    // Another team sees nothing of it and cannot touch it.
    expect((await api("/api/v1/team/webhooks", { token: otherTokens.admin })).body.data).toEqual([]);
    expect((await api(`/api/v1/team/webhooks/${hook.id}/deliveries`, { token: otherTokens.admin })).status).toBe(404);
    expect((await api(`/api/v1/team/webhooks/${hook.id}`, { token: otherTokens.admin, method: "DELETE" })).status).toBe(404);
    expect((await api(`/api/v1/team/webhooks/${hook.id}`, { token: tokens.admin, method: "DELETE" })).status).toBe(204);
    expect((await api(`/api/v1/team/webhooks/${hook.id}/deliveries`, { token: tokens.admin })).status).toBe(404);
  });

  it("a subscribed event arrives signed, with the team and the object as the API returns it; others' events never", async () => {
    const hook = await register(tokens.admin, "/main", ["claim.assigned", "verdict.submitted", "comment.created"]);
    const otherHook = await register(otherTokens.admin, "/other", ["claim.assigned", "comment.created", "article.imported"]);
    const { claim } = await newClaim();
    const assigned = await api(`/api/v1/claims/${claim.id}`, { token: tokens.editor, method: "PATCH", json: { version: claim.version, assigneeId: team.actors.reviewer.userId } });
    expect(assigned.status).toBe(200);
    const delivery = await waitForDelivery("/main", (payload) => payload.event === "claim.assigned" && payload.data.id === claim.id);
    const now = Math.floor(Date.now() / 1000);
    expect(verifySignature(hook.secret, delivery.body, String(delivery.headers["factdesk-signature"]), now)).toBe(true);
    expect(verifySignature(otherHook.secret, delivery.body, String(delivery.headers["factdesk-signature"]), now)).toBe(false);
    expect(verifySignature(hook.secret, delivery.body.replace("claim.assigned", "claim.assignee"), String(delivery.headers["factdesk-signature"]), now)).toBe(false);
    expect(String(delivery.headers["factdesk-signature"])).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(delivery.headers["factdesk-event"]).toBe("claim.assigned");
    const team_ = await db.team.findUniqueOrThrow({ where: { id: team.teamId } });
    expect(delivery.payload).toMatchObject({ event: "claim.assigned", team: { id: team.teamId, name: team_.name }, data: { ...assigned.body.data, updatedAt: assigned.body.data.updatedAt } });
    expect(delivery.payload.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(delivery.payload.createdAt)).toBeGreaterThan(0);

    // Not subscribed here: the article import. The other team's receiver got nothing of this team.
    await sleep(1_500);
    expect(received.filter((entry) => entry.path === "/main" && JSON.parse(entry.body).event === "article.imported")).toEqual([]);
    expect(received.filter((entry) => entry.path === "/other")).toEqual([]);
    const foreign = await newClaim(otherTokens.editor);
    await waitForDelivery("/other", (payload) => payload.event === "article.imported" && payload.data.id === foreign.articleId);
    await sleep(1_000);
    expect(received.filter((entry) => entry.path === "/main" && entry.body.includes(foreign.articleId))).toEqual([]);
  });

  it("a delivery answered with 500 is retried with backoff and logged attempt by attempt; the admin can replay it", async () => {
    const hook = await register(tokens.admin, "/flaky", ["comment.created"]);
    failures.set("/flaky", 1);
    const { claim } = await newClaim();
    const comment = await api(`/api/v1/claims/${claim.id}/comments`, { token: tokens.reviewer, method: "POST", json: { body: "Needs a second source." } });
    expect(comment.status).toBe(201);
    const delivered = await waitForDelivery("/flaky", (payload) => payload.data.id === comment.body.data.id, 30_000, 1);
    expect(delivered.payload.data).toMatchObject({ id: comment.body.data.id, body: "Needs a second source." });
    let log: any[] = [];
    for (let i = 0; i < 20 && log[0]?.status !== "succeeded"; i++) {
      await sleep(250);
      log = (await api(`/api/v1/team/webhooks/${hook.id}/deliveries`, { token: tokens.admin })).body.data;
    }
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ event: "comment.created", status: "succeeded", attempt: 2, responseStatus: 200, responseBody: "thanks" });
    expect(log[0].durationMs).toBeGreaterThanOrEqual(0);

    const replay = await api(`/api/v1/team/webhooks/${hook.id}/deliveries/${log[0].id}/replay`, { token: tokens.admin, method: "POST" });
    expect(replay.status).toBe(202);
    const again = await waitForDelivery("/flaky", (payload) => payload.data.id === comment.body.data.id, 60_000, 2);
    expect(again.payload.id).toBe(delivered.payload.id); // the same event, so a receiver can drop the duplicate
    expect(verifySignature(hook.secret, again.body, String(again.headers["factdesk-signature"]), Math.floor(Date.now() / 1000))).toBe(true);
    expect((await api(`/api/v1/team/webhooks/${hook.id}/deliveries/${log[0].id}/replay`, { token: tokens.editor, method: "POST" })).status).toBe(403);
    expect((await api(`/api/v1/team/webhooks/${hook.id}/deliveries/${log[0].id}/replay`, { token: otherTokens.admin, method: "POST" })).status).toBe(404);
    // Re-probe of stop 41: 50 replays at once queued 50 posts of one event. While one waits, another is refused.
    const original = await db.webhookDelivery.findUniqueOrThrow({ where: { id: log[0].id } });
    const waiting = await db.webhookDelivery.create({ data: { webhookId: hook.id, eventId: original.eventId, event: original.event, payload: {}, status: "pending" } });
    const refused = await api(`/api/v1/team/webhooks/${hook.id}/deliveries/${log[0].id}/replay`, { token: tokens.admin, method: "POST" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe("This event is already waiting to be delivered to this webhook; replay it once that delivery has ended.");
    await db.webhookDelivery.update({ where: { id: waiting.id }, data: { status: "failed" } });
  });

  it("a Slack endpoint gets one escaped line of text, signed the same way", async () => {
    const hook = await register(tokens.admin, "/slack", ["article.imported"], "slack");
    const { articleId } = await newClaim(tokens.editor, "<b>Exports</b> & more");
    const delivery = await waitForDelivery("/slack", (payload) => typeof payload.text === "string" && payload.text.includes(articleId));
    expect(Object.keys(delivery.payload)).toEqual(["text"]);
    expect(delivery.payload.text).toContain("article.imported: &lt;b&gt;Exports&lt;/b&gt; &amp; more");
    expect(verifySignature(hook.secret, delivery.body, String(delivery.headers["factdesk-signature"]), Math.floor(Date.now() / 1000))).toBe(true);
  });

  it("a private address is refused by the URL-import rules (the test server allows them; production does not), for good at the first attempt", async () => {
    const hook = await db.webhook.create({ data: { teamId: team.teamId, url: "https://127.0.0.1:1/hook", events: ["comment.created"], secretSealed: "unused", createdById: team.actors.admin.userId } });
    for (const url of ["https://127.0.0.1:1/hook", "https://[::ffff:10.0.0.1]/hook", "https://169.254.169.254/latest"]) {
      await db.webhook.update({ where: { id: hook.id }, data: { url } });
      const delivery = await db.webhookDelivery.create({ data: { webhookId: hook.id, eventId: hook.id, event: "comment.created", payload: {} } });
      // Not the last attempt, yet failed at once: no retry can reach a private address.
      expect(await deliverWebhook(delivery.id, { lastAttempt: false, allowPrivate: false })).toBe("failed");
      expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: "failed", attempt: 1, responseStatus: null, responseBody: expect.stringMatching(/private network/) });
    }
    await db.webhook.update({ where: { id: hook.id }, data: { url: "http://example.org/hook" } });
    const plain = await db.webhookDelivery.create({ data: { webhookId: hook.id, eventId: hook.id, event: "comment.created", payload: {} } });
    expect(await deliverWebhook(plain.id, { lastAttempt: false, allowPrivate: false })).toBe("failed");
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: plain.id } })).toMatchObject({ status: "failed", attempt: 1, responseBody: expect.stringMatching(/https/) });
    await db.webhook.delete({ where: { id: hook.id } });
  });
});

describe("delivery log retention", () => {
  it("keeps 30 days of deliveries", async () => {
    const { pruneWebhookDeliveries } = await import("@/lib/server/webhook/prune-deliveries");
    const hook = await db.webhook.create({ data: { teamId: team.teamId, url: "https://hooks.example.org/old", events: ["comment.created"], secretSealed: "unused", createdById: team.actors.admin.userId } });
    const day = 24 * 60 * 60 * 1000;
    const old = await db.webhookDelivery.create({ data: { webhookId: hook.id, eventId: hook.id, event: "comment.created", payload: {}, createdAt: new Date(Date.now() - 31 * day) } });
    const recent = await db.webhookDelivery.create({ data: { webhookId: hook.id, eventId: hook.id, event: "comment.created", payload: {}, createdAt: new Date(Date.now() - 29 * day) } });
    expect(await pruneWebhookDeliveries()).toBeGreaterThanOrEqual(1);
    expect(await db.webhookDelivery.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.webhookDelivery.findUnique({ where: { id: recent.id } })).not.toBeNull();
    await db.webhook.delete({ where: { id: hook.id } });
  });
});
