import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { TEST_PASSWORD } from "../support/factory";
import { baseUrl } from "../support/http";
import { buildPageTour, type TourStop } from "../support/page-tour";

const WIDTHS = [390, 768, 1440];

/** The elements sticking out furthest past the right edge, to say what to fix. */
async function overflowOf(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const culprits = [...document.body.querySelectorAll<HTMLElement>("*")]
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .filter(({ element, right }) => right > width + 1 && !element.closest(".sr-only"))
      .sort((a, b) => b.right - a.right)
      .slice(0, 3)
      .map(({ element, right }) => `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 4).join(".")}→${Math.round(right)}`);
    return `${document.documentElement.scrollWidth}px wide (${culprits.join(", ")})`;
  });
}

/** Tables that hide columns past the right edge of their box (a phone then has to scroll inside it to read them). */
async function scrolledTables(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>(".overflow-x-auto")].filter((box) => box.querySelector("table") && box.scrollWidth > box.clientWidth + 1);
    return boxes.length ? boxes.map((box) => `table "${box.querySelector("caption")?.textContent}" ${box.scrollWidth}px in ${box.clientWidth}px`).join(", ") : null;
  });
}

describe.runIf(chromiumPath)("every page fits its viewport", () => {
  let browser: Browser;
  let stops: TourStop[];
  let adminEmail: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const tour = await buildPageTour("layout");
    stops = tour.stops;
    adminEmail = tour.team.emails.admin;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("scrolls no page sideways at 390, 768 and 1440 px, signed in and public", { timeout: 240_000 }, async () => {
    const visitor = await (await browser.newContext({ locale: "de-DE" })).newPage();
    const admin = await (await browser.newContext({ locale: "de-DE" })).newPage();
    await signInAs(admin, adminEmail, TEST_PASSWORD);
    const wide: string[] = [];
    for (const width of WIDTHS) {
      for (const page of [visitor, admin]) await page.setViewportSize({ width, height: 900 });
      for (const { path, ready, signedIn } of stops) {
        const page = signedIn ? admin : visitor;
        await page.goto(`${baseUrl()}${path}`);
        await page.locator(ready).first().waitFor();
        const overflow = await overflowOf(page);
        if (overflow) wide.push(`${width} ${path}: ${overflow}`);
        const tables = await scrolledTables(page);
        if (tables) wide.push(`${width} ${path}: ${tables}`);
      }
    }
    expect(wide).toEqual([]);
  });

  it("makes report downloads as tall as a button on a phone (walk of stop 41: 20 px between their neighbours)", async () => {
    const admin = await (await browser.newContext({ locale: "de-DE", viewport: { width: 390, height: 900 } })).newPage();
    await signInAs(admin, adminEmail, TEST_PASSWORD);
    const article = stops.find(({ path }) => /^\/articles\/[0-9a-f-]{36}$/.test(path))!;
    await admin.goto(`${baseUrl()}${article.path}`);
    const heights = await admin.getByTestId("exports").locator("a").evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().height)));
    expect(heights.length).toBeGreaterThanOrEqual(4);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(40);
  });
});
