import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { TEST_PASSWORD, teamWithArticle, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 45: "Use this wording and save" vanished with the focus and said nothing (the page remounted the form
// with the new version), and the accepted wording had no full stop, so headings on the public page and in reports
// read as cut off.
describe.runIf(chromiumPath)("accepting the suggested wording", () => {
  let browser: Browser;
  let team: TestTeam;
  let claimIds: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ team, claimIds } = await teamWithArticle("accept-wording", "The new bill will cut taxes for 80 percent of families, the finance minister said.", "Tax bill"));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("saves it as a sentence, says so where the button was, and offers it no more", { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claimIds[0]}`);
    // Shown as it will be saved, with its full stop (walk of stop 47: shown without, saved with).
    expect(await page.getByText("The new bill will cut taxes for 80 percent of families.", { exact: true }).count()).toBeGreaterThanOrEqual(1);
    await page.getByRole("button", { name: "Use this wording and save" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toBe("Saved.");
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimIds[0] } })).normalizedText).toBe("The new bill will cut taxes for 80 percent of families.");
    await page.getByText("Suggested wording (accepted as the reviewers’ wording)").waitFor();
    expect(await page.getByRole("button", { name: "Use this wording and save" }).count()).toBe(0);
    // The page's refresh after the save did not take the sentence away.
    await page.waitForTimeout(1500);
    expect(await page.getByTestId("claim-saved").textContent()).toBe("Saved.");
  });
});
