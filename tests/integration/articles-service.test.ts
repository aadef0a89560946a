import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { getArticle } from "@/lib/server/article/get-article";
import { listArticles } from "@/lib/server/article/list-articles";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { createArticleInput } from "@/lib/validations/article";
import { createTestTeam, type TestTeam } from "../support/factory";

let team: TestTeam;
let other: TestTeam;

beforeAll(async () => {
  team = await createTestTeam("articles");
  other = await createTestTeam("articles-other");
});

const input = (text: string, extra: Record<string, unknown> = {}) =>
  createArticleInput.parse({ title: `Article ${text.slice(0, 20)}`, text, ...extra });

describe("createArticle", () => {
  it("stores the body exactly, detects the language and derives the outlet from the URL", async () => {
    const text = "Der Minister sagte am Montag, dass die Preise um 20 Prozent steigen.\r\n\r\nZweiter Absatz.  ";
    const created = await createArticle({
      actor: team.actors.editor,
      input: input(text, { url: "https://www.tagesschau.de/inland/x.html", publishedAt: "2025-06-26" }),
    });
    const stored = await db.article.findUniqueOrThrow({ where: { id: created.id }, include: { outlet: true } });
    expect(stored.body).toBe(text);
    expect(stored.language).toBe("de");
    expect(stored.outlet?.name).toBe("tagesschau.de");
    expect(stored.publishedAt?.toISOString()).toBe("2025-06-26T00:00:00.000Z");
    expect(stored.importedById).toBe(team.actors.editor.userId);
  });

  // Walk of stop 37: "Hallo Welt" pasted from the German interface was stored as English.
  it("takes a text too short to tell for the language the importer reads the app in", async () => {
    const german = await createArticle({ actor: { ...team.actors.editor, locale: "de" }, input: input(`Hallo Welt ${Date.now()}`) });
    const english = await createArticle({ actor: { ...team.actors.editor, locale: "en" }, input: input(`Hallo Welt ${Date.now()} zwei`) });
    const rows = await db.article.findMany({ where: { id: { in: [german.id, english.id] } }, select: { id: true, language: true } });
    expect(rows.find((row) => row.id === german.id)?.language).toBe("de");
    expect(rows.find((row) => row.id === english.id)?.language).toBe("en");
    const told = await createArticle({ actor: { ...team.actors.editor, locale: "de" }, input: input(`The minister said the plan was on track ${Date.now()}.`) });
    expect((await db.article.findUniqueOrThrow({ where: { id: told.id } })).language).toBe("en");
  });

  it("refuses the same text twice in a team (also with other whitespace), but not across teams", async () => {
    const text = "India is the second-largest buyer of Russian oil after China, Novak said.";
    const first = await createArticle({ actor: team.actors.editor, input: input(text) });
    const again = createArticle({ actor: team.actors.admin, input: input(`  ${text.replace(/ /g, "  ")}\n`) });
    await expect(again).rejects.toMatchObject({ code: "CONFLICT", details: { articleId: first.id } });
    await expect(createArticle({ actor: other.actors.editor, input: input(text) })).resolves.toBeTruthy();
  });

  it("turns concurrent imports of one text into exactly one article", async () => {
    const text = `Concurrent import ${Date.now()}: the ministry said 12 jets were delivered.`;
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => createArticle({ actor: team.actors.editor, input: input(text, { outlet: "Wire" }) })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((r) => r.status === "rejected")) {
      expect((result as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    }
    expect(await db.outlet.count({ where: { teamId: team.teamId, name: "Wire" } })).toBe(1);
  });

  it("is refused for reviewers and viewers", async () => {
    for (const role of ["reviewer", "viewer"] as const) {
      await expect(createArticle({ actor: team.actors[role], input: input(`Refused ${role}`) })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});

describe("getArticle and listArticles", () => {
  it("hides another team's article as not found", async () => {
    const created = await createArticle({ actor: other.actors.editor, input: input("Only for the other team.") });
    await expect(getArticle({ actor: team.actors.viewer, id: created.id })).rejects.toBeInstanceOf(AppError);
    await expect(getArticle({ actor: team.actors.viewer, id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getArticle({ actor: other.actors.viewer, id: created.id })).resolves.toMatchObject({ id: created.id });
  });

  it("pages newest first with keyset cursors in both directions", async () => {
    const paging = await createTestTeam("paging");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await createArticle({ actor: paging.actors.editor, input: input(`Paging article number ${i}.`) })).id);
    }
    const newestFirst = [...ids].reverse();
    const first = await listArticles({ actor: paging.actors.viewer, input: { limit: 2 } });
    expect(first.data.map((a) => a.id)).toEqual(newestFirst.slice(0, 2));
    expect(first.page.prevCursor).toBeNull();
    const second = await listArticles({ actor: paging.actors.viewer, input: { limit: 2, after: first.page.nextCursor! } });
    expect(second.data.map((a) => a.id)).toEqual(newestFirst.slice(2, 4));
    const third = await listArticles({ actor: paging.actors.viewer, input: { limit: 2, after: second.page.nextCursor! } });
    expect(third.data.map((a) => a.id)).toEqual(newestFirst.slice(4));
    expect(third.page.nextCursor).toBeNull();
    const back = await listArticles({ actor: paging.actors.viewer, input: { limit: 2, before: third.page.prevCursor! } });
    expect(back.data.map((a) => a.id)).toEqual(newestFirst.slice(2, 4));
    expect(back.data.map((a) => a.claimCount)).toEqual([1, 1]);
  });

  it("rejects a forged cursor with a clear message", async () => {
    await expect(listArticles({ actor: team.actors.viewer, input: { limit: 2, after: "bm9wZQ" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
