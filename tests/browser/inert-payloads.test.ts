import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { updateClaim } from "@/lib/server/claim/update-claim";
import { createComment } from "@/lib/server/comment/create-comment";
import { db } from "@/lib/server/db/client";
import { attachSource } from "@/lib/server/source/attach-source";
import { createArticleInput } from "@/lib/validations/article";
import { attachSourceInput } from "@/lib/validations/source";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Script written into any text a person can enter must reach other people's screens as text.
const payload = (where: string) => `<script>window.__pwned="${where}"</script><img src=x onerror="window.__pwned='${where}'">`;

describe.runIf(chromiumPath)("script payloads render as inert text", () => {
  let browser: Browser;
  let team: TestTeam;
  let articleId: string;
  let claimId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("payloads");
    const editor = team.actors.editor;
    const article = await createArticle({
      actor: editor,
      input: createArticleInput.parse({ title: `Titel ${payload("title")}`, text: `Die Regierung senkte die Steuern um 3 Prozent ${payload("text")}. Der Export fiel um 2 Prozent.` }),
    });
    articleId = article.id;
    const claim = await db.claim.findFirstOrThrow({ where: { articleId }, orderBy: { position: "asc" } });
    claimId = claim.id;
    await updateClaim({ actor: editor, id: claim.id, input: { version: claim.version, normalizedText: `Fassung ${payload("wording")}` } });
    await createComment({ actor: team.actors.reviewer, claimId, input: { body: `Kommentar ${payload("comment")} [link](javascript:alert(1))` } });
    await attachSource({ actor: editor, claimId, input: attachSourceInput.parse({ url: "https://quelle.example/xss", stance: "supports", title: `Quelle ${payload("source")}` }) });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function visit(page: Page, path: string, visible: string) {
    await page.goto(`${baseUrl()}${path}`);
    await page.getByText(visible, { exact: false }).first().waitFor();
    await page.waitForTimeout(300); // give an injected onerror handler the time to fire
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  }

  it("in article text, claim wording, comments and source titles, on every page that shows them", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signInAs(page, team.emails.viewer, TEST_PASSWORD);
    await visit(page, `/articles/${articleId}`, `window.__pwned="text"`);
    await visit(page, `/claims/${claimId}`, `window.__pwned="comment"`);
    expect(await page.getByText(`window.__pwned="wording"`).count()).toBeGreaterThan(0);
    expect(await page.getByText(`window.__pwned="source"`).count()).toBeGreaterThan(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    const source = await db.source.findFirstOrThrow({ where: { teamId: team.teamId } });
    await visit(page, `/sources/${source.id}`, `window.__pwned="source"`);
    await visit(page, "/articles", `window.__pwned="title"`);
    expect(dialogs).toEqual([]);
  });
});
