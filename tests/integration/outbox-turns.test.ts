import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { v7 as uuidv7 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { createComment } from "@/lib/server/comment/create-comment";
import { db } from "@/lib/server/db/client";
import { createArticleInput } from "@/lib/validations/article";
import { createRoleTokens, createTestTeam, type TestTeam } from "../support/factory";
import { api } from "../support/http";

// Hostile probe of stop 43: the outbox was turned into webhook deliveries first in, first out across teams, so one
// team's 600 comments to 20 webhooks held another team's single event for a minute. The teams now take turns.
let receiver: Server;
let receiverUrl: string;

beforeAll(async () => {
  receiver = createServer((_req, res) => res.writeHead(200).end("ok"));
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

async function commentedClaim(team: TestTeam) {
  const article = await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title: "Outbox", text: `Die Zahl stieg um ${Date.now() % 97} Prozent.` }) });
  const claim = await db.claim.findFirstOrThrow({ where: { articleId: article.id } });
  const admin = (await createRoleTokens(team)).admin;
  const hook = await api("/api/v1/team/webhooks", { token: admin, method: "POST", json: { url: `${receiverUrl}/in`, events: ["comment.created"] } });
  expect(hook.status).toBe(201);
  await createComment({ actor: team.actors.reviewer, claimId: claim.id, input: { body: "first" } });
  return { claimId: claim.id, webhookId: hook.body.data.id as string };
}

describe("outbox dispatch", () => {
  it("turns another team's one event into deliveries before the rest of one team's backlog", { timeout: 120_000 }, async () => {
    const busy = await createTestTeam("outbox-busy");
    const quiet = await createTestTeam("outbox-quiet");
    const busyHook = await commentedClaim(busy);
    const quietHook = await commentedClaim(quiet);
    // A backlog of 600 events of the busy team (its comment's event, written again), then the quiet team's comment.
    const activity = await db.activity.findFirstOrThrow({ where: { teamId: busy.teamId, action: "comment.created" } });
    // Time-ordered ids, as the app writes them: the outbox goes by id.
    const ids = Array.from({ length: 600 }, () => uuidv7());
    await db.$executeRaw`
      INSERT INTO "OutboxEvent" (id, "teamId", "actorId", event, "activityId")
      SELECT unnest(${ids}::uuid[]), ${busy.teamId}::uuid, ${activity.actorId}::uuid, 'comment.created', ${activity.id}::uuid`;
    await createComment({ actor: quiet.actors.reviewer, claimId: quietHook.claimId, input: { body: "second" } });

    const deadline = Date.now() + 90_000;
    let quietAt: Date | null = null;
    while (!quietAt && Date.now() < deadline) {
      const deliveries = await db.webhookDelivery.findMany({ where: { webhookId: quietHook.webhookId }, orderBy: { createdAt: "asc" }, select: { createdAt: true } });
      if (deliveries.length >= 2) quietAt = deliveries[1]!.createdAt;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(quietAt).not.toBeNull();
    // Most of the busy team's backlog was dispatched after the quiet team's event, not before it.
    const busyAfter = await db.webhookDelivery.count({ where: { webhookId: busyHook.webhookId, createdAt: { gt: quietAt! } } });
    const busyLeft = await db.outboxEvent.count({ where: { teamId: busy.teamId } });
    expect(busyAfter + busyLeft).toBeGreaterThan(400);
  });
});
