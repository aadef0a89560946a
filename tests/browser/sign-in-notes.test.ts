import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 43: after signing out, or on following a link while signed out, the sign-in page said nothing of why.
describe.runIf(chromiumPath)("the sign-in page says why it is shown", () => {
  let browser: Browser;
  let team: TestTeam;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("sign-in-notes");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("after signing out, and for a link that needs a sign-in", { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } })).newPage();
    await signInAs(page, team.emails.viewer, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByText("You are signed out.").waitFor();

    await page.goto(`${baseUrl()}/dashboard`);
    await page.waitForURL(/\/sign-in\?callbackUrl=/);
    await page.getByText("Sign in to open that page.").waitFor();
    // Straight to the sign-in page: no note.
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByText(/You are signed out|Sign in to open/).count()).toBe(0);
  });

  // Walk of stop 44: after a wrong password it stayed in its field, to be cleared by hand.
  it("clears and focuses the password after a refused sign-in, keeping the address", { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel("Email").fill(team.emails.reviewer);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    await expect.poll(() => page.evaluate(() => ({ id: document.activeElement?.id, value: (document.activeElement as HTMLInputElement).value }))).toEqual({ id: "password", value: "" });
    expect(await page.getByLabel("Email").inputValue()).toBe(team.emails.reviewer);
  });
});
