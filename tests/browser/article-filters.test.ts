import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// The article list had no filter (walks of stops 40–42): a desk with many outlets could only page
// through everything. Outlet and language are a plain GET form whose pages keep the filter.
describe.runIf(chromiumPath)("article list filters in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("article-filters");
    const make = (title: string, text: string, url: string) => createArticle({ actor: team.actors.editor, input: { title, text, url } });
    for (let i = 0; i < 22; i++) await make(`Tagblatt Meldung ${i}`, `Die Stadt hat im Jahr ${2000 + i} genau ${i + 3} neue Schulen gebaut.`, `https://tagblatt.example/${i}`);
    await make("Courier report", "The city built 14 new schools last year, the council said.", "https://courier.example/1");
    await make("Tagblatt English", "The mayor said 40 percent of buses now run on electricity.", "https://tagblatt.example/en");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("narrows the list by outlet and language, keeps the filter on the next page and clears it", { timeout: 90_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(page, team.emails.viewer, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles`);
    const form = page.getByRole("form", { name: "Filter articles" });
    await form.getByLabel("Outlet").selectOption({ label: "tagblatt.example" });
    await form.getByLabel("Language").selectOption({ label: "German" });
    await form.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/language=de/);
    const titles = () => page.locator("table tbody tr a").allTextContents();
    const first = await titles();
    expect(first).toHaveLength(20);
    expect(first.every((title) => title.startsWith("Tagblatt Meldung"))).toBe(true);
    await page.getByRole("link", { name: /Older/ }).click();
    await page.waitForURL(/after=/);
    expect(new URL(page.url()).searchParams.get("language")).toBe("de");
    expect((await titles()).sort()).toEqual(["Tagblatt Meldung 0", "Tagblatt Meldung 1"]);
    expect(await form.getByLabel("Language").inputValue()).toBe("de");

    await page.goto(`${baseUrl()}/articles?outlet=${(await form.getByLabel("Outlet").inputValue())}&language=en`);
    expect(await titles()).toEqual(["Tagblatt English"]);
    await page.goto(`${baseUrl()}/articles?language=en&outlet=00000000-0000-4000-8000-000000000000`);
    // An outlet that is gone shows every article rather than an error page.
    expect(await titles()).toHaveLength(20);
    await page.goto(`${baseUrl()}/articles?language=en`);
    await form.getByRole("link", { name: "Show all articles" }).click();
    await page.waitForURL((url) => url.pathname === "/articles" && url.search === "");
    // The form shows the list's filter again (re-walk of stop 43: the old choice stayed in the select).
    await expect.poll(() => form.getByLabel("Language").inputValue()).toBe("");
    // No page of the list is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
