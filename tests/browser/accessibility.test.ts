import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { updateClaim } from "@/lib/server/claim/update-claim";
import { db } from "@/lib/server/db/client";
import { inviteMember } from "@/lib/server/member/invite-member";
import { createShareLink } from "@/lib/server/share/share-links";
import { attachSource } from "@/lib/server/source/attach-source";
import { finalizeVerdict } from "@/lib/server/verdict/finalize-verdict";
import { createArticleInput } from "@/lib/validations/article";
import { attachSourceInput } from "@/lib/validations/source";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

describe.runIf(chromiumPath)("accessibility in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let paths: { path: string; ready: string; signedIn: boolean }[];
  let queuedClaim: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("a11y");
    const editor = team.actors.editor;
    const article = await createArticle({ actor: editor, input: createArticleInput.parse({ title: "Haushalt 2026", text: "Die Regierung plant 2026 Ausgaben von 480 Milliarden Euro. Der Export fiel um 2 Prozent. Laut Statistikamt stieg die Inflation auf 2,4 Prozent.", outlet: "Morgenpost" }) });
    const [first, second] = await db.claim.findMany({ where: { articleId: article.id }, orderBy: { position: "asc" } });
    const citation = await attachSource({ actor: editor, claimId: first!.id, input: attachSourceInput.parse({ url: "https://bundeshaushalt.example/2026", stance: "supports", title: "Bundeshaushalt 2026" }) });
    await finalizeVerdict({ actor: editor, claimId: first!.id, input: { level: "true", rationale: "Laut Haushaltsplan.", claimVersion: first!.version } });
    await updateClaim({ actor: editor, id: second!.id, input: { version: second!.version, assigneeId: team.actors.reviewer.userId } });
    queuedClaim = second!.id;
    const link = await createShareLink({ actor: editor, articleId: article.id, input: { showReviewerNames: false, noindex: false } });
    const invitation = await inviteMember({ actor: team.actors.admin, input: { email: `invited.${Date.now()}@test.factdesk`, name: "Eingeladen", role: "viewer" } });
    const outlet = await db.outlet.findFirstOrThrow({ where: { teamId: team.teamId } });
    paths = [
      { path: "/sign-in", ready: "form", signedIn: false },
      { path: invitation.invitationPath!, ready: "form", signedIn: false },
      { path: `/r/${link.token}`, ready: "main", signedIn: false },
      { path: "/no-such-page", ready: "main", signedIn: false },
      ...[
        "/articles", "/articles/new", `/articles/${article.id}`, `/articles/${article.id}/edit`, `/claims/${first!.id}`, `/sources/${citation.source.id}`,
        "/search?q=Regierung", "/queue", "/inbox", "/import", "/settings", "/members", "/api-tokens", "/outlets", `/outlets/${outlet.id}`, "/dashboard", "/profile",
      ].map((path) => ({ path, ready: "main", signedIn: true })),
    ];
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("finds no serious or critical axe-core violation (WCAG 2.1 A/AA) on any page", { timeout: 300_000 }, async () => {
    const visitor = await (await browser.newContext({ locale: "en-US" })).newPage();
    const admin = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(admin, team.emails.admin, TEST_PASSWORD);
    const found: string[] = [];
    for (const { path, ready, signedIn } of paths) {
      const page = signedIn ? admin : visitor;
      await page.goto(`${baseUrl()}${path}`);
      await page.locator(ready).first().waitFor().catch(() => {
        throw new Error(`${path} never showed ${ready}`);
      });
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      for (const violation of results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
        found.push(`${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 2).join(", ")}`);
      }
    }
    expect(found).toEqual([]);
  });

  /** Presses Tab until `target` has the focus, and checks the focus can be seen. */
  async function tabTo(page: Page, target: Locator, limit = 60) {
    for (let presses = 0; presses < limit; presses++) {
      if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
        const visible = await target.evaluate((element) => {
          const style = getComputedStyle(element);
          return style.outlineStyle !== "none" || style.boxShadow !== "none";
        });
        expect(visible, "the focused control shows a focus indicator").toBe(true);
        return;
      }
      await page.keyboard.press("Tab");
    }
    throw new Error(`Tab never reached ${target}`);
  }

  it("lets a reviewer sign in, open the queue, cite a source and give a verdict with the keyboard alone", { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await page.goto(`${baseUrl()}/sign-in`);
    await tabTo(page, page.getByLabel("Email address"));
    await page.keyboard.type(team.emails.reviewer);
    await tabTo(page, page.getByLabel("Password", { exact: true }));
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/articles/);

    await tabTo(page, page.getByRole("link", { name: "My queue" }));
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/queue/);
    await tabTo(page, page.getByTestId("queue").getByRole("link").first());
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/claims/${queuedClaim}$`));

    await tabTo(page, page.getByLabel("Address (URL)"));
    await page.keyboard.type("https://destatis.example/export-2025");
    // The stance starts unchosen; arrow keys choose one, as for the rating below.
    const stance = page.getByLabel("Stance");
    await tabTo(page, stance);
    for (let step = 0; step < 4 && (await stance.inputValue()) !== "supports"; step++) await page.keyboard.press("ArrowDown");
    expect(await stance.inputValue()).toBe("supports");
    await tabTo(page, page.getByLabel("Title (optional)"));
    await page.keyboard.type("Destatis Außenhandel");
    await tabTo(page, page.getByRole("button", { name: "Cite source" }));
    await page.keyboard.press("Enter");
    await page.getByTestId("sources-panel").getByRole("link", { name: "Destatis Außenhandel" }).waitFor();

    const rating = page.getByLabel("Rating");
    await tabTo(page, rating);
    for (let step = 0; step < 10 && (await rating.inputValue()) !== "mostly-false"; step++) await page.keyboard.press("ArrowDown");
    expect(await rating.inputValue()).toBe("mostly-false");
    await tabTo(page, page.getByLabel("Rationale"));
    await page.keyboard.type("Destatis: minus 1,2 Prozent, nicht 2.");
    await tabTo(page, page.getByRole("button", { name: "Save my verdict" }));
    await page.keyboard.press("Enter");
    await page.getByTestId("verdicts-panel").locator("p", { hasText: "Destatis: minus 1,2 Prozent, nicht 2." }).waitFor();
    const verdict = await db.verdict.findFirstOrThrow({ where: { claimId: queuedClaim, reviewerId: team.actors.reviewer.userId }, include: { level: true } });
    expect(verdict.level.key).toBe("mostly-false");
  });
});
