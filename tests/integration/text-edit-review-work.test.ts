import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { updateArticle } from "@/lib/server/article/update-article";
import { updateClaim } from "@/lib/server/claim/update-claim";
import { createComment } from "@/lib/server/comment/create-comment";
import { db } from "@/lib/server/db/client";
import { loadPublicFactCheck } from "@/lib/server/share/load-public-fact-check";
import { createShareLink } from "@/lib/server/share/share-links";
import { publicFactCheckPdf } from "@/lib/server/share/public-fact-check-pdf";
import { loadArticleReport } from "@/lib/server/report/load-article-report";
import { reportRows } from "@/lib/domain/report/report-rows";
import { renderMarkdown } from "@/lib/domain/report/render-markdown";
import { extractText } from "unpdf";
import { finalizeVerdict } from "@/lib/server/verdict/finalize-verdict";
import { createArticleInput } from "@/lib/validations/article";
import { createShareLinkInput } from "@/lib/validations/report";
import { createTestTeam, type TestTeam } from "../support/factory";

// Hostile probe of stop 28: a text edit deleted claims whose only review work was a comment (with the
// comment, its mentions and inbox entries), re-anchored a claim with a final verdict to reworded text
// (so the published verdict rated words nobody rated), and bumped orphaned claims' versions on every edit.

let team: TestTeam;
beforeAll(async () => {
  team = await createTestTeam("text-edit-work");
});

const sentences = ["Die Exporte fielen 2021 um 2 Prozent.", "Frankreich gab 12 Milliarden Euro für Rüstung aus.", "Die Importe stiegen um 4 Prozent."];
async function imported(extra: string) {
  const text = [...sentences, extra].join(" ");
  const { id } = await createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title: "Edit", text, language: "de" }) });
  const claims = await db.claim.findMany({ where: { articleId: id }, orderBy: { start: "asc" } });
  return { id, text, claims };
}
const importText = (t: TestTeam, text: string, title = "Claims test") =>
  createArticle({ actor: t.actors.editor, input: createArticleInput.parse({ title, text }) });
const claimsOf = (articleId: string) => db.claim.findMany({ where: { articleId }, orderBy: { position: "asc" } });
async function edit(id: string, text: string) {
  const { version } = await db.article.findUniqueOrThrow({ where: { id } });
  return updateArticle({ actor: team.actors.editor, id, input: { version, text } });
}

describe("a text edit and the review work on claims", () => {
  it("keeps a claim whose only review work is a comment, with the comment", async () => {
    const article = await imported(`Nachtrag ${Date.now()}.`);
    const exports = article.claims.find((claim) => claim.text.startsWith("Die Exporte"))!;
    await createComment({ actor: team.actors.reviewer, claimId: exports.id, input: { body: "Quelle prüfen" } });
    await edit(article.id, `${article.text} Ein neuer Satz mit 5 Prozent.`);
    const kept = await db.claim.findUnique({ where: { id: exports.id }, include: { comments: true } });
    expect(kept).toMatchObject({ anchorState: "ok", text: exports.text });
    expect(kept!.comments.map((comment) => comment.body)).toEqual(["Quelle prüfen"]);
    // Same place, same words: its version stays (an open form is not made stale by an edit elsewhere).
    await edit(article.id, `${article.text} Ein neuer Satz mit 5 Prozent. Noch einer mit 6 Prozent.`);
    expect(await db.claim.findUniqueOrThrow({ where: { id: exports.id } })).toMatchObject({ version: kept!.version, start: kept!.start });
  });

  // Walk of stop 35: a typo fix gave every claim nobody had worked on a new id, and links to them answered 404.
  it("keeps the id of a claim nobody worked on when the edit leaves its sentence as it was", async () => {
    const article = await imported(`Nachtrag ${Date.now()}.`);
    const before = new Map(article.claims.map((claim) => [claim.text, claim.id]));
    await edit(article.id, article.text.replace("Die Importe stiegen um 4 Prozent.", "Die Importe stiegen um 5 Prozent."));
    const after = await claimsOf(article.id);
    for (const text of ["Die Exporte fielen 2021 um 2 Prozent.", "Frankreich gab 12 Milliarden Euro für Rüstung aus."]) {
      expect(after.find((claim) => claim.text === text)?.id, text).toBe(before.get(text));
    }
    const changed = after.find((claim) => claim.text === "Die Importe stiegen um 5 Prozent.")!;
    expect(changed.id).not.toBe(before.get("Die Importe stiegen um 4 Prozent."));
    expect(new Set(after.map((claim) => claim.id)).size).toBe(after.length);
  });

  // Hostile probe of stop 35: of two identical sentences, the edit removed "one"; the untouched claim kept the sentence
  // and the commented one was orphaned. Which copy went cannot be told from the text: the review work keeps it.
  for (const commented of ["first", "second"] as const) {
    it(`keeps the ${commented} of two identical sentences for its comment when the edit leaves one`, async () => {
      const twice = `Der Hafen schlug ${Date.now()} Tonnen Getreide um.`;
      const article = await imported(`${twice} ${twice}`);
      const copies = article.claims.filter((claim) => claim.text === twice);
      expect(copies).toHaveLength(2);
      const worked = commented === "first" ? copies[0]! : copies[1]!;
      await createComment({ actor: team.actors.reviewer, claimId: worked.id, input: { body: "Welche Quelle?" } });
      const result = await edit(article.id, article.text.replace(`${twice} ${twice}`, twice));
      expect(result.claims).toMatchObject({ orphaned: 0 });
      const after = await claimsOf(article.id);
      const kept = after.filter((claim) => claim.text === twice);
      expect(kept.map((claim) => [claim.id, claim.anchorState])).toEqual([[worked.id, "ok"]]);
      const body = (await db.article.findUniqueOrThrow({ where: { id: article.id } })).body;
      expect(body.slice(kept[0]!.start, kept[0]!.end)).toBe(twice);
    });
  }

  // Hostile probe of stop 36: the final claim "Die Exporte fielen 2021 um 2 Prozent." stayed "ok" inside "…um 12 Prozent."
  // once the number changed, and a rated sentence stayed "ok" inside "Es ist ein Mythos, dass …".
  it("orphans a final claim whose words now stand inside a longer number or a sentence that changed around them", async () => {
    const article = await imported(`Nachtrag ${Date.now()}.`);
    const exports = article.claims.find((claim) => claim.text.startsWith("Die Exporte"))!;
    await db.claim.update({ where: { id: exports.id }, data: { status: "final", touchedAt: new Date(), version: { increment: 1 } } });
    const lowered = article.text.replace("Die Exporte fielen 2021 um 2 Prozent.", "Nicht alle Exporte fielen. Die Importe fielen 2021 um 2 Prozent.");
    // The rated words stay verbatim ("fielen 2021 um 2 Prozent.") but the sentence around them is another one.
    const edited = lowered.replace("Die Importe fielen 2021 um 2 Prozent.", "Es ist ein Mythos, dass Die Exporte fielen 2021 um 2 Prozent.");
    const result = await edit(article.id, edited);
    expect(result.claims).toMatchObject({ orphaned: 1 });
    expect(await db.claim.findUniqueOrThrow({ where: { id: exports.id } })).toMatchObject({ status: "final", anchorState: "orphaned" });
  });

  it("orphans a claim with a final verdict rather than move the verdict to reworded text, and words the new sentence afresh", async () => {
    const article = await imported(`Nachtrag ${Date.now()}.`);
    const france = article.claims.find((claim) => claim.text.startsWith("Frankreich"))!;
    // (Final as the verdict service leaves it: its source and verdict rules are tested elsewhere.)
    await db.claim.update({ where: { id: france.id }, data: { status: "final", touchedAt: new Date(), version: { increment: 1 } } });
    const rated = await db.claim.findUniqueOrThrow({ where: { id: france.id } });
    const result = await edit(article.id, article.text.replace("12 Milliarden", "15 Milliarden"));
    expect(result.claims).toMatchObject({ orphaned: 1, reanchored: 0 });
    const after = await db.claim.findUniqueOrThrow({ where: { id: france.id } });
    expect(after).toMatchObject({ status: "final", anchorState: "orphaned", text: rated.text, textVersion: rated.textVersion, version: rated.version + 1 });
    const fresh = await db.claim.findMany({ where: { articleId: article.id, text: { contains: "15 Milliarden" } } });
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.id).not.toBe(france.id);

    // Found verbatim, it moves with its text as before; an orphan's version stays put on later edits.
    await edit(article.id, `Vorspann. ${article.text.replace("12 Milliarden", "15 Milliarden")}`);
    expect(await db.claim.findUniqueOrThrow({ where: { id: france.id } })).toMatchObject({ anchorState: "orphaned", version: after.version });
  });
  // Re-probe of stop 28: the orphaned verdict vanished from its public page without a word.
  it("keeps a published verdict on its public page after its words leave the text, with a note", async () => {
    await db.team.update({ where: { id: team.teamId }, data: { settings: { minSourcesForFinal: 0 } } });
    const article = await imported(`Nachtrag ${Date.now()}.`);
    const france = article.claims.find((claim) => claim.text.startsWith("Frankreich"))!;
    await finalizeVerdict({ actor: team.actors.editor, claimId: france.id, input: { level: "true", rationale: "Belegt.", claimVersion: france.version } });
    const link = await createShareLink({ actor: team.actors.editor, articleId: article.id, input: createShareLinkInput.parse({}) });
    const before = (await loadPublicFactCheck(link.token))!;
    expect(before.report.claims.map((claim) => claim.id)).toEqual([france.id]);
    expect(before.textChanged).toEqual([]);

    await edit(article.id, article.text.replace("12 Milliarden", "15 Milliarden"));
    const after = (await loadPublicFactCheck(link.token))!;
    expect(after.report.claims.map((claim) => [claim.id, claim.text, claim.verdict?.key])).toEqual([[france.id, france.text, "true"]]);
    expect(after.textChanged).toEqual([france.id]);
    // Its verdict rates words the article no longer holds: it counts for no credibility score.
    expect([before.report.credibility.reviewed, after.report.credibility.reviewed]).toEqual([1, 0]);
  });

  // Probe of stop 29: the team's own exports dropped it (and orphaned claims with sources), and the
  // public PDF showed it without the note.
  it("keeps it in the team's exports, flagged, and notes it in the public PDF", async () => {
    const article = await imported(`Nachtrag ${Date.now()}.`);
    const france = article.claims.find((claim) => claim.text.startsWith("Frankreich"))!;
    await finalizeVerdict({ actor: team.actors.editor, claimId: france.id, input: { level: "true", rationale: "Belegt.", claimVersion: france.version } });
    const link = await createShareLink({ actor: team.actors.editor, articleId: article.id, input: createShareLinkInput.parse({}) });
    await edit(article.id, article.text.replace("12 Milliarden", "15 Milliarden"));
    const report = await loadArticleReport({ actor: team.actors.viewer, articleId: article.id });
    expect(report.claims.find((claim) => claim.id === france.id)).toMatchObject({ inText: false, verdict: { key: "true" } });
    expect(reportRows(report).find((row) => row.claim_id === france.id)).toMatchObject({ in_text: "no" });
    expect(renderMarkdown(report)).toContain("Der Artikel enthält diese Worte nicht mehr");
    const pdf = (await publicFactCheckPdf(link.token))!;
    const { text } = await extractText(pdf.pdf, { mergePages: true });
    expect(text.replace(/\s+/g, " ")).toContain("Der Artikel enthält diese Worte nicht mehr");
  });
});

describe("re-extraction after an edit", () => {
  const original = [
    "Laut dem Statistikamt stiegen die Mieten 2024 um 8 Prozent.",
    "Die Stadt baute im selben Jahr nur 1.200 neue Wohnungen.",
    "Der Bürgermeister kündigte am 5. März ein Programm über 50 Millionen Euro an.",
  ].join(" ");

  it("keeps touched claims (re-anchored or orphaned), redoes untouched ones, and counts what happened", async () => {
    const created = await importText(team, original);
    const claims = await claimsOf(created.id);
    expect(claims).toHaveLength(3);
    const [rents, building, programme] = claims as [typeof claims[0], typeof claims[0], typeof claims[0]];
    for (const claim of [rents, programme]) {
      await updateClaim({ actor: team.actors.reviewer, id: claim.id, input: { version: claim.version, checkworthy: true } });
    }
    const article = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    const edited = [
      "Neuer erster Satz: Die Wohnungsnot wächst seit 2020 deutlich.",
      "Laut dem Statistikamt stiegen die Mieten 2024 um 8 Prozent.",
      "Die Stadt baute im selben Jahr nur 1.300 neue Wohnungen.",
    ].join(" ");
    const result = await updateArticle({ actor: team.actors.editor, id: created.id, input: { version: article.version, text: edited } });
    expect(result.textVersion).toBe(2);
    expect(result.claims).toMatchObject({ kept: 1, reanchored: 0, orphaned: 1, removed: 1 });

    const after = await claimsOf(created.id);
    const keptRents = after.find((claim) => claim.id === rents.id)!;
    expect(keptRents).toMatchObject({ anchorState: "ok", textVersion: 2 });
    expect(edited.slice(keptRents.start, keptRents.end)).toBe(keptRents.text);
    // The claimant and entities moved with their sentence (their offsets pointed into the old text).
    expect(keptRents.claimantText).toBe(rents.claimantText);
    expect(keptRents.claimantStart).toBe(rents.claimantStart! + (keptRents.start - rents.start));
    expect(edited.slice(keptRents.claimantStart!, keptRents.claimantEnd!)).toBe(keptRents.claimantText);
    expect((keptRents.entities as { text: string; start: number; end: number }[]).length).toBeGreaterThan(0);
    for (const entity of keptRents.entities as { text: string; start: number; end: number }[]) expect(edited.slice(entity.start, entity.end)).toBe(entity.text);
    expect(after.find((claim) => claim.id === programme.id)).toMatchObject({ anchorState: "orphaned", textVersion: 1 });
    expect(after.find((claim) => claim.id === building.id)).toBeUndefined();
    const fresh = after.filter((claim) => claim.touchedAt === null);
    expect(fresh.map((claim) => claim.text)).toEqual(
      expect.arrayContaining(["Die Stadt baute im selben Jahr nur 1.300 neue Wohnungen."]),
    );
    expect(after.at(-1)!.id).toBe(programme.id);
    expect(after.map((claim) => claim.position)).toEqual(after.map((_, index) => index));
  });

  it("re-anchors a touched claim to its reworded sentence", async () => {
    const created = await importText(team, `${original} Nachtrag ${Date.now()}.`);
    const claims = await claimsOf(created.id);
    const building = claims.find((claim) => claim.text.startsWith("Die Stadt baute"))!;
    await updateClaim({ actor: team.actors.reviewer, id: building.id, input: { version: building.version, normalizedText: "1,200 flats" } });
    const article = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    const edited = article.body.replace("nur 1.200 neue Wohnungen", "lediglich 1.200 neue Wohnungen");
    await updateArticle({ actor: team.actors.editor, id: created.id, input: { version: article.version, text: edited } });
    const moved = await db.claim.findUniqueOrThrow({ where: { id: building.id } });
    expect(moved).toMatchObject({ anchorState: "reanchored", normalizedText: "1,200 flats" });
    expect(moved.text).toBe("Die Stadt baute im selben Jahr lediglich 1.200 neue Wohnungen.");
    // The engine's reading of the new sentence, not the old one's.
    expect(moved.suggestedWording).toContain("lediglich");
    const entities = moved.entities as { text: string; start: number; end: number }[];
    expect(entities.map((entity) => entity.text)).toContain("1.200");
    for (const entity of entities) expect(edited.slice(entity.start, entity.end)).toBe(entity.text);
  });

  it("refuses a stale edit and an edit to another article's text, changing nothing", async () => {
    const created = await importText(team, `Stale ${Date.now()}: Der Export sank im April um 3 Prozent.`);
    const taken = await importText(team, `Taken ${Date.now()}: Die Importe stiegen im Mai um 2 Prozent.`);
    const article = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    await updateArticle({ actor: team.actors.editor, id: created.id, input: { version: article.version, title: "Renamed" } });
    await expect(
      updateArticle({ actor: team.actors.admin, id: created.id, input: { version: article.version, text: "Neu." } }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { current: { version: article.version + 1, title: "Renamed" } } });
    const takenBody = (await db.article.findUniqueOrThrow({ where: { id: taken.id } })).body;
    await expect(
      updateArticle({ actor: team.actors.admin, id: created.id, input: { version: article.version + 1, text: takenBody } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const unchanged = await db.article.findUniqueOrThrow({ where: { id: created.id } });
    expect(unchanged).toMatchObject({ body: article.body, title: "Renamed", version: article.version + 1 });
    expect(await db.claim.count({ where: { articleId: created.id } })).toBeGreaterThan(0);
  });

  it("is for editors and admins only", async () => {
    const created = await importText(team, `Rollen ${Date.now()}: Der Bund zahlte 2023 genau 12 Milliarden Euro.`);
    await expect(
      updateArticle({ actor: team.actors.reviewer, id: created.id, input: { version: 1, title: "No" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
