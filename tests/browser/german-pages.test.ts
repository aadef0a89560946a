import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { englishOnlyPatterns } from "../support/catalogue";
import { TEST_PASSWORD } from "../support/factory";
import { baseUrl } from "../support/http";
import { buildPageTour, type TourStop } from "../support/page-tour";

// Values that must be shown through the catalogue, never as stored: level, status, reliability and history keys.
const RAW_VALUE = /(?<![\w/.-])(mostly-true|mostly-false|half-true|pants-on-fire|not-checkable|in_review|needs_second_review|mostly_reliable|supports|refutes|(claim|article|verdict|comment|citation|outlet|source)\.[a-z][\w.]*)(?![\w/-])/;
// US dates and times, and decimal points, on a German page.
const ENGLISH_FORMAT = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{1,2}:\d{2}(:\d{2})?\s?[AP]M\b|(?<![\d.,])\d+\.\d+(?![\d.])/;

/** Every text a person can see or hear on the page: text nodes and the labelling attributes. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, template, [hidden], [lang]:not(html)")) continue;
      const text = node.textContent?.replace(/\s+/g, " ").trim();
      if (text) texts.push(text);
    }
    for (const element of document.body.querySelectorAll("[placeholder], [aria-label], [title], [alt]")) {
      for (const name of ["placeholder", "aria-label", "title", "alt"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

describe.runIf(chromiumPath)("every page in German", () => {
  let browser: Browser;
  let stops: TourStop[];
  let adminEmail: string;
  let userContent: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    const tour = await buildPageTour("deutsch");
    stops = tour.stops;
    adminEmail = tour.team.emails.admin;
    await db.user.update({ where: { id: tour.team.actors.admin.userId }, data: { locale: "de" } });
    userContent = Object.values(tour.team.actors).map((actor) => actor.name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows no English catalogue text, raw value or English number format on any page", { timeout: 180_000 }, async () => {
    const visitor = await (await browser.newContext({ locale: "de-DE" })).newPage();
    const admin = await (await browser.newContext({ locale: "de-DE" })).newPage();
    await signInAs(admin, adminEmail, TEST_PASSWORD);
    const patterns = englishOnlyPatterns();
    const found = new Set<string>();
    for (const { path, ready, signedIn } of stops) {
      const page = signedIn ? admin : visitor;
      await page.goto(`${baseUrl()}${path}`);
      await page.locator(ready).first().waitFor();
      for (const text of await visibleTexts(page)) {
        if (userContent.includes(text)) continue;
        const english = patterns.find(({ pattern }) => pattern.test(text));
        if (english) found.add(`${path.split("/")[1]}: "${text}" (en ${english.key})`);
        const raw = RAW_VALUE.exec(text);
        if (raw) found.add(`${path.split("/")[1]}: raw "${raw[0]}" in "${text.slice(0, 80)}"`);
        const format = ENGLISH_FORMAT.exec(text);
        if (format && !text.includes("://")) found.add(`${path.split("/")[1]}: English format "${format[0]}" in "${text.slice(0, 80)}"`);
      }
    }
    expect([...found]).toEqual([]);
  });

  it("marks the article's texts in lists with the article's language, for screen readers", { timeout: 120_000 }, async () => {
    const admin = await (await browser.newContext({ locale: "de-DE" })).newPage();
    await signInAs(admin, adminEmail, TEST_PASSWORD);
    const unmarked: string[] = [];
    const lists = { "/articles": "main table", "/queue": "[data-testid=queue]", "/inbox": "[data-testid=inbox]", "/search?q=Regierung": "[data-testid=search-results]", "/search?q=Regierung&type=articles": "[data-testid=search-results]" };
    for (const [path, list] of Object.entries(lists)) {
      await admin.goto(`${baseUrl()}${path}`);
      await admin.locator(list).waitFor();
      const links = await admin.locator("main a[href^='/claims/'], main a[href^='/articles/']").evaluateAll((anchors) =>
        anchors
          .filter((anchor) => /^\/(claims|articles)\/[0-9a-f-]{36}$/.test(anchor.getAttribute("href") ?? "") && (anchor.textContent ?? "").trim().length > 25)
          .map((anchor) => ({ text: (anchor.textContent ?? "").trim().slice(0, 40), lang: (anchor.querySelector("[lang]") ?? anchor.closest("[lang]:not(html)"))?.getAttribute("lang") ?? null })),
      );
      expect(links.length, path).toBeGreaterThan(0);
      for (const link of links) if (link.lang !== "de") unmarked.push(`${path}: "${link.text}" lang=${link.lang}`);
    }
    expect(unmarked).toEqual([]);
  });
});
