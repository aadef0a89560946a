import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { TEST_PASSWORD, teamWithArticle, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 41: ticking claims far down the list showed the bulk bar out of sight, above them, on a phone and in the
// desktop's claim panel; nothing seemed to happen. The bar stays in view.
describe.runIf(chromiumPath)("the bulk bar in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let articleId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const text = Array.from({ length: 14 }, (_, i) => `Die Stadt senkte die Grundsteuer im Bezirk ${i} um ${i + 2} Prozent.`).join(" ");
    ({ team, articleId } = await teamWithArticle("bulk-in-view", text));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([390, 1440])("stays in view when the last claims are ticked at %i px", async (width) => {
    const page = await (await browser.newContext({ locale: "de-DE", viewport: { width, height: 900 } })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    const boxes = page.getByRole("checkbox", { name: /^Auswählen:/ });
    const count = await boxes.count();
    await boxes.nth(count - 1).check();
    await boxes.nth(count - 2).check();
    const bar = await page.getByTestId("bulk-bar").boundingBox();
    expect(bar).not.toBeNull();
    expect(bar!.y).toBeGreaterThanOrEqual(0);
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(900);
    // On a phone the actions open on asking: all of them took 385 px of the screen (walk of stop 41).
    const actions = page.getByTestId("bulk-bar").getByRole("button", { name: "Mir zuweisen" });
    if (width < 1024) {
      expect(bar!.height).toBeLessThan(120);
      expect(await actions.isVisible()).toBe(false);
      await page.getByTestId("bulk-bar").getByRole("button", { name: /^Aktionen/ }).click();
    }
    expect(await actions.isVisible()).toBe(true);
  });
});
