import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { TEST_PASSWORD, teamWithArticle, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 40: a half-written comment, rationale or article edit was lost without a word when a link was followed.
describe.runIf(chromiumPath)("typed, unsent text in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let claimId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ team, claimIds: [claimId] } = await teamWithArticle("leave-guard", "Die Stadt senkte die Grundsteuer um 5 Prozent."));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("asks before a link leaves it behind, keeps it when the answer is no, and asks nothing once it is sent", async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claimId}`);
    // A busy machine hydrates late: typed before the guard listens, and followed before, the link is a plain page load.
    await page.locator("html[data-leave-guard=ready]").waitFor({ state: "attached" });
    const box = page.getByRole("textbox", { name: "Comment", exact: true });
    await box.fill("Die Zahl stammt aus dem Haushaltsplan 2025, Seite 12.");

    const questions = await followArticlesLinkSayingNo(page);
    expect(questions[0]).toBe("You have typed text that is not saved. Leave this page and lose it?");
    expect(new URL(page.url()).pathname).toBe(`/claims/${claimId}`);
    expect(await box.inputValue()).toBe("Die Zahl stammt aus dem Haushaltsplan 2025, Seite 12.");

    await page.getByRole("button", { name: "Comment", exact: true }).click();
    await page.getByTestId("comments-panel").getByText("Haushaltsplan 2025").waitFor();
    page.on("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await Promise.all([page.waitForURL(/\/articles$/), page.getByRole("link", { name: "Articles", exact: true }).first().click()]);
    expect(questions).toHaveLength(1);
  });

  it("counts text typed while the page's scripts were still loading", async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    // Scripts held back until the text is typed: what a slow phone sees.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/**", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/claims/${claimId}`, { waitUntil: "commit" });
    await page.getByRole("textbox", { name: "Comment", exact: true }).fill("Getippt, bevor die Seite bereit war.");
    release();
    await page.locator("html[data-leave-guard=ready]").waitFor({ state: "attached" });

    await followArticlesLinkSayingNo(page);
    expect(new URL(page.url()).pathname).toBe(`/claims/${claimId}`);
  });
});

/** Follows the menu's "Articles" link and answers the one question it must ask with "Cancel"; the questions asked. */
async function followArticlesLinkSayingNo(page: Page): Promise<string[]> {
  const questions: string[] = [];
  page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "Articles", exact: true }).first().click();
  await expect.poll(() => questions.length).toBe(1);
  return questions;
}
