import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { TEST_PASSWORD, teamWithArticle, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 40, at 390 px: a claim's status and assignee came after its sources, verdicts and discussion, about
// 3,000 px down; the menu did not close on Escape.
describe.runIf(chromiumPath)("a claim page on a phone in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let claimId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ team, claimIds: [claimId] } = await teamWithArticle("phone-claim", "Die Stadt senkte die Grundsteuer um 5 Prozent."));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows status and assignee right after the claim, before sources, verdicts and comments, and tabs to them in that order", async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claimId}`);
    const top = async (name: string) => (await page.getByRole("heading", { name, exact: true }).boundingBox())!.y;
    expect(await top("Workflow")).toBeLessThan(await top("Sources"));
    expect(await top("Sources")).toBeLessThan(await top("Verdicts"));
    expect(await top("Verdicts")).toBeLessThan(await top("Discussion"));
    expect(await top("Discussion")).toBeLessThan(await top("History"));

    // Re-walk of stop 40: moved by CSS alone, the card came after the discussion for the keyboard and screen readers.
    const order = await page.evaluate(() => {
      const headings = [...document.querySelectorAll("h2")].map((heading) => heading.textContent);
      return ["Workflow", "Sources", "Verdicts", "Discussion"].map((name) => headings.indexOf(name));
    });
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((at) => at >= 0)).toBe(true);
  });

  it("closes the menu on Escape and puts the focus back on its button", async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles`);
    const button = page.getByRole("button", { name: "Menu" });
    await button.click();
    await expect.poll(() => page.locator("button[aria-controls=header-menu]").getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("button[aria-controls=header-menu]").getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-controls"))).toBe("header-menu");
  });
});
