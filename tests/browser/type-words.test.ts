import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { TEST_PASSWORD, teamWithArticle, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 47: adding a claim and splitting one needed a mouse (Tab never reached the article's text). Typing the
// words does both, with the keyboard alone.
const TEXT =
  "The city will cut bus fares by 20 percent from March, the mayor said on Monday, and the council approved 14 new night routes. Will fares rise again next year?";

describe.runIf(chromiumPath)("adding and splitting claims by typing their words", () => {
  let browser: Browser;
  let team: TestTeam;
  let articleId: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ team, articleId } = await teamWithArticle("type-words", TEXT, "Bus fares"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const claimTexts = async () => (await db.claim.findMany({ where: { articleId, mergedIntoId: null }, orderBy: { start: "asc" }, select: { text: true } })).map((claim) => claim.text);
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

  it("adds, refuses words that stand nowhere, and splits, from the keyboard", { timeout: 90_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    const before = await claimTexts();

    // Words that are not in the text: said at the field, nothing added.
    await page.getByRole("button", { name: "Add or split a claim by typing its words" }).press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("type-words");
    // Nothing typed, and words already in a claim: said at the field, in the form's own words.
    await page.keyboard.press("Enter");
    await page.getByText("Type some words from the article first.").waitFor();
    await page.keyboard.type("the council approved 14 new night routes");
    await page.keyboard.press("Enter");
    await page.getByText("These words overlap a claim already", { exact: false }).waitFor();
    await page.getByLabel("Words from the article, as written").fill("");
    await page.keyboard.type("Residents were furious");
    await page.keyboard.press("Enter");
    await page.getByText("These words are not in the article's text.", { exact: false }).waitFor();
    expect(await claimTexts()).toEqual(before);

    // Enter in the field adds the words as a claim; the sentence saying so takes the focus.
    // (A question is not stored as a claim by the engine: a reviewer may decide it holds one.)
    await page.getByLabel("Words from the article, as written").fill("Will fares rise again next year?");
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedText(page), { timeout: 10_000 }).toContain("Claim added");
    await expect.poll(claimTexts, { timeout: 10_000 }).toContain("Will fares rise again next year?");

    // Splitting before words inside a claim (once the page shows the added claim: its refresh re-renders the form).
    await page.getByTestId("claim-list").getByText("Will fares rise again next year?").waitFor();
    const long = (await claimTexts()).find((text) => text.includes("night routes"))!;
    await page.getByRole("button", { name: "Add or split a claim by typing its words" }).press("Enter");
    await page.getByLabel("Words from the article, as written").fill("and the council approved");
    await page.getByRole("button", { name: "Split the claim before them" }).press("Enter");
    await expect.poll(() => focusedText(page), { timeout: 10_000 }).toContain("The claim is split in two.");
    await expect.poll(claimTexts, { timeout: 10_000 }).toEqual(expect.arrayContaining([long.slice(0, long.indexOf(" and the council")), long.slice(long.indexOf("and the council"))]));
  });

  it("is not offered to a viewer", { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.viewer, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    await page.getByTestId("article-text").waitFor();
    expect(await page.getByRole("button", { name: "Add or split a claim by typing its words" }).count()).toBe(0);
  });
});
