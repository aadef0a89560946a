import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "@/lib/server/auth/secret-token";
import { db } from "@/lib/server/db/client";
import { finalVerdictFields, verdictFields } from "@/lib/server/verdict/verdict-fields";
import { listVerdicts } from "@/lib/server/verdict/list-verdicts";
import { addTeamMember, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

// Threat model lines turned into tests: blind review holds on every read path, published claims are
// frozen until an editor reopens them, versions and races answer 4xx, share links are stored hashed.

type Who = "admin" | "editor" | "reviewer" | "reviewerB" | "viewer";
let team: TestTeam;
const cookies = {} as Record<Who, string>;
const send = (who: Who, method: string, path: string, json?: unknown) => api(path, { cookie: cookies[who], method, json });
const get = (who: Who, path: string) => api(path, { cookie: cookies[who] });

beforeAll(async () => {
  team = await createTestTeam("integrity");
  const second = await addTeamMember(team, "reviewer", "integrity-b");
  for (const role of ["admin", "editor", "reviewer", "viewer"] as const) cookies[role] = (await signIn(team.emails[role], TEST_PASSWORD)).cookie!;
  cookies.reviewerB = (await signIn(second.email, TEST_PASSWORD)).cookie!;
});

async function newClaim(text = `Die Arbeitslosigkeit sank ${Date.now()} im Mai auf 5,8 Prozent.`) {
  const created = await send("editor", "POST", "/api/v1/articles", { title: `Integrity ${Date.now()}`, text });
  expect(created.status).toBe(201);
  const article = await get("viewer", `/api/v1/articles/${created.body.data.id}`);
  return { articleId: created.body.data.id as string, claim: article.body.data.claims[0] as { id: string; version: number } };
}

const cite = (who: Who, claimId: string, url: string) => send(who, "POST", `/api/v1/claims/${claimId}/sources`, { url, stance: "supports" });
const currentVersion = async (claimId: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
const pageHtml = async (who: Who, path: string) => (await fetch(`${baseUrl()}${path}`, { headers: { cookie: cookies[who] } })).text();

describe("blind review on every read path", () => {
  it("hides reviewer A's level and rationale from reviewer B and viewers (verdicts, claim and article history, both pages) until B rates or a final verdict is out", async () => {
    expect((await send("admin", "PATCH", "/api/v1/team/settings", { blindReview: true })).status).toBe(200);
    const { articleId, claim } = await newClaim();
    const secret = `SECRET-A-${Date.now()}`;
    expect((await send("reviewer", "PUT", `/api/v1/claims/${claim.id}/verdicts`, { level: "mostly-false", rationale: `${secret} first`, confidence: "low" })).status).toBe(200);
    expect((await send("reviewer", "PUT", `/api/v1/claims/${claim.id}/verdicts`, { level: "mostly-false", rationale: `${secret} second`, confidence: "high" })).status).toBe(200);

    for (const who of ["reviewerB", "viewer"] as const) {
      const verdicts = (await get(who, `/api/v1/claims/${claim.id}/verdicts`)).body.data;
      expect(verdicts).toMatchObject({ others: [], hiddenCount: 1 });
      for (const path of [`/api/v1/claims/${claim.id}/activity`, `/api/v1/articles/${articleId}/activity`]) {
        const history = await get(who, path);
        expect(history.status).toBe(200);
        expect(history.text, `${who} ${path}`).not.toContain(secret);
        expect(history.text, `${who} ${path}`).not.toContain("mostly-false");
        const entries = history.body.data.filter((entry: { action: string }) => entry.action.startsWith("verdict."));
        expect(entries.map((entry: { action: string; blindHidden: boolean }) => [entry.action, entry.blindHidden])).toEqual([
          ["verdict.updated", true],
          ["verdict.submitted", true],
        ]);
      }
      for (const page of [`/claims/${claim.id}`, `/articles/${articleId}`]) {
        const html = await pageHtml(who, page);
        expect(html).toContain('data-testid="history"');
        expect(html, `${who} ${page}`).not.toContain(secret);
      }
    }

    // Editors decide the final verdict and always see the reviewers' verdicts; the author sees their own.
    for (const who of ["editor", "reviewer"] as const) {
      expect((await get(who, `/api/v1/claims/${claim.id}/activity`)).text, who).toContain(secret);
      expect(await pageHtml(who, `/claims/${claim.id}`), who).toContain(secret);
    }

    // Once B has rated, B sees A's verdict everywhere.
    expect((await send("reviewerB", "PUT", `/api/v1/claims/${claim.id}/verdicts`, { level: "true", rationale: "B's view", confidence: "low" })).status).toBe(200);
    expect((await get("reviewerB", `/api/v1/claims/${claim.id}/activity`)).text).toContain(secret);
    expect((await get("reviewerB", `/api/v1/articles/${articleId}/activity`)).text).toContain(secret);
    expect((await get("reviewerB", `/api/v1/claims/${claim.id}/verdicts`)).body.data.others).toHaveLength(1);
    expect((await get("viewer", `/api/v1/claims/${claim.id}/activity`)).text).not.toContain("B's view");

    // After the final verdict nothing is left to keep independent: viewers see the history.
    expect((await cite("editor", claim.id, "https://example.org/blind-source")).status).toBe(201);
    const final = await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level: "mostly-false", rationale: "Decided.", claimVersion: await currentVersion(claim.id) });
    expect(final.status).toBe(201);
    expect((await get("viewer", `/api/v1/claims/${claim.id}/activity`)).text).toContain(secret);
    expect((await get("viewer", `/api/v1/claims/${claim.id}/verdicts`)).body.data).toMatchObject({ hiddenCount: 0 });
    expect((await send("admin", "PATCH", "/api/v1/team/settings", { blindReview: false })).status).toBe(200);
  });
});

describe("a claim's verdicts", () => {
  it("are read in one SQL query exactly as the Prisma queries would read them (every field, type and key order); another team's admin reads none", async () => {
    const { claim } = await newClaim();
    expect((await send("reviewer", "PUT", `/api/v1/claims/${claim.id}/verdicts`, { level: "mostly-false", rationale: "A's view", confidence: "low" })).status).toBe(200);
    expect((await send("reviewerB", "PUT", `/api/v1/claims/${claim.id}/verdicts`, { level: "true", rationale: "B's view", confidence: "high" })).status).toBe(200);
    expect((await cite("editor", claim.id, "https://example.org/verdict-read")).status).toBe(201);
    const decide = async (level: string) =>
      expect((await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level, rationale: `Decided ${level}.`, claimVersion: await currentVersion(claim.id) })).status).toBe(201);
    await decide("false");
    const reopen = await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict/reopen`, { reason: "New figures.", claimVersion: await currentVersion(claim.id) });
    expect(reopen.status).toBe(200);
    await decide("mostly-false");

    const read = await listVerdicts({ actor: team.actors.editor, claimId: claim.id });
    const verdicts = await db.verdict.findMany({ where: { claimId: claim.id }, orderBy: { submittedAt: "asc" }, select: verdictFields });
    const finals = await db.finalVerdict.findMany({ where: { claimId: claim.id }, orderBy: { decidedAt: "desc" }, select: finalVerdictFields });
    expect(read.own).toBeNull();
    expect(read.others).toEqual(verdicts);
    expect(JSON.stringify(read.others)).toBe(JSON.stringify(verdicts));
    expect([read.final, ...read.reopened]).toEqual(finals);
    expect(JSON.stringify([read.final, ...read.reopened])).toBe(JSON.stringify(finals));
    expect(finals).toHaveLength(2);
    expect(read.reopened[0]!.reopenedBy).not.toBeNull();

    const outsider = await createTestTeam("integrity-outsider");
    await expect(listVerdicts({ actor: outsider.actors.admin, claimId: claim.id })).rejects.toMatchObject({ status: 404 });
  });
});

describe("blind review on the dashboard", () => {
  it("computes reviewer agreement only over claims whose verdicts the reader may see", async () => {
    const own = await createTestTeam("blind-dash");
    const b = await addTeamMember(own, "reviewer", "blind-dash-b");
    const as = {} as Record<"admin" | "editor" | "reviewer" | "b", string>;
    for (const role of ["admin", "editor", "reviewer"] as const) as[role] = (await signIn(own.emails[role], TEST_PASSWORD)).cookie!;
    as.b = (await signIn(b.email, TEST_PASSWORD)).cookie!;
    expect((await api("/api/v1/team/settings", { cookie: as.admin, method: "PATCH", json: { blindReview: true } })).status).toBe(200);
    const created = await api("/api/v1/articles", { cookie: as.editor, json: { title: "Dashboard blind", text: "Die Inflation lag 2024 bei 2,2 Prozent." } });
    const claimId = (await db.claim.findFirstOrThrow({ where: { articleId: created.body.data.id } })).id;
    for (const [who, level] of [["reviewer", "true"], ["editor", "false"]] as const) {
      expect((await api(`/api/v1/claims/${claimId}/verdicts`, { cookie: as[who], method: "PUT", json: { level, rationale: "r", confidence: "low" } })).status).toBe(200);
    }
    const agreement = async (cookie: string) => (await api("/api/v1/dashboard", { cookie })).body.data.agreement as { units: number }[];
    expect((await agreement(as.editor)).map((row) => row.units)).toEqual([1]);
    expect((await agreement(as.reviewer)).map((row) => row.units)).toEqual([1]);
    expect(await agreement(as.b)).toEqual([]);
  });
});

describe("a claim with a final verdict is frozen until an editor reopens it", () => {
  const FROZEN = "This claim has a final verdict; an editor must reopen it before it can change.";

  it("refuses wording, check-worthiness, status, citations, splits and merges from reviewers and editors alike; assignment and comments stay open", async () => {
    const { articleId, claim } = await newClaim(`Die Arbeitslosigkeit sank ${Date.now()} im Mai auf 5,8 Prozent. Die Inflation lag 2024 bei 2,2 Prozent.`);
    const neighbour = (await get("viewer", `/api/v1/articles/${articleId}`)).body.data.claims[1] as { id: string; version: number };
    expect(neighbour).toBeDefined();
    const citation = (await cite("reviewer", claim.id, "https://example.org/frozen")).body.data;
    const finalised = await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level: "false", rationale: "Wrong.", claimVersion: claim.version });
    expect(finalised.status).toBe(201);
    const version = await currentVersion(claim.id);

    for (const who of ["reviewer", "editor", "admin"] as const) {
      const attempts = [
        send(who, "PATCH", `/api/v1/claims/${claim.id}`, { version, normalizedText: `Rewritten by ${who}.` }),
        send(who, "PATCH", `/api/v1/claims/${claim.id}`, { version, checkworthy: false }),
        send(who, "PATCH", `/api/v1/claims/${claim.id}`, { version, status: "in_review" }),
        send(who, "PATCH", `/api/v1/claims/${claim.id}`, { version, excluded: true }),
        send(who, "DELETE", `/api/v1/citations/${citation.id}`),
        cite(who, claim.id, `https://example.org/late-${who}`),
        send(who, "POST", `/api/v1/claims/${claim.id}/split`, { version, at: 5 }),
        send(who, "POST", "/api/v1/claims/merge", { claims: [{ id: claim.id, version }, { id: neighbour.id, version: neighbour.version }] }),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(response.status, `${who}: ${response.text.slice(0, 160)}`).toBe(409);
        expect(response.body.error.message).toBe(FROZEN);
      }
    }
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored).toMatchObject({ version, normalizedText: null, checkworthy: true, status: "final" });
    expect(await db.citation.findMany({ where: { claimId: claim.id }, select: { id: true, removedAt: true } })).toEqual([{ id: citation.id, removedAt: null }]);

    const assigned = await send("editor", "PATCH", `/api/v1/claims/${claim.id}`, { version, assigneeId: team.actors.reviewer.userId });
    expect(assigned.status).toBe(200);
    expect((await send("reviewer", "POST", `/api/v1/claims/${claim.id}/comments`, { body: "Noted." })).status).toBe(201);

    expect((await send("reviewer", "POST", `/api/v1/claims/${claim.id}/final-verdict/reopen`, { reason: "x", claimVersion: version + 1 })).status).toBe(403);
    expect((await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict/reopen`, { reason: "New figures.", claimVersion: version + 1 })).status).toBe(200);
    const reworded = await send("reviewer", "PATCH", `/api/v1/claims/${claim.id}`, { version: version + 2, normalizedText: "Reworded after reopening." });
    expect(reworded.status).toBe(200);
    expect((await send("reviewer", "DELETE", `/api/v1/citations/${citation.id}`)).status).toBe(200);
  });

  it("counts distinct sources, not citations, for the team's minimum", async () => {
    expect((await send("admin", "PATCH", "/api/v1/team/settings", { minSourcesForFinal: 3 })).status).toBe(200);
    try {
      const { claim } = await newClaim();
      // One page is cited once on a claim (probe of stop 32): its tracking-parameter variants are that page.
      for (let i = 0; i < 8; i++) expect((await cite("reviewer", claim.id, `https://example.org/same-page?utm_source=${i}`)).status).toBe(i === 0 ? 201 : 409);
      const refused = await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level: "false", rationale: "x", claimVersion: claim.version });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/at least 3 cited sources .*this claim cites 1\./);
      for (const page of ["second", "third"]) expect((await cite("reviewer", claim.id, `https://example.org/${page}`)).status).toBe(201);
      expect((await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level: "false", rationale: "x", claimVersion: claim.version })).status).toBe(201);
    } finally {
      await send("admin", "PATCH", "/api/v1/team/settings", { minSourcesForFinal: 1 });
    }
  });
});

// Hostile probe of stop 28: a viewer saw an "Assign to me" button whose request then answered 403.
describe("the claim page offers only what the role may do", () => {
  it("shows 'Assign to me' to a reviewer, not to a viewer", async () => {
    const { claim } = await newClaim();
    expect(await pageHtml("reviewer", `/claims/${claim.id}`)).toContain(">Assign to me<");
    expect(await pageHtml("viewer", `/claims/${claim.id}`)).not.toContain(">Assign to me<");
  });

  // Walk of stop 35: a reviewer was offered "Assign to me" on a claim the editor had, and the click was refused.
  it("offers a reviewer no 'Assign to me' on a claim someone else has, and names statuses as the page does when refusing", async () => {
    const { claim } = await newClaim();
    expect((await send("editor", "PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId: team.actors.editor.userId })).status).toBe(200);
    expect(await pageHtml("reviewer", `/claims/${claim.id}`)).not.toContain(">Assign to me<");
    const current = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const refused = await send("reviewer", "PATCH", `/api/v1/claims/${claim.id}`, { version: current.version, status: "excluded", exclusionReason: "other" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/from "In review" to "Excluded"/);
  });
});

describe("versions and races answer 4xx", () => {
  it("refuses versions beyond PostgreSQL's integer with 400 on every versioned write", async () => {
    const { articleId, claim } = await newClaim();
    for (const big of [2 ** 31, 2 ** 53 - 1, 1e300]) {
      const responses = await Promise.all([
        send("reviewer", "PATCH", `/api/v1/claims/${claim.id}`, { version: big, normalizedText: "x" }),
        send("editor", "PATCH", `/api/v1/articles/${articleId}`, { version: big, title: "x" }),
        send("editor", "PATCH", "/api/v1/claims", { claims: [{ id: claim.id, version: big }], status: "in_review" }),
        send("reviewer", "POST", `/api/v1/claims/${claim.id}/split`, { version: big, at: 5 }),
        send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level: "false", rationale: "x", claimVersion: big }),
        send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict/reopen`, { reason: "x", claimVersion: big }),
      ]);
      for (const response of responses) expect(response.status, `${big}: ${response.text.slice(0, 160)}`).toBe(400);
    }
    const ok = await send("reviewer", "PATCH", `/api/v1/claims/${claim.id}`, { version: 2 ** 31 - 1, normalizedText: "x" });
    expect(ok.status).toBe(409);
  });

  it("eight simultaneous first verdicts by one reviewer: one verdict written, every answer 200, one history entry", async () => {
    const { claim } = await newClaim();
    const body = { level: "mostly-true", rationale: "Same text, sent eight times.", confidence: "medium" };
    const responses = await Promise.all(Array.from({ length: 8 }, () => send("reviewer", "PUT", `/api/v1/claims/${claim.id}/verdicts`, body)));
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(200));
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(1);
    expect(await db.activity.count({ where: { claimId: claim.id, action: { startsWith: "verdict." } } })).toBe(1);

    // Different verdicts at once: all answered, the last one to commit is the stored one.
    const levels = ["true", "false", "mostly-false", "mostly-true"];
    const changed = await Promise.all(levels.map((level) => send("reviewer", "PUT", `/api/v1/claims/${claim.id}/verdicts`, { ...body, level })));
    expect(changed.map((response) => response.status)).toEqual(Array(4).fill(200));
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(1);
  });
});

describe("share links", () => {
  it("stores only the token's hash, shows the link once, and lists links to editors and admins only", async () => {
    const { articleId } = await newClaim();
    const created = await send("editor", "POST", `/api/v1/articles/${articleId}/share-links`, {});
    expect(created.status).toBe(201);
    const { id, token, url } = created.body.data as { id: string; token: string; url: string };
    expect(url).toBe(`${baseUrl()}/r/${token}`);
    const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "ShareLink" WHERE id = ${id}::uuid`;
    expect(Object.values(row!)).not.toContain(token);
    expect(row!.tokenHash).toBe(hashSecret(token));
    // The migration hashes existing tokens in SQL the same way.
    const [sql] = await db.$queryRaw<{ hash: string }[]>`SELECT encode(sha256(convert_to(${token}, 'UTF8')), 'hex') AS hash`;
    expect(sql!.hash).toBe(createHash("sha256").update(token).digest("hex"));

    expect((await fetch(`${baseUrl()}/r/${token}`)).status).toBe(200);
    for (const who of ["viewer", "reviewer"] as const) expect((await get(who, `/api/v1/articles/${articleId}/share-links`)).status).toBe(403);
    for (const who of ["editor", "admin"] as const) {
      const listed = await get(who, `/api/v1/articles/${articleId}/share-links`);
      expect(listed.status).toBe(200);
      expect(listed.body.data.map((link: { id: string }) => link.id)).toEqual([id]);
      expect(listed.text).not.toContain(token);
      expect(listed.text).not.toContain(hashSecret(token));
    }
    expect(await pageHtml("editor", `/articles/${articleId}`)).not.toContain(token);
    expect((await send("editor", "DELETE", `/api/v1/share-links/${id}`)).status).toBe(200);
    expect((await fetch(`${baseUrl()}/r/${token}`)).status).toBe(404);
  });
});

// Walk of stop 33: the final-verdict form was open on an excluded claim, and the API took it.
describe("an excluded claim", () => {
  it("gets no final verdict until an editor includes it again", async () => {
    const { claim } = await newClaim();
    expect((await cite("editor", claim.id, "https://example.org/excluded-final")).status).toBe(201);
    expect((await send("editor", "PATCH", `/api/v1/claims/${claim.id}`, { version: await currentVersion(claim.id), excluded: true })).status).toBe(200);
    const refused = await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level: "false", rationale: "Wrong.", claimVersion: await currentVersion(claim.id) });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe("This claim is excluded; include it again before giving it a final verdict.");
    expect(await db.finalVerdict.count({ where: { claimId: claim.id } })).toBe(0);
    expect((await send("editor", "PATCH", `/api/v1/claims/${claim.id}`, { version: await currentVersion(claim.id), excluded: false })).status).toBe(200);
    expect((await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level: "false", rationale: "Wrong.", claimVersion: await currentVersion(claim.id) })).status).toBe(201);
  });
});
