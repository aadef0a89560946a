import { beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { db } from "@/lib/server/db/client";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, signIn } from "../support/http";

type Role = "admin" | "editor" | "reviewer" | "viewer";
let team: TestTeam;
let other: TestTeam;
// Each person signs in: reviewing is personal (own verdicts, own comments, "assign to me"), while an
// API token acts as the admin who created it.
const cookies = {} as Record<Role | "other", string>;

beforeAll(async () => {
  team = await createTestTeam("review");
  other = await createTestTeam("review-other");
  for (const role of ["admin", "editor", "reviewer", "viewer"] as const) {
    cookies[role] = (await signIn(team.emails[role], TEST_PASSWORD)).cookie!;
  }
  cookies.other = (await signIn(other.emails.admin, TEST_PASSWORD)).cookie!;
});

const as = (role: Role | "other") => ({ cookie: cookies[role] });
const send = (role: Role | "other", method: string, path: string, json?: unknown) => api(path, { ...as(role), method, json });

async function newClaim(text = `Die Arbeitslosigkeit sank ${Date.now()} im Mai auf 5,8 Prozent.`) {
  const created = await send("editor", "POST", "/api/v1/articles", { title: "Review test", text });
  expect(created.status).toBe(201);
  const article = await api(`/api/v1/articles/${created.body.data.id}`, as("viewer"));
  return { articleId: created.body.data.id as string, claim: article.body.data.claims[0] as { id: string; version: number } };
}

describe("the review journey over HTTP", () => {
  it("assign, cite, give a verdict, mention, finalise, and see it all in the history", async () => {
    const { articleId, claim } = await newClaim();
    const reviewerId = team.actors.reviewer.userId;
    const editorId = team.actors.editor.userId;

    const taken = await send("reviewer", "PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId: reviewerId, status: "in_review" });
    expect(taken.status).toBe(200);
    expect((await api("/api/v1/me/queue", as("reviewer"))).body.data.map((c: { id: string }) => c.id)).toContain(claim.id);

    const cited = await send("reviewer", "POST", `/api/v1/claims/${claim.id}/sources`, {
      url: "https://WWW.Destatis.de/DE/Presse/pm.html?utm_source=x#top",
      stance: "supports",
      title: "Pressemitteilung",
      isPrimary: true,
    });
    expect(cited.status).toBe(201);
    expect(cited.body.data.source).toMatchObject({ title: "Pressemitteilung", isPrimary: true });

    const verdict = await send("reviewer", "PUT", `/api/v1/claims/${claim.id}/verdicts`, { level: "mostly-true", rationale: "Destatis: 5,9 %.", confidence: "high" });
    expect(verdict.status).toBe(200);
    expect(verdict.body.data.level.key).toBe("mostly-true");

    const comment = await send("reviewer", "POST", `/api/v1/claims/${claim.id}/comments`, { body: `@[Demo Editor](${editorId}) please decide **today**.` });
    expect(comment.status).toBe(201);
    const inbox = await api("/api/v1/me/inbox", as("editor"));
    // The mention shows the name of the person it notifies, whatever label was typed (probe of stop 29).
    const { name: editorName } = await db.user.findUniqueOrThrow({ where: { id: editorId } });
    // `text` reads as plain text, without the Markdown marks (walk of stop 32: "**today**" showed its asterisks).
    expect(inbox.body.data[0]).toMatchObject({ readAt: null, comment: { id: comment.body.data.id, text: `@${editorName} please decide today.` } });

    const current = (await api(`/api/v1/claims/${claim.id}`, as("viewer"))).body.data;
    const twice = await Promise.all(
      [1, 2].map(() => send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level: "mostly-true", rationale: "Agreed.", claimVersion: current.version })),
    );
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await db.finalVerdict.count({ where: { claimId: claim.id } })).toBe(1);
    const verdicts = await api(`/api/v1/claims/${claim.id}/verdicts`, as("viewer"));
    expect(verdicts.body.data.final).toMatchObject({ level: { key: "mostly-true" }, decidedBy: { id: editorId } });

    const history = await api(`/api/v1/claims/${claim.id}/activity`, as("viewer"));
    expect(history.body.data.map((e: { action: string }) => e.action)).toEqual([
      "verdict.finalized",
      "comment.created",
      "verdict.submitted",
      "source.attached",
      "claim.updated",
    ]);
    expect(history.body.data.at(-1)).toMatchObject({ before: { status: "new", assigneeId: null }, after: { status: "in_review", assigneeId: reviewerId } });
    const articleHistory = await api(`/api/v1/articles/${articleId}/activity`, as("viewer"));
    expect(articleHistory.body.data.map((e: { action: string }) => e.action).at(-1)).toBe("article.imported");
    expect(articleHistory.body.data).toHaveLength(6);
    expect(articleHistory.body.page.nextCursor).toBeNull();
    // Left open by stop 33: a history stopped at 200 entries with no way to the older ones. Pages of two:
    const actions = history.body.data.map((e: { action: string }) => e.action);
    const paged: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = await api(`/api/v1/claims/${claim.id}/activity?limit=2${cursor ? `&after=${cursor}` : ""}`, as("viewer"));
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      paged.push(...page.body.data.map((e: { action: string }) => e.action));
      cursor = page.body.page.nextCursor;
    }
    expect(paged).toEqual(actions);
    // A cursor from another history, a cursor that is no id, and a page size out of range are 400s.
    const foreign = articleHistory.body.data.at(-1).id;
    for (const query of [`after=${foreign}`, "after=42", "limit=0", "limit=101", "limit=2&limit=3"]) {
      const refused = await api(`/api/v1/claims/${claim.id}/activity?${query}`, as("viewer"));
      expect(refused.status, query).toBe(400);
      expect(refused.body.error.message, query).toMatch(/cursor|page size|limit|given once/i);
    }

    const reopened = await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict/reopen`, { reason: "New figures.", claimVersion: current.version + 1 });
    expect(reopened.status).toBe(200);
    expect(reopened.body.data.status).toBe("in_review");
    const after = (await api(`/api/v1/claims/${claim.id}/verdicts`, as("viewer"))).body.data;
    expect(after.final).toBeNull();
    expect(after.reopened[0]).toMatchObject({ reopenReason: "New figures.", reopenedBy: { id: editorId } });
  });

  it("refuses a final verdict without the required sources, and lets only editors and admins finalise", async () => {
    const { claim } = await newClaim();
    const noSources = await send("editor", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level: "false", rationale: "x", claimVersion: claim.version });
    expect(noSources.status).toBe(409);
    expect(noSources.body.error.message).toMatch(/at least 1 cited source/);
    expect((await send("reviewer", "POST", `/api/v1/claims/${claim.id}/final-verdict`, { level: "false", rationale: "x", claimVersion: 1 })).status).toBe(403);
    const unknownLevel = await send("reviewer", "PUT", `/api/v1/claims/${claim.id}/verdicts`, { level: "pants-on-fire", rationale: "x", confidence: "low" });
    expect(unknownLevel.status).toBe(400);
    expect(unknownLevel.body.error.message).toMatch(/mostly-false/);
  });
});

describe("roles and teams", () => {
  it("keeps viewers to reading and other teams out", async () => {
    const { claim } = await newClaim();
    for (const [method, path, body] of [
      ["POST", `/api/v1/claims/${claim.id}/sources`, { url: "https://example.org", stance: "refutes" }],
      ["PUT", `/api/v1/claims/${claim.id}/verdicts`, { level: "false", rationale: "x", confidence: "low" }],
      ["POST", `/api/v1/claims/${claim.id}/comments`, { body: "hi" }],
      ["PATCH", `/api/v1/claims/${claim.id}`, { version: 1, status: "in_review" }],
    ] as const) {
      expect((await send("viewer", method, path, body)).status).toBe(403);
      expect((await send("other", method, path, body)).status).toBe(404);
    }
    for (const path of ["sources", "verdicts", "comments", "activity"]) {
      expect((await api(`/api/v1/claims/${claim.id}/${path}`, as("viewer"))).status).toBe(200);
      expect((await api(`/api/v1/claims/${claim.id}/${path}`, as("other"))).status).toBe(404);
    }
  });

  it("lets reviewers take claims for themselves only, and moves status by role", async () => {
    const { claim } = await newClaim();
    const other = await send("reviewer", "PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId: team.actors.editor.userId });
    expect(other.status).toBe(403);
    const exclude = await send("reviewer", "PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, excluded: true });
    expect(exclude.status).toBe(403);
    const viewerAssignee = await send("editor", "PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId: team.actors.viewer.userId });
    expect(viewerAssignee.status).toBe(400);
    const excluded = await send("editor", "PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version, excluded: true });
    expect(excluded.body.data).toMatchObject({ status: "excluded", excluded: true });
    const restored = await send("editor", "PATCH", `/api/v1/claims/${claim.id}`, { version: claim.version + 1, excluded: false });
    expect(restored.body.data).toMatchObject({ status: "new", excluded: false });
  });

  it("applies a bulk change to all selected claims or to none", async () => {
    const { articleId } = await newClaim(`Bulk ${Date.now()}: Die Preise stiegen um 3 Prozent. Die Löhne stiegen um 5 Prozent. Der Export fiel um 2 Prozent.`);
    const claims = (await api(`/api/v1/articles/${articleId}`, as("viewer"))).body.data.claims as { id: string; version: number }[];
    expect(claims.length).toBe(3);
    const stale = await send("editor", "PATCH", "/api/v1/claims", {
      claims: claims.map((c, i) => ({ id: c.id, version: i === 2 ? c.version + 5 : c.version })),
      assigneeId: team.actors.reviewer.userId,
    });
    expect(stale.status).toBe(409);
    expect(await db.claim.count({ where: { articleId, assigneeId: { not: null } } })).toBe(0);
    // The same claim twice is a mistake in the request, not a conflict with someone else's edit.
    const twice = await send("editor", "PATCH", "/api/v1/claims", { claims: [claims[0], claims[0]].map((c) => ({ id: c!.id, version: c!.version })), status: "in_review" });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toMatch(/only once/);
    const ok = await send("editor", "PATCH", "/api/v1/claims", { claims: claims.map((c) => ({ id: c.id, version: c.version })), assigneeId: team.actors.reviewer.userId, status: "in_review" });
    expect(ok.status).toBe(200);
    expect(await db.claim.count({ where: { articleId, assigneeId: team.actors.reviewer.userId, status: "in_review" } })).toBe(3);
  });
});

describe("comments", () => {
  it("threads replies, edits and deletes only one's own, resolves threads, renders no HTML", async () => {
    const { claim } = await newClaim();
    const root = (await send("reviewer", "POST", `/api/v1/claims/${claim.id}/comments`, { body: "<script>alert(1)</script> first" })).body.data;
    const reply = await send("editor", "POST", `/api/v1/claims/${claim.id}/comments`, { body: "reply", parentId: root.id });
    expect(reply.body.data.parentId).toBe(root.id);
    expect((await send("editor", "PATCH", `/api/v1/comments/${root.id}`, { body: "hijack" })).status).toBe(403);
    expect((await send("editor", "DELETE", `/api/v1/comments/${root.id}`)).status).toBe(403);
    expect((await send("reviewer", "PATCH", `/api/v1/comments/${root.id}`, { body: "first, edited" })).body.data).toMatchObject({ body: "first, edited" });
    expect((await send("editor", "PATCH", `/api/v1/comments/${root.id}`, { resolved: true })).body.data.resolvedBy.id).toBe(team.actors.editor.userId);
    expect((await send("editor", "DELETE", `/api/v1/comments/${reply.body.data.id}`)).body.data).toMatchObject({ body: "", deletedAt: expect.any(String) });
    const threads = (await api(`/api/v1/claims/${claim.id}/comments`, as("viewer"))).body.data;
    expect(threads).toHaveLength(1);
    expect(threads[0].replies[0].body).toBe("");
    expect(await db.comment.count({ where: { claimId: claim.id } })).toBe(2);
  });
});

describe("rating scales and settings", () => {
  it("versions the scale: old verdicts keep their level after a switch to a preset", async () => {
    const { claim } = await newClaim();
    await send("reviewer", "PUT", `/api/v1/claims/${claim.id}/verdicts`, { level: "mixed", rationale: "Half right.", confidence: "medium" });
    const scale = (await api("/api/v1/rating-scale", as("viewer"))).body.data;
    expect(scale.levels.map((l: { key: string }) => l.key)).toEqual(["true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "unproven", "not-checkable"]);
    expect((await send("reviewer", "PUT", "/api/v1/rating-scale", { version: scale.version, preset: "politifact" })).status).toBe(403);
    const next = await send("editor", "PUT", "/api/v1/rating-scale", { version: scale.version, preset: "politifact" });
    expect(next.status).toBe(200);
    expect(next.body.data).toMatchObject({ version: scale.version + 1, name: "PolitiFact Truth-O-Meter" });
    expect((await send("editor", "PUT", "/api/v1/rating-scale", { version: scale.version, preset: "correctiv" })).status).toBe(409);
    const verdicts = (await api(`/api/v1/claims/${claim.id}/verdicts`, as("reviewer"))).body.data;
    expect(verdicts.own.level).toMatchObject({ key: "mixed", labelEn: "Mixed" });
    const halfTrue = await send("reviewer", "PUT", `/api/v1/claims/${claim.id}/verdicts`, { level: "half-true", rationale: "Half right.", confidence: "medium" });
    expect(halfTrue.body.data.level.key).toBe("half-true");
  });

  it("hides others' verdicts from a reviewer until their own is in when blind review is on", async () => {
    const blind = await createTestTeam("blind");
    const admin = (await createApiToken({ actor: blind.actors.admin, input: { name: "a", role: "admin" } })).secret;
    const reviewer = (await signIn(blind.emails.reviewer, TEST_PASSWORD)).cookie!;
    expect((await api("/api/v1/team/settings", { cookie: reviewer, method: "PATCH", json: { blindReview: true } })).status).toBe(403);
    expect((await api("/api/v1/team/settings", { token: admin, method: "PATCH", json: { minSourcesForFinal: -1 } })).status).toBe(400);
    const settings = await api("/api/v1/team/settings", { token: admin, method: "PATCH", json: { blindReview: true } });
    expect(settings.body.data).toEqual({ blindReview: true, minSourcesForFinal: 1, relatedClaimThreshold: 0.4, organizationName: null, organizationUrl: null, logoUrl: null, reportUrlPattern: null });
    const created = await api("/api/v1/articles", { token: admin, json: { title: "Blind", text: "Die Inflation lag 2024 bei 2,2 Prozent." } });
    const claimId = (await api(`/api/v1/articles/${created.body.data.id}`, { token: admin })).body.data.claims[0].id;
    await api(`/api/v1/claims/${claimId}/verdicts`, { token: admin, method: "PUT", json: { level: "true", rationale: "ok", confidence: "high" } });
    const hidden = (await api(`/api/v1/claims/${claimId}/verdicts`, { cookie: reviewer })).body.data;
    expect(hidden).toMatchObject({ own: null, others: [], hiddenCount: 1 });
    await api(`/api/v1/claims/${claimId}/verdicts`, { cookie: reviewer, method: "PUT", json: { level: "false", rationale: "no", confidence: "low" } });
    const shown = (await api(`/api/v1/claims/${claimId}/verdicts`, { cookie: reviewer })).body.data;
    expect(shown.others.map((v: { level: { key: string } }) => v.level.key)).toEqual(["true"]);
  });
});

describe("sources", () => {
  it("reuses one source per normalised URL and lists the claims citing it", async () => {
    const a = await newClaim();
    const b = await newClaim();
    const first = await send("reviewer", "POST", `/api/v1/claims/${a.claim.id}/sources`, { url: "https://example.org/report/?utm_medium=x", stance: "supports" });
    const second = await send("reviewer", "POST", `/api/v1/claims/${b.claim.id}/sources`, { url: "http://www.example.org/report", stance: "refutes", title: "Report" });
    expect(second.body.data.source.id).toBe(first.body.data.source.id);
    const source = (await api(`/api/v1/sources/${first.body.data.source.id}`, as("viewer"))).body.data;
    expect(source.title).toBe("Report");
    expect(source.citations.map((c: { claim: { id: string } }) => c.claim.id).sort()).toEqual([a.claim.id, b.claim.id].sort());
    expect((await send("reviewer", "POST", `/api/v1/claims/${a.claim.id}/sources`, { url: "ftp://example.org", stance: "supports" })).status).toBe(400);
    const removed = await send("reviewer", "DELETE", `/api/v1/citations/${first.body.data.id}`);
    expect(removed.status).toBe(200);
    expect((await api(`/api/v1/claims/${a.claim.id}/sources`, as("viewer"))).body.data).toEqual([]);
    expect(await db.citation.count({ where: { id: first.body.data.id } })).toBe(1);
    expect((await api(`/api/v1/sources/${first.body.data.source.id}`, as("other"))).status).toBe(404);
  });
});

describe("first use of the rating scale", () => {
  it("creates one default scale when many requests need it at once", async () => {
    const fresh = await createTestTeam("scale-race");
    const cookie = (await signIn(fresh.emails.viewer, TEST_PASSWORD)).cookie!;
    const responses = await Promise.all(Array.from({ length: 8 }, () => api("/api/v1/rating-scale", { cookie })));
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(200));
    expect(await db.ratingScale.count({ where: { teamId: fresh.teamId } })).toBe(1);
  });
});
