import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { api } from "../support/http";
import { createRoleTokens, teamWithArticle, type TestTeam } from "../support/factory";

// Hostile probe of stop 41: the same removal sent several times (or at once) wrote a history entry each time, and
// webhooks created at once all slipped under the limit of 20.
describe("the same action sent at once, or again", () => {
  let team: TestTeam;
  let tokens: Awaited<ReturnType<typeof createRoleTokens>>;
  let articleId: string;
  let claimId: string;
  beforeAll(async () => {
    let claimIds: string[];
    ({ team, articleId, claimIds } = await teamWithArticle("at-once", "Die Stadt senkte die Grundsteuer 2025 um 5 Prozent."));
    claimId = claimIds[0]!;
    tokens = await createRoleTokens(team);
  });
  const history = (action: string) => db.activity.count({ where: { teamId: team.teamId, action } });
  const tenTimes = (path: string, token: string) => Promise.all(Array.from({ length: 10 }, () => api(path, { token, method: "DELETE" })));

  it("revokes a share link once: repeats answer with the revoked link and write no history", async () => {
    const link = (await api(`/api/v1/articles/${articleId}/share-links`, { token: tokens.editor, json: {} })).body.data;
    const answers = await tenTimes(`/api/v1/share-links/${link.id}`, tokens.editor);
    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([200]));
    expect((await api(`/api/v1/share-links/${link.id}`, { token: tokens.editor, method: "DELETE" })).status).toBe(200);
    expect(await history("report.unshared")).toBe(1);
  });

  it("deletes a comment once and removes a citation once, however often they are sent at once", async () => {
    const comment = (await api(`/api/v1/claims/${claimId}/comments`, { token: tokens.reviewer, json: { body: "Einmal löschen." } })).body.data;
    const deletions = await tenTimes(`/api/v1/comments/${comment.id}`, tokens.reviewer);
    expect(deletions.filter((answer) => answer.status >= 500)).toEqual([]);
    expect(await history("comment.deleted")).toBe(1);

    const cited = (await api(`/api/v1/claims/${claimId}/sources`, { token: tokens.reviewer, json: { url: "https://www.destatis.de/grundsteuer", stance: "supports" } })).body.data;
    const removals = await tenTimes(`/api/v1/citations/${cited.id}`, tokens.reviewer);
    expect(removals.map((answer) => answer.status).sort()).toEqual([200, ...Array(9).fill(404)]);
    expect(await history("source.removed")).toBe(1);
  });

  it("resolves or edits a comment once per change when the same requests come at once, and never edits a deleted one", async () => {
    const comment = (await api(`/api/v1/claims/${claimId}/comments`, { token: tokens.reviewer, json: { body: "Zum Auflösen." } })).body.data;
    const patch = (body: unknown) => api(`/api/v1/comments/${comment.id}`, { token: tokens.reviewer, method: "PATCH", json: body });
    await Promise.all(Array.from({ length: 10 }, () => patch({ resolved: true })));
    expect(await history("comment.resolved")).toBe(1);
    await Promise.all(Array.from({ length: 5 }, (_, i) => patch({ body: `Fassung ${i}` })));
    const edits = await db.activity.findMany({ where: { teamId: team.teamId, action: "comment.edited" }, select: { before: true, after: true } });
    // Each edit's "before" is the text the one before it left: from the first text, the entries form one chain.
    const next = new Map(edits.map((edit) => [(edit.before as { text: string }).text, (edit.after as { text: string }).text]));
    expect(next.size).toBe(edits.length);
    let text = "Zum Auflösen.";
    for (let step = 0; step < edits.length; step++) text = next.get(text)!;
    expect(text).toMatch(/^Fassung \d$/);
    const [deleted, edited] = await Promise.all([api(`/api/v1/comments/${comment.id}`, { token: tokens.reviewer, method: "DELETE" }), patch({ body: "Zu spät" })]);
    expect(deleted.status).toBe(200);
    if (edited.status === 200) expect(await history("comment.edited")).toBe(edits.length + 1);
    else expect(edited.status).toBe(409);
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).deletedAt).not.toBeNull();
  });

  it("creates no more than 20 webhooks, also when 40 are sent at once", async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => api("/api/v1/team/webhooks", { token: tokens.admin, json: { url: `https://hooks.example/at-once/${i}`, events: ["comment.created"] } })),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(20);
    expect(answers.filter((answer) => answer.status !== 201).map((answer) => answer.status)).toEqual(Array(20).fill(400));
    expect(await db.webhook.count({ where: { teamId: team.teamId } })).toBe(20);
  });
});
