import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { db } from "@/lib/server/db/client";
import { createArticleInput } from "@/lib/validations/article";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 46: a card read "Claim · Not check-worthy … check-worthiness 100%"; which one was true?
describe.runIf(chromiumPath)("a claim the desk switched against the engine's estimate", () => {
  let browser: Browser;
  let team: TestTeam;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("overruled");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("names the estimate as the engine's, overruled, on the article's card", { timeout: 60_000 }, async () => {
    const article = await createArticle({
      actor: team.actors.editor,
      input: createArticleInput.parse({ title: "Export", text: "Der Export nach China fiel 2024 laut Statistischem Bundesamt um 8 Prozent auf 90 Milliarden Euro." }),
    });
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: article.id } });
    expect(claim.checkworthiness).toBeGreaterThanOrEqual(0.5);
    await db.claim.update({ where: { id: claim.id }, data: { checkworthy: false } });
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.viewer, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles/${article.id}`);
    await page.getByText(`engine: ${Math.round(claim.checkworthiness * 100)}%, the desk decided otherwise`).first().waitFor();
  });
});
