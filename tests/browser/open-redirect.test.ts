import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Where the browser really ends up after signing in with a hostile callbackUrl (issue 11: the first
// payload sent Chromium to http://evil.example/x).
const PAYLOADS = ["/%5Cevil.example/x", "//evil.example/x", "/%5C%5Cevil.example/x", "https://evil.example/x", "/%09/evil.example/x", "%0A//evil.example/x"];

describe.runIf(chromiumPath)("redirects after sign-in in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("redirect");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("stay on this origin, through the sign-in form and for a visitor already signed in", async () => {
    const origin = new URL(baseUrl()).origin;
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    for (const [index, payload] of PAYLOADS.entries()) {
      await page.goto(`${baseUrl()}/sign-in?callbackUrl=${payload}`);
      if (index === 0) {
        await page.getByLabel("Email address").fill(team.emails.viewer);
        await page.getByLabel("Password").fill(TEST_PASSWORD);
        await page.getByRole("button", { name: "Sign in" }).click();
      }
      // Signed in (from the first round on), the page itself redirects.
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 10_000 }).catch(() => {});
      await page.waitForLoadState("load").catch(() => {});
      expect(new URL(page.url()).origin, `${payload} → ${page.url()}`).toBe(origin);
      expect(page.url(), payload).not.toMatch(/evil\.example/);
    }
    await context.close();
  });
});
