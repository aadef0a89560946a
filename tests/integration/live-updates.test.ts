import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { updateClaim } from "@/lib/server/claim/update-claim";
import { db } from "@/lib/server/db/client";
import { createArticleInput } from "@/lib/validations/article";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl, signIn } from "../support/http";

let team: TestTeam;
let other: TestTeam;

beforeAll(async () => {
  team = await createTestTeam("live");
  other = await createTestTeam("live-other");
});

/** Opens the event stream and resolves with the first `change` event's data (or null on timeout). */
async function firstChange(path: string, cookie: string, trigger: () => Promise<unknown>, timeoutMs = 5000) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl()}${path}`, { headers: { cookie }, signal: controller.signal });
  expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  // Wait for the server's greeting, so the subscription exists before the change happens.
  while (!buffer.includes(": connected")) buffer += (await reader.read()).value ?? "";
  await trigger();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (;;) {
      const match = /event: change\ndata: (.*)\n/.exec(buffer);
      if (match) return JSON.parse(match[1]!);
      const { value, done } = await reader.read();
      if (done) return null;
      buffer += value;
    }
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

async function claimOf(t: TestTeam, text: string) {
  const article = await createArticle({ actor: t.actors.editor, input: createArticleInput.parse({ title: "Live", text }) });
  return db.claim.findFirstOrThrow({ where: { articleId: article.id } });
}

describe("live updates", () => {
  it("streams a change made by another app instance (this test process) to an open claim page", async () => {
    const claim = await claimOf(team, `Live ${Date.now()}: Der Bund gab 2024 rund 50 Milliarden Euro für Verteidigung aus.`);
    const { cookie } = await signIn(team.emails.viewer, TEST_PASSWORD);
    const started = Date.now();
    const change = await firstChange(`/api/v1/events?claimId=${claim.id}`, cookie!, () =>
      updateClaim({ actor: team.actors.reviewer, id: claim.id, input: { version: claim.version, normalizedText: "Germany spent about €50bn on defence in 2024." } }),
    );
    expect(change).toMatchObject({ claimId: claim.id, articleId: claim.articleId, action: "claim.updated" });
    console.log(`change seen on the stream after ${Date.now() - started} ms`);
  });

  it("never streams another team's changes", async () => {
    const mine = await claimOf(team, `Mine ${Date.now()}: Die Inflation lag im Juli bei 2 Prozent.`);
    const theirs = await claimOf(other, `Theirs ${Date.now()}: Die Inflation lag im Juli bei 2 Prozent.`);
    const { cookie } = await signIn(team.emails.viewer, TEST_PASSWORD);
    const change = await firstChange(`/api/v1/events?articleId=${mine.articleId}`, cookie!, () =>
      updateClaim({ actor: other.actors.reviewer, id: theirs.id, input: { version: theirs.version, checkworthy: false } }),
      1500,
    );
    expect(change).toBeNull();
  });

  it("refuses an unauthenticated stream and a malformed filter", async () => {
    expect((await fetch(`${baseUrl()}/api/v1/events`)).status).toBe(401);
    const { cookie } = await signIn(team.emails.viewer, TEST_PASSWORD);
    const bad = await fetch(`${baseUrl()}/api/v1/events?articleId=nope`, { headers: { cookie: cookie! } });
    expect(bad.status).toBe(400);
  });

  it("answers 404 for a stream narrowed to another team's article or claim", async () => {
    const theirs = await claimOf(other, `Scope ${Date.now()}: Die Arbeitslosenquote lag bei 6 Prozent.`);
    const { cookie } = await signIn(team.emails.viewer, TEST_PASSWORD);
    for (const query of [`articleId=${theirs.articleId}`, `claimId=${theirs.id}`]) {
      const response = await fetch(`${baseUrl()}/api/v1/events?${query}`, { headers: { cookie: cookie! } });
      expect(response.status, query).toBe(404);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/not found/i);
    }
  });
});
