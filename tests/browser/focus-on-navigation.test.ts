import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 46: after following a header link with the keyboard the focus stayed on it, nine tabs away from the new
// page's first field; on a phone it fell to the page's body.
describe.runIf(chromiumPath)("the focus after a navigation in the app", () => {
  let browser: Browser;
  let team: TestTeam;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("route-focus");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("goes to the new page's heading, and the next Tab into the page", { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles`);
    await page.getByRole("navigation").getByRole("link", { name: en.nav.newArticle }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/articles\/new$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("#content")))).toBe(true);

    // From the not-found page the app's shell is drawn anew; the focus still goes to the new page (re-walk of stop 46).
    await page.goto(`${baseUrl()}/does-not-exist`);
    await page.getByRole("heading", { level: 1, name: "Not found" }).waitFor();
    await page.getByRole("navigation").getByRole("link", { name: en.nav.search }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");

    // A search sent reloads the page: the focus goes to what the list is, not the page's top (re-walk of stop 46).
    await page.getByLabel(en.search.query).fill("Steuern");
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=Steuern/);
    expect(page.url()).not.toMatch(/status=/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null)).toBe("search-summary");
  });
});
