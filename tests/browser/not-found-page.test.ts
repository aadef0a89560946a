import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 43: a mistyped address showed a bare card without the app's header, unlike a missing article.
describe.runIf(chromiumPath)("an address that does not exist", () => {
  let browser: Browser;
  let team: TestTeam;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("not-found-page");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps the navigation for a member and answers 404; a signed-out reader gets the page alone", { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.viewer, TEST_PASSWORD);
    const answer = await page.goto(`${baseUrl()}/does-not-exist`);
    expect(answer?.status()).toBe(404);
    await page.getByRole("heading", { name: "Not found" }).waitFor();
    expect(await page.getByRole("navigation").getByRole("link", { name: "Articles" }).count()).toBeGreaterThan(0);

    // An unknown article or claim inside the app: one header, not the layout's and the not-found page's (walk of stop 46).
    for (const path of ["/articles/cl0000000000000000000000", "/claims/not-an-id"]) {
      expect((await page.goto(`${baseUrl()}${path}`))?.status(), path).toBe(404);
      await page.getByRole("heading", { name: "Not found" }).waitFor();
      expect(await page.locator("header").count(), path).toBe(1);
    }

    const outsider = await (await browser.newContext({ locale: "en-US" })).newPage();
    expect((await outsider.goto(`${baseUrl()}/does-not-exist`))?.status()).toBe(404);
    await outsider.getByRole("heading", { name: "Not found" }).waitFor();
    expect(await outsider.getByRole("navigation").count()).toBe(0);
  });
});
