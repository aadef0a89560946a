import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { db } from "@/lib/server/db/client";
import { createShareLink } from "@/lib/server/share/share-links";
import { attachSource } from "@/lib/server/source/attach-source";
import { finalizeVerdict } from "@/lib/server/verdict/finalize-verdict";
import { createArticleInput } from "@/lib/validations/article";
import { attachSourceInput } from "@/lib/validations/source";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

describe.runIf(chromiumPath)("credibility views and reports in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let articleId: string;
  let outletId: string;
  let shareToken: string;
  const outlet = `Abendblatt ${Date.now()}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("views");
    const editor = team.actors.editor;
    for (const [index, text] of [
      "Laut Bundesamt stieg die Inflation im Oktober auf 2,4 Prozent. Die Regierung senkte die Stromsteuer um 5 Cent. Der Export nach China fiel um 8 Prozent.",
      "Die Regierung senkte die Stromsteuer um 5 Cent. Die Zahl der Firmengründungen stieg 2025 um 3 Prozent.",
    ].entries()) {
      const article = await createArticle({ actor: editor, input: createArticleInput.parse({ title: `Wirtschaftslage ${index + 1}`, text, outlet, publishedAt: `2026-0${8 + index}-15` }) });
      if (index === 0) articleId = article.id;
    }
    const claims = await db.claim.findMany({ where: { articleId }, orderBy: { position: "asc" } });
    for (const [index, level] of [[0, "mostly-true"], [1, "false"]] as const) {
      await attachSource({ actor: editor, claimId: claims[index]!.id, input: attachSourceInput.parse({ url: `https://destatis.example/${index}`, stance: "supports", title: `Destatis ${index}` }) });
      await finalizeVerdict({ actor: editor, claimId: claims[index]!.id, input: { level, rationale: `Laut Destatis ${index}`, claimVersion: claims[index]!.version } });
    }
    // A look-alike outlet (a Cyrillic "А") from before such names were refused (stop 44): stored as it was then, past today's check.
    await createArticle({ actor: editor, input: { ...createArticleInput.parse({ title: "Doppelgänger", text: "Die Steuer stieg um 9 Prozent." }), outlet: outlet.replace("A", "\u0410") } });
    outletId = (await db.outlet.findFirstOrThrow({ where: { teamId: team.teamId, name: outlet } })).id;
    shareToken = (await createShareLink({ actor: editor, articleId, input: { showReviewerNames: false, noindex: false } })).token;
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function personPage(role: "editor" | "viewer"): Promise<Page> {
    const context = await browser.newContext({ locale: "en-US", acceptDownloads: true });
    const page = await context.newPage();
    await signInAs(page, team.emails[role], TEST_PASSWORD);
    return page;
  }

  /** axe-core with the WCAG 2 A/AA rules: no serious or critical violation. */
  async function expectAccessible(page: Page) {
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const severe = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(severe.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  }

  it("finds no serious or critical accessibility violation (and no script blocked by the CSP) on the article, outlet, dashboard and public report pages", { timeout: 90_000 }, async () => {
    const page = await personPage("editor");
    const blocked: string[] = [];
    page.on("console", (message) => message.type() === "error" && /Content Security Policy/i.test(message.text()) && blocked.push(message.text()));
    for (const [path, ready] of [
      [`/articles/${articleId}`, "credibility"],
      ["/outlets", "outlets"],
      [`/outlets/${outletId}`, "outlet-articles"],
      ["/dashboard", "claims-by-status"],
    ] as const) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByTestId(ready).first().waitFor();
      await expectAccessible(page);
    }
    const visitor = await (await browser.newContext({ locale: "en-US" })).newPage();
    await visitor.goto(`${baseUrl()}/r/${shareToken}`);
    await visitor.getByText("Destatis 0").first().waitFor();
    await expectAccessible(visitor);
    expect(blocked).toEqual([]);
  });

  it("shows the outlet's record, lets an editor rate it, and downloads its reports", async () => {
    const page = await personPage("editor");
    await page.goto(`${baseUrl()}/outlets`);
    // Walk of stop 37: a look-alike of the outlet's name (a Cyrillic "А") read the same in the list; it is marked now.
    const lookAlike = page.getByRole("row").filter({ has: page.getByRole("link", { name: outlet.replace("A", "\u0410") }) });
    await lookAlike.getByTestId("mixed-scripts").getByText("Mixed alphabets: Latin + Cyrillic").waitFor();
    expect(await page.getByRole("row").filter({ has: page.getByRole("link", { name: outlet, exact: true }) }).getByTestId("mixed-scripts").count()).toBe(0);
    await page.getByRole("link", { name: outlet, exact: true }).click();
    await page.getByRole("heading", { name: outlet }).waitFor();
    expect(await page.getByTestId("outlet-articles").getByRole("row").count()).toBe(2);
    await page.getByRole("img", { name: /Score by month/ }).waitFor();
    // The shared sentence of both articles is found as a repeated claim.
    await page.getByTestId("repeated-claims").getByText("Die Regierung senkte die Stromsteuer um 5 Cent.").first().waitFor();

    await page.getByLabel("Reliability rating").selectOption("mixed");
    await page.getByRole("button", { name: "Save rating" }).click();
    await page.getByText(/rationale of at least 10 characters/).waitFor();
    await page.getByLabel("Rationale").fill("Wirtschaftszahlen teils ungenau wiedergegeben.");
    await page.getByRole("button", { name: "Save rating" }).click();
    await page.getByText("Rating saved.").waitFor();
    // It takes the focus (walk of stop 45: the focus fell to the page's top).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toBe("Rating saved.");
    await page.getByTestId("outlet-rating").getByText("Wirtschaftszahlen teils ungenau wiedergegeben.").waitFor();
    expect((await db.outlet.findUniqueOrThrow({ where: { id: outletId } })).reliability).toBe("mixed");

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("exports").getByRole("link", { name: "CSV" }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^abendblatt-\d+-report\.csv$/);
    const rows = parse(readFileSync((await csv.path())!, "utf8"), { columns: true, bom: true }) as Record<string, string>[];
    expect(new Set(rows.map((row) => row.article_title))).toEqual(new Set(["Wirtschaftslage 1", "Wirtschaftslage 2"]));
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByTestId("exports").getByRole("link", { name: "PDF" }).click()]);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("offers ClaimReview only where a final verdict exists, and says why otherwise", async () => {
    const page = await personPage("editor");
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    await page.getByTestId("exports").getByRole("link", { name: "ClaimReview (JSON-LD)" }).waitFor();
    expect(await page.getByTestId("claimreview-empty").count()).toBe(0);
    const unreviewed = await db.article.findFirstOrThrow({ where: { teamId: team.teamId, title: "Doppelgänger" } });
    await page.goto(`${baseUrl()}/articles/${unreviewed.id}`);
    await page.getByTestId("claimreview-empty").getByText("ClaimReview holds only claims with a final verdict").waitFor();
    expect(await page.getByTestId("exports").getByRole("link", { name: "ClaimReview (JSON-LD)" }).count()).toBe(0);
    expect(await page.getByTestId("exports").getByRole("link", { name: "CSV" }).count()).toBe(1);
  });

  it("exports just the ticked claims from the article page", async () => {
    const page = await personPage("editor");
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    const boxes = page.getByRole("checkbox", { name: /^Select:/ });
    await boxes.nth(0).check();
    await boxes.nth(2).check();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("selection-exports").getByRole("button", { name: "CSV" }).click()]);
    const rows = parse(readFileSync((await download.path())!, "utf8"), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
  });

  it("shows the team dashboard with its charts to every role, and no rating form to viewers", async () => {
    const page = await personPage("viewer");
    await page.goto(`${baseUrl()}/dashboard`);
    await page.getByRole("img", { name: /Claims in and final verdicts out/ }).waitFor();
    await page.getByTestId("time-to-final").getByText("2", { exact: true }).waitFor();
    await page.goto(`${baseUrl()}/outlets/${outletId}`);
    await page.getByTestId("outlet-articles").waitFor();
    expect(await page.getByRole("button", { name: "Save rating" }).count()).toBe(0);
  });

  it("keeps the charts' screen-reader tables from widening the outlet page and the dashboard on a phone", async () => {
    const page = await personPage("viewer");
    await page.setViewportSize({ width: 390, height: 800 });
    for (const path of [`/outlets/${outletId}`, "/dashboard"]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.locator("figure table").first().waitFor({ state: "attached" });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(390);
    }
  });
});
