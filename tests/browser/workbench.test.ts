import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { DEMO_DOMAIN } from "@/lib/server/seed/seed-demo";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { baseUrl } from "../support/http";
import { DEMO_PASSWORD } from "../support/test-constants";

const SAMPLE_TITLES = [
  "Militärallianz verstärkt: Russland und Indien planen massive Ausweitung ihrer Verteidigungskooperation",
  "Russland und Indien wollen gemeinsam Waffen produzieren",
];
const demo = (role: string) => `${role}@${DEMO_DOMAIN}`;

describe.runIf(chromiumPath)("workbench in Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    // English unless a test switches: the browser's language decides before a user setting exists.
    context = await browser.newContext({ locale: "en-US" });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  it.each(["admin", "editor", "reviewer", "viewer"])("signs in as the demo %s and sees both sample articles", async (role) => {
    await signInAs(page, demo(role), DEMO_PASSWORD);
    await expect.poll(() => page.getByTestId("signed-in-as").textContent()).toContain(`(${role[0]!.toUpperCase()}${role.slice(1)})`);
    for (const title of SAMPLE_TITLES) {
      await page.getByRole("link", { name: title }).waitFor();
      expect(await page.getByRole("link", { name: title }).count()).toBe(1);
    }
  });

  it("opens a sample article and shows its paragraphs", async () => {
    await signInAs(page, demo("reviewer"), DEMO_PASSWORD);
    await page.getByRole("link", { name: SAMPLE_TITLES[1] }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(SAMPLE_TITLES[1]);
    const paragraphs = page.getByTestId("article-text").locator("p");
    expect(await paragraphs.count()).toBe(5);
    expect(await paragraphs.nth(2).textContent()).toContain("nach China der zweitgrößte Abnehmer von russischem Öl");
    expect(await page.getByText("No claims yet").count()).toBe(1);
  });

  it("lets an editor paste a new article and shows field errors first", async () => {
    await signInAs(page, demo("editor"), DEMO_PASSWORD);
    await page.getByRole("link", { name: "Paste article" }).first().click();
    await page.getByRole("button", { name: "Import article" }).click();
    await page.locator("#title-error").waitFor();
    expect(await page.locator("#title-error").textContent()).toBe("Give the article a title.");

    const title = `Browser import ${Date.now()}`;
    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Article text").fill("The ministry said on Monday that 40 jets were delivered in 2024.\n\nA second paragraph.");
    await page.getByLabel("Source URL (optional)").fill("https://www.example.com/news/jets");
    await page.getByRole("button", { name: "Import article" }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    expect(await page.getByTestId("article-text").locator("p").count()).toBe(2);
    expect(await page.getByText("example.com").count()).toBeGreaterThan(0);
  });

  it("refuses the paste form to a viewer and hides the link", async () => {
    await signInAs(page, demo("viewer"), DEMO_PASSWORD);
    expect(await page.getByRole("link", { name: "Paste article" }).count()).toBe(0);
    await page.goto(`${baseUrl()}/articles/new`);
    expect(await page.getByRole("heading", { name: "Not allowed" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Import article" }).count()).toBe(0);
  });

  it("shows the members page to admins only", async () => {
    await signInAs(page, demo("admin"), DEMO_PASSWORD);
    await page.getByRole("link", { name: "Members" }).click();
    await page.waitForURL(/\/members$/);
    await page.getByTestId(`member-${demo("viewer")}`).waitFor();

    const reviewer = await browser.newContext({ locale: "en-US" });
    const reviewerPage = await reviewer.newPage();
    await signInAs(reviewerPage, demo("reviewer"), DEMO_PASSWORD);
    await reviewerPage.goto(`${baseUrl()}/members`);
    expect(await reviewerPage.getByRole("heading", { name: "Not allowed" }).count()).toBe(1);
    await reviewer.close();
  });

  it("shows a clear message for a wrong password", async () => {
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel("Email address").fill(demo("viewer"));
    await page.getByLabel("Password").fill("wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("The email address or password is not correct.").waitFor();
  });

  it("follows the browser's language and switches language on request", async () => {
    const german = await browser.newContext({ locale: "de-DE" });
    const germanPage = await german.newPage();
    await germanPage.goto(`${baseUrl()}/sign-in`);
    expect(await germanPage.getByRole("heading", { name: "Bei Factdesk anmelden" }).count()).toBe(1);
    await germanPage.getByLabel("Sprache").selectOption("en");
    await expect.poll(() => germanPage.getByRole("heading", { name: "Sign in to Factdesk" }).count()).toBe(1);
    await german.close();
  });

  it("signs out and protects pages afterwards", async () => {
    await signInAs(page, demo("viewer"), DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${baseUrl()}/articles`);
    await page.waitForURL(/\/sign-in\?callbackUrl=%2Farticles/);
  });
});
