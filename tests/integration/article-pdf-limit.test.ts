import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { db } from "@/lib/server/db/client";
import { PDF_MAX_CLAIMS } from "@/lib/server/report/render-pdf-in-worker";
import { createArticleInput } from "@/lib/validations/article";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

// Probe of stop 34: outlet PDFs were capped, an article's were not; a 30,000-claim article's PDF held a render worker
// for over a minute, and six of them from one viewer left an editor's upload waiting 22 s. An article PDF takes at
// most as many claims as an outlet PDF; text downloads stream and stay open to any size.

let team: TestTeam;
let viewer: string;
let articleId: string;

beforeAll(async () => {
  team = await createTestTeam("pdf-limit");
  viewer = (await signIn(team.emails.viewer, TEST_PASSWORD)).cookie!;
  const sentences = Array.from({ length: PDF_MAX_CLAIMS + 1 }, (_, i) => `Die Regierung senkte die Steuern im Bezirk ${i} um ${(i % 90) + 1} Prozent.`);
  articleId = (await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title: "Lang", text: sentences.join(" ") }) })).id;
}, 120_000);

describe("an article PDF's size", () => {
  it("refuses one claim over the limit with a 400 that says what to do, and renders at the limit", async () => {
    expect(await db.claim.count({ where: { articleId, mergedIntoId: null, status: { not: "excluded" } } })).toBe(PDF_MAX_CLAIMS + 1);
    const over = await api(`/api/v1/articles/${articleId}/report?format=pdf`, { cookie: viewer });
    expect(over.status).toBe(400);
    expect(over.body.error.message).toBe("An article PDF is limited to 2,000 claims and this article has 2,001. Export CSV or JSON, or a PDF of selected claims.");
    const csv = await api(`/api/v1/articles/${articleId}/report?format=csv`, { cookie: viewer });
    expect(csv.status).toBe(200);
    // One claim excluded: the PDF (which leaves excluded claims out) is at the limit.
    const last = await db.claim.findFirstOrThrow({ where: { articleId }, orderBy: { start: "desc" } });
    await db.claim.update({ where: { id: last.id }, data: { status: "excluded", exclusionReason: "other" } });
    const atLimit = await fetch(`${baseUrl()}/api/v1/articles/${articleId}/report?format=pdf`, { headers: { cookie: viewer } });
    expect(atLimit.status).toBe(200);
    expect(Buffer.from(await atLimit.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  }, 120_000);

  // Re-probe of stop 34: the public link's PDF of the same article had no limit, and needs no sign-in.
  it("refuses a public link's PDF of more published claims than that, with a message for its readers", async () => {
    const editor = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
    expect((await api("/api/v1/rating-scale", { cookie: editor })).status).toBe(200);
    const level = await db.ratingLevel.findFirstOrThrow({ where: { scale: { teamId: team.teamId } } });
    const claims = await db.claim.findMany({ where: { articleId }, select: { id: true } });
    await db.claim.updateMany({ where: { articleId }, data: { status: "final", exclusionReason: null } });
    await db.finalVerdict.createMany({ data: claims.map((claim) => ({ claimId: claim.id, levelId: level.id, rationale: "Geprüft.", decidedById: team.actors.editor.userId })) });
    const link = await api(`/api/v1/articles/${articleId}/share-links`, { cookie: editor, json: {} });
    expect(link.status).toBe(201);
    const pdf = await api(`${new URL(link.body.data.url).pathname}/pdf`);
    expect(pdf.status).toBe(400);
    expect(pdf.text).toContain("This fact-check has 2,001 claims, too many for one PDF (at most 2,000). Read it on its page.");
  }, 120_000);
});
