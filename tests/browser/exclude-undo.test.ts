import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { TEST_PASSWORD, teamWithArticle, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 41: excluding ticked claims could not be taken back but claim by claim, and a refused bulk action
// was said above the article text, far from the bar the person had used.
describe.runIf(chromiumPath)("the bulk bar in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let articleId: string;
  let claimIds: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ team, articleId, claimIds } = await teamWithArticle("exclude-undo", "Die Stadt senkte die Grundsteuer um 5 Prozent. Die Schulden stiegen 2025 um 12 Millionen Euro."));
    await db.claim.update({ where: { id: claimIds[1] }, data: { status: "in_review" } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const statuses = async () => (await db.claim.findMany({ where: { id: { in: claimIds } }, orderBy: { position: "asc" }, select: { status: true } })).map((claim) => claim.status);
  const exclusionLabels = () => db.claimDecision.count({ where: { claimId: { in: claimIds }, kind: "excluded" } });

  it("takes an exclusion back with 'Undo': each claim gets its status again, and the model forgets the label", async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    for (const box of await page.getByRole("checkbox", { name: /^Select:/ }).all()) await box.check();
    await page.getByTestId("bulk-bar").getByRole("button", { name: "Exclude", exact: true }).click();
    const notice = page.getByTestId("bulk-notice");
    await expect.poll(() => notice.textContent()).toBe("2 claims excluded.Undo");
    expect(await statuses()).toEqual(["excluded", "excluded"]);
    expect(await exclusionLabels()).toBe(2);

    await notice.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => notice.textContent()).toBe("2 claims are no longer excluded.");
    expect(await statuses()).toEqual(["new", "in_review"]);
    expect(await exclusionLabels()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("bulk-notice");
  });

  it("says a refused bulk action in the bar, where the person acted", async () => {
    const page = await (await browser.newContext({ locale: "de-DE" })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    await page.getByRole("checkbox", { name: /^Auswählen:/ }).first().check();
    // Someone else changes the claims meanwhile: the bar's change is refused as stale.
    await db.claim.updateMany({ where: { id: { in: claimIds } }, data: { version: { increment: 1 } } });
    const bar = page.getByTestId("bulk-bar");
    await bar.getByRole("button", { name: "Mir zuweisen" }).click();
    await bar.getByRole("alert").waitFor();
    expect(await page.locator("main [role=alert]").count()).toBe(1);
  });
});
