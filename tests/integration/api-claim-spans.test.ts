import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

let team: TestTeam;
let reviewer: string;
let viewer: string;

beforeAll(async () => {
  team = await createTestTeam("spans");
  reviewer = (await signIn(team.emails.reviewer, TEST_PASSWORD)).cookie!;
  viewer = (await signIn(team.emails.viewer, TEST_PASSWORD)).cookie!;
});

type ClaimRow = { id: string; start: number; end: number; text: string; version: number; position: number };

async function article(text: string) {
  const editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
  const created = await api("/api/v1/articles", { cookie: editor, json: { title: "Spans", text } });
  expect(created.status).toBe(201);
  return load(created.body.data.id);
}
async function load(id: string) {
  return (await api(`/api/v1/articles/${id}`, { cookie: viewer })).body.data as { id: string; body: string; textVersion: number; claims: ClaimRow[] };
}

describe("adding, splitting and merging claims", () => {
  it("adds a claim from a selection, trimmed to its words, and refuses overlaps and stale text", async () => {
    const a = await article(`Kopf ${Date.now()}\n\nDie Regierung senkte die Steuer um 2 Prozent. Wie hoch ist die Steuer danach?`);
    const phrase = "Wie hoch ist die Steuer danach?";
    const start = a.body.indexOf(phrase);
    const created = await api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start: start - 1, end: start + phrase.length, textVersion: a.textVersion } });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ text: phrase, start, origin: "reviewer", checkworthy: true });
    expect(a.body.slice(created.body.data.start, created.body.data.end)).toBe(phrase);
    const overlap = await api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start, end: start + 5, textVersion: a.textVersion } });
    expect(overlap.status).toBe(409);
    const stale = await api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start: 0, end: 4, textVersion: a.textVersion + 1 } });
    expect(stale.status).toBe(409);
    const outside = await api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start: 0, end: a.body.length + 10, textVersion: a.textVersion } });
    expect(outside.status).toBe(400);
    expect((await api("/api/v1/claims", { cookie: viewer, json: { articleId: a.id, start: 0, end: 4, textVersion: 1 } })).status).toBe(403);
    const positions = (await load(a.id)).claims.map((claim) => claim.start);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
  });

  it("splits a claim at an offset and merges neighbours back, keeping offsets exact", async () => {
    const a = await article(`Split ${Date.now()}: Die Preise stiegen um 3 Prozent, und die Löhne stiegen um 5 Prozent.`);
    const claim = a.claims[0]!;
    const at = a.body.indexOf("und die Löhne");
    const split = await api(`/api/v1/claims/${claim.id}/split`, { cookie: reviewer, json: { version: claim.version, at } });
    expect(split.status).toBe(200);
    const { first, second } = split.body.data as { first: ClaimRow; second: ClaimRow };
    expect(a.body.slice(first.start, first.end)).toBe(first.text);
    expect(first.text.endsWith("Prozent,")).toBe(true);
    expect(second.text).toBe("und die Löhne stiegen um 5 Prozent.");
    expect((await api(`/api/v1/claims/${claim.id}/split`, { cookie: reviewer, json: { version: first.version, at: first.start } })).status).toBe(400);

    const merged = await api("/api/v1/claims/merge", { cookie: reviewer, json: { claims: [{ id: second.id, version: second.version }, { id: first.id, version: first.version }] } });
    expect(merged.status).toBe(200);
    expect(merged.body.data).toMatchObject({ id: claim.id, text: a.body.slice(first.start, second.end) });
    const after = await load(a.id);
    expect(after.claims.map((c) => c.id)).toEqual([claim.id]);
    expect(await db.claim.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ mergedIntoId: claim.id, status: "excluded" });
    const history = (await api(`/api/v1/claims/${claim.id}/activity`, { cookie: viewer })).body.data.map((e: { action: string }) => e.action);
    expect(history.slice(0, 2)).toEqual(["claim.merged", "claim.split"]);
  });

  // Hostile probe of stop 33: a claim merged away could still be edited and even restored beside the claim holding its text.
  it("refuses every change to a claim merged into another, and records no label for it", async () => {
    const a = await article(`Gone ${Date.now()}: Die Preise stiegen um 3 Prozent. Der Export fiel um 2 Prozent.`);
    const [one, two] = a.claims as [ClaimRow, ClaimRow];
    expect((await api("/api/v1/claims/merge", { cookie: reviewer, json: { claims: [{ id: one.id, version: one.version }, { id: two.id, version: two.version }] } })).status).toBe(200);
    const gone = await db.claim.findUniqueOrThrow({ where: { id: two.id } });
    for (const change of [{ checkworthy: !gone.checkworthy }, { status: "new" }, { excluded: false }, { normalizedText: "Edited after the merge" }]) {
      const refused = await api(`/api/v1/claims/${two.id}`, { cookie: reviewer, method: "PATCH", json: { version: gone.version, ...change } });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe("This claim was merged into another one; change that one instead.");
    }
    expect(await db.claim.findUniqueOrThrow({ where: { id: two.id } })).toMatchObject({ status: "excluded", version: gone.version, mergedIntoId: one.id });
    expect(await db.claimDecision.count({ where: { claimId: two.id } })).toBe(0);
    const cited = await api(`/api/v1/claims/${two.id}/sources`, { cookie: reviewer, json: { url: "https://example.org/merged", stance: "supports" } });
    expect(cited.status).toBe(409);
    // Re-probe of stop 33: a reviewer's own verdict too.
    const verdict = await api(`/api/v1/claims/${two.id}/verdicts`, { cookie: reviewer, method: "PUT", json: { level: "false", rationale: "r", confidence: "high" } });
    expect(verdict.status).toBe(409);
    expect(verdict.body.error.message).toBe("This claim was merged into another one; change that one instead.");
    // Re-probe of stop 34: a comment too.
    expect((await api(`/api/v1/claims/${two.id}/comments`, { cookie: reviewer, json: { body: "Noch da?" } })).status).toBe(409);
  });

  // Left open by stop 33: the sources of a claim merged away stayed on it, out of sight of the claim holding its text.
  it("cites the merged-away claim's sources on the joined claim, each page once", async () => {
    const a = await article(`Carry ${Date.now()}: Die Preise stiegen um 3 Prozent. Der Export fiel um 2 Prozent.`);
    const [one, two] = a.claims as [ClaimRow, ClaimRow];
    const cite = (id: string, url: string, stance: string) => api(`/api/v1/claims/${id}/sources`, { cookie: reviewer, json: { url, stance, excerpt: `${stance} ${url}` } });
    expect((await cite(one.id, "https://example.org/both", "supports")).status).toBe(201);
    expect((await cite(two.id, "https://example.org/both", "refutes")).status).toBe(201);
    expect((await cite(two.id, "https://example.org/export", "refutes")).status).toBe(201);
    const removed = await cite(two.id, "https://example.org/removed", "supports");
    expect((await api(`/api/v1/citations/${removed.body.data.id}`, { cookie: reviewer, method: "DELETE" })).status).toBe(200);
    const [first, second] = (await load(a.id)).claims;
    expect((await api("/api/v1/claims/merge", { cookie: reviewer, json: { claims: [{ id: first!.id, version: first!.version }, { id: second!.id, version: second!.version }] } })).status).toBe(200);
    const sources = (await api(`/api/v1/claims/${one.id}/sources`, { cookie: viewer })).body.data as { stance: string; excerpt: string; source: { url: string } }[];
    const byUrl = Object.fromEntries(sources.map((citation) => [citation.source.url, `${citation.stance}: ${citation.excerpt}`]));
    expect(byUrl).toEqual({ "https://example.org/both": "supports: supports https://example.org/both", "https://example.org/export": "refutes: refutes https://example.org/export" });
    // The merged-away claim keeps its own citations for its history.
    expect(await db.citation.count({ where: { claimId: two.id, removedAt: null } })).toBe(2);
    const merged = (await api(`/api/v1/claims/${one.id}/activity`, { cookie: viewer })).body.data[0];
    expect(merged).toMatchObject({ action: "claim.merged", after: { carriedCitations: 1 } });
  });

  // Probe of stop 34: a split left the whole claim's verdict on its first part, its sources off the second; an open
  // claim merged into an excluded one ended up excluded without anyone deciding so.
  it("splits a cited claim with its sources on both parts, and refuses a claim with verdicts or an excluded one", async () => {
    const a = await article(`Cut ${Date.now()}: Die Preise stiegen um 3 Prozent, und die Löhne stiegen um 5 Prozent. Der Export fiel um 2 Prozent. Die Importe fielen um 1 Prozent.`);
    const [whole, next, last] = a.claims as [ClaimRow, ClaimRow, ClaimRow];
    expect((await api(`/api/v1/claims/${whole.id}/sources`, { cookie: reviewer, json: { url: "https://example.org/prices", stance: "supports" } })).status).toBe(201);
    const at = a.body.indexOf("und die Löhne");
    const split = await api(`/api/v1/claims/${whole.id}/split`, { cookie: reviewer, json: { version: whole.version, at } });
    expect(split.status).toBe(200);
    const { second } = split.body.data as { second: ClaimRow };
    const cited = (await api(`/api/v1/claims/${second.id}/sources`, { cookie: viewer })).body.data as { stance: string; source: { url: string } }[];
    expect(cited.map((citation) => `${citation.stance} ${citation.source.url}`)).toEqual(["supports https://example.org/prices"]);

    const rated = await api(`/api/v1/claims/${next.id}/verdicts`, { cookie: reviewer, method: "PUT", json: { level: "false", rationale: "Checked.", confidence: "high" } });
    expect(rated.status).toBeLessThan(300);
    const current = (await load(a.id)).claims.find((claim) => claim.id === next.id)!;
    const refused = await api(`/api/v1/claims/${next.id}/split`, { cookie: reviewer, json: { version: current.version, at: a.body.indexOf("um 2 Prozent") } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe("This claim already has verdicts on its whole text; a split would leave them on only part of it, so it stays whole.");
    expect((await load(a.id)).claims).toHaveLength(4);
    // Nor merged: the verdict was given on its own words (re-probe of stop 34).
    const parts = (await load(a.id)).claims;
    const [secondNow, nextNow] = [parts.find((claim) => claim.id === second.id)!, parts.find((claim) => claim.id === next.id)!];
    const joined = await api("/api/v1/claims/merge", { cookie: reviewer, json: { claims: [{ id: secondNow.id, version: secondNow.version }, { id: nextNow.id, version: nextNow.version }] } });
    expect(joined.status).toBe(409);
    expect(joined.body.error.message).toBe("A claim with verdicts is not merged: they were given on its own words, not on the joined text.");

    const editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
    const excluded = await api(`/api/v1/claims/${last.id}`, { cookie: editor, method: "PATCH", json: { version: last.version, excluded: true, exclusionReason: "other", exclusionNote: "Duplicate of an agency item." } });
    expect(excluded.status).toBe(200);
    const fresh = (await load(a.id)).claims.find((claim) => claim.id === next.id)!;
    const merge = await api("/api/v1/claims/merge", { cookie: reviewer, json: { claims: [{ id: fresh.id, version: fresh.version }, { id: last.id, version: excluded.body.data.version }] } });
    expect(merge.status).toBe(409);
    expect(merge.body.error.message).toBe("An excluded claim cannot be merged; include it again first.");
  });

  // Found by the hostile probe of stop 25: a selection ending between the two halves of an emoji gave a 500.
  it("refuses a selection or a split inside a character outside the BMP with a 400", async () => {
    const a = await article(`Kopf ${Date.now()}\n\nDie Preise 🇺🇦🔥 stiegen um 5 Prozent und die Löhne 😀 um 3 Prozent.`);
    const emoji = a.body.indexOf("🇺🇦");
    for (const [start, end] of [[emoji + 1, emoji + 3], [emoji + 3, a.body.indexOf(".")]]) {
      const half = await api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start, end, textVersion: a.textVersion } });
      expect(half.status).toBe(400);
      expect(half.body.error.message).toContain("inside a character");
    }
    const at = a.body.indexOf("😀") + 1;
    const before = (await load(a.id)).claims;
    const claim = before.find((c) => c.start < at && at < c.end)!;
    const split = await api(`/api/v1/claims/${claim.id}/split`, { cookie: reviewer, json: { version: claim.version, at } });
    expect(split.status).toBe(400);
    // A split point is no selection: its message says where to split.
    expect(split.body.error.message).toBe("Split between two words, not inside a word or a character.");
    expect(split.body.error.details).toEqual([{ field: "at", message: "Inside a character." }]);
    expect((await load(a.id)).claims).toHaveLength(before.length);
  });

  // Found by the hostile probe of stop 26: a split inside a word was accepted, and the first part kept
  // the whole sentence's wording and a claimant that lay in the second part.
  it("splits only between words, and reads each part's wording, claimant and entities again", async () => {
    const a = await article(`Kopf ${Date.now()}\n\nDie Preise stiegen im Mai um 3 Prozent, sagte Nowak am Dienstag.`);
    const claim = (await load(a.id)).claims.find((c) => c.text.startsWith("Die Preise"))!;
    const inWord = await api(`/api/v1/claims/${claim.id}/split`, { cookie: reviewer, json: { version: claim.version, at: a.body.indexOf("Preise") + 3 } });
    expect(inWord.status).toBe(400);
    expect(inWord.body.error.message).toBe("Split between two words, not inside a word or a character.");
    const at = a.body.indexOf("sagte Nowak");
    const split = await api(`/api/v1/claims/${claim.id}/split`, { cookie: reviewer, json: { version: claim.version, at } });
    expect(split.status).toBe(200);
    const rows = await db.claim.findMany({ where: { id: { in: [split.body.data.first.id, split.body.data.second.id] } }, orderBy: { start: "asc" } });
    const [first, second] = rows as [(typeof rows)[number], (typeof rows)[number]];
    expect(first.claimantText).toBeNull();
    expect(first.suggestedWording).toBe("Die Preise stiegen im Mai um 3 Prozent");
    for (const row of rows) {
      const entities = row.entities as { start: number; end: number; text: string }[];
      for (const entity of entities) {
        expect(entity.start).toBeGreaterThanOrEqual(row.start);
        expect(entity.end).toBeLessThanOrEqual(row.end);
        expect(a.body.slice(entity.start, entity.end)).toBe(entity.text);
      }
      if (row.claimantStart !== null) expect(a.body.slice(row.claimantStart, row.claimantEnd!)).toBe(row.claimantText);
    }
    expect((first.entities as { text: string }[]).map((e) => e.text)).toEqual(["Mai", "3 Prozent"]);
    expect((second.entities as { text: string }[]).map((e) => e.text)).toContain("Dienstag");
  });


  // A claim's parts over 16,384 characters are read in a worker thread (see claim-text-worker):
  // the same checks and offsets as for a sentence, in the article's language.
  it("splits and marks long passages, read by the engine off the request's thread", async () => {
    const long = "die Zahl der Beschäftigten stieg in Berlin um 5 Prozent und ".repeat(700);
    const a = await article(`Kopf ${Date.now()}\n\nLaut Nowak ${long}sank dann wieder.\n\nStimmt es, dass ${long}danach sank?`);
    const claim = (await load(a.id)).claims.find((c) => c.text.startsWith("Laut Nowak"))!;
    expect(claim.end - claim.start).toBeGreaterThan(40_000);
    const at = a.body.indexOf("die Zahl", claim.start + 20_000);
    const split = await api(`/api/v1/claims/${claim.id}/split`, { cookie: reviewer, json: { version: claim.version, at } });
    expect(split.status, JSON.stringify(split.body)).toBe(200);
    const [first, second] = await db.claim.findMany({ where: { id: { in: [split.body.data.first.id, split.body.data.second.id] } }, orderBy: { start: "asc" } });
    expect(first!.claimantText).toBe("Nowak");
    expect(second!.claimantText).toBeNull();
    for (const row of [first!, second!]) {
      const entities = row.entities as { start: number; end: number; text: string }[];
      expect(entities.length).toBeGreaterThan(300);
      expect(entities.every((entity) => entity.start >= row.start && entity.end <= row.end && a.body.slice(entity.start, entity.end) === entity.text)).toBe(true);
    }
    const question = a.body.indexOf("Stimmt es");
    // The engine stored the long question as a claim too; removed here so that the passage is free to mark.
    await db.claim.deleteMany({ where: { articleId: a.id, start: { gte: question } } });
    const marked = await api("/api/v1/claims", { cookie: reviewer, json: { articleId: a.id, start: question, end: a.body.length, textVersion: a.textVersion } });
    expect(marked.status, JSON.stringify(marked.body)).toBe(201);
    const row = await db.claim.findUniqueOrThrow({ where: { id: marked.body.data.id } });
    expect(row.language).toBe("de");
    expect((row.entities as unknown[]).length).toBeGreaterThan(600);
  });
  it("merges only neighbours, with current versions", async () => {
    const a = await article(`Merge ${Date.now()}: Die Preise stiegen um 3 Prozent. Der Export fiel um 2 Prozent. Die Löhne stiegen um 5 Prozent.`);
    const [one, two, three] = a.claims as [ClaimRow, ClaimRow, ClaimRow];
    const apart = await api("/api/v1/claims/merge", { cookie: reviewer, json: { claims: [{ id: one.id, version: one.version }, { id: three.id, version: three.version }] } });
    expect(apart.status).toBe(409);
    const stale = await api("/api/v1/claims/merge", { cookie: reviewer, json: { claims: [{ id: one.id, version: one.version }, { id: two.id, version: two.version + 1 }] } });
    expect(stale.status).toBe(409);
    expect((await load(a.id)).claims).toHaveLength(3);
  });
});
