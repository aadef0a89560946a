import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { createComment } from "@/lib/server/comment/create-comment";
import { db } from "@/lib/server/db/client";
import { DEMO_DOMAIN } from "@/lib/server/seed/seed-demo";
import en from "@/lib/i18n/messages/en.json";
import de from "@/lib/i18n/messages/de.json";
import { createArticleInput } from "@/lib/validations/article";
import { createCommentInput } from "@/lib/validations/comment";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";
import { DEMO_PASSWORD } from "../support/test-constants";

// Issue 14: what a person meets all day — unread mentions, a claim in its context, a claim list for
// a day's work, import errors where they happen, copy buttons, focus after citing, a one-row header.

const DEMO_ARTICLE = "Russland und Indien wollen gemeinsam Waffen produzieren";

describe.runIf(chromiumPath)("a day's work in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("workday");
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
  });

  async function open(email: string, password: string, options: { locale?: string; width?: number; clipboard?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({
      locale: options.locale ?? "en-US",
      viewport: { width: options.width ?? 1440, height: 900 },
      ...(options.clipboard && { permissions: ["clipboard-read", "clipboard-write"] }),
    });
    contexts.push(context);
    const page = await context.newPage();
    await signInAs(page, email, password);
    return page;
  }

  async function article(text: string) {
    return createArticle({ actor: team.actors.editor, input: createArticleInput.parse({ title: `Workday ${Date.now()}`, text }) });
  }

  it("shows unread mentions on the inbox link as they happen, and clears them with 'mark all as read'", { timeout: 60_000 }, async () => {
    const { id } = await article("Die Preise stiegen im Mai um 3 Prozent.");
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: id } });
    const editor = await open(team.emails.editor, TEST_PASSWORD);
    const reviewer = await open(team.emails.reviewer, TEST_PASSWORD);
    expect(await editor.getByTestId("unread-mentions").count()).toBe(0);

    // The reviewer mentions the editor from their own browser; the editor's page has not reloaded.
    await reviewer.goto(`${baseUrl()}/claims/${claim.id}`);
    const mention = `@[${team.actors.editor.name}](${team.actors.editor.userId}) please look.`;
    await reviewer.evaluate(
      async ([url, body]) => {
        const response = await fetch(url!, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ body }) });
        if (!response.ok) throw new Error(`comment: ${response.status}`);
      },
      [`/api/v1/claims/${claim.id}/comments`, mention],
    );
    await editor.getByTestId("unread-mentions").getByText("1", { exact: true }).waitFor({ timeout: 10_000 });
    expect(await editor.getByRole("link", { name: /Inbox.*1 unread mention/ }).count()).toBe(1);

    // A second mention (made on the server) counts up too.
    await createComment({ actor: team.actors.reviewer, claimId: claim.id, input: createCommentInput.parse({ body: mention }) });
    await editor.getByTestId("unread-mentions").getByText("2", { exact: true }).waitFor({ timeout: 10_000 });

    await editor.getByRole("link", { name: /^Inbox/ }).click();
    await editor.getByRole("button", { name: en.inbox.markRead }).click();
    await editor.getByTestId("unread-mentions").waitFor({ state: "detached", timeout: 10_000 });
  });

  // Walk of stop 35: opening a mention's claim left it "New" and counted on the badge.
  it("marks a mention read when its claim is opened from the inbox", { timeout: 60_000 }, async () => {
    const { id } = await article("Die Mieten stiegen im Juni um 4 Prozent.");
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: id } });
    const editor = await open(team.emails.editor, TEST_PASSWORD);
    await createComment({ actor: team.actors.reviewer, claimId: claim.id, input: createCommentInput.parse({ body: `@[${team.actors.editor.name}](${team.actors.editor.userId}) see the rent figure.` }) });
    await editor.goto(`${baseUrl()}/inbox`);
    await editor.getByTestId("unread-mentions").waitFor();
    await editor.getByTestId("inbox").getByRole("link", { name: /Die Mieten stiegen/ }).click();
    await editor.waitForURL(new RegExp(`/claims/${claim.id}$`));
    await editor.getByTestId("unread-mentions").waitFor({ state: "detached", timeout: 10_000 });
    expect(await db.mention.count({ where: { userId: team.actors.editor.userId, readAt: null, comment: { claimId: claim.id } } })).toBe(0);
  });

  it("shows the claim inside its paragraph and links to its place in the article, selected", { timeout: 60_000 }, async () => {
    const filler = Array.from({ length: 30 }, (_, i) => `Absatz ${i + 1}: Die Regierung beriet am Montag über den Haushalt ${2000 + i}.`);
    const target = "Der Export nach Indien fiel 2024 um 12 Prozent.";
    filler.splice(26, 0, `Das Ministerium legte neue Zahlen vor. ${target} Ein Sprecher wollte das nicht kommentieren.`);
    const { id } = await article(filler.join("\n\n"));
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: id, text: target } });
    const page = await open(team.emails.reviewer, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claim.id}`);
    const context = page.getByTestId("claim-context");
    expect(await context.locator("mark").textContent()).toBe(target);
    expect(await context.locator("blockquote").textContent()).toContain("Das Ministerium legte neue Zahlen vor.");
    expect(await context.locator("blockquote").textContent()).toContain("Ein Sprecher wollte das nicht kommentieren.");

    await context.getByRole("link", { name: en.claims.context.showInArticle }).click();
    await page.waitForURL(`${baseUrl()}/articles/${id}#claim-${claim.id}`);
    const mark = page.locator(`mark[data-claim-id="${claim.id}"]`);
    await expect.poll(() => mark.getAttribute("aria-current")).toBe("true");
    await expect.poll(() => mark.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    expect(await page.locator(`#claim-item-${claim.id}`).getByRole("button").getAttribute("aria-pressed")).toBe("true");
  });

  it("fits at least six compact claim cards at 1440×900, scrolls the list with j/k, filters by kind and check-worthiness", { timeout: 60_000 }, async () => {
    const page = await open(`reviewer@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    await page.getByRole("link", { name: DEMO_ARTICLE }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    const items = page.getByTestId("claim-list").locator("li[id^=claim-item]");
    const total = await items.count();
    expect(total).toBeGreaterThanOrEqual(12);
    const fullyVisible = () =>
      items.evaluateAll((elements) => {
        const scroller = elements[0]!.closest("[data-claim-scroller]")!.getBoundingClientRect();
        return elements.filter((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= Math.max(0, scroller.top) && box.bottom <= Math.min(window.innerHeight, scroller.bottom);
        }).length;
      });
    expect(await fullyVisible()).toBeGreaterThanOrEqual(6);

    // j moves down the list (the first j selects the first card); the selected card stays inside the list's visible box.
    for (let step = 0; step < total; step++) await page.keyboard.press("j");
    const last = items.last();
    expect(await last.getByRole("button").getAttribute("aria-pressed")).toBe("true");
    const inView = (item: typeof last) =>
      item.evaluate((element) => {
        const scroller = element.closest("[data-claim-scroller]")!.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return box.top >= scroller.top - 1 && box.bottom <= Math.min(window.innerHeight, scroller.bottom) + 1;
      });
    await expect.poll(() => inView(last)).toBe(true);
    for (let step = 0; step < total - 1; step++) await page.keyboard.press("k");
    await expect.poll(() => inView(items.first())).toBe(true);

    // Kinds differ by the shape of their underline, not only by a tint.
    const style = (kind: string) =>
      page.getByTestId("highlight-legend").getByText(kind, { exact: true }).evaluate((element) => getComputedStyle(element).textDecorationStyle);
    expect([await style(en.claims.legend.checkworthy), await style(en.claims.legend.quote), await style(en.claims.legend.opinion), await style(en.claims.legend.notCheckworthy)]).toEqual(["solid", "dashed", "wavy", "dotted"]);

    const filters = page.getByTestId("claim-filters");
    await filters.getByLabel(en.workbench.filter.kind).selectOption("quote");
    await expect.poll(() => items.count()).toBeLessThan(total);
    for (const text of await items.allTextContents()) expect(text).toContain(`${en.claims.kinds.quote} ·`);
    await filters.getByLabel(en.workbench.filter.kind).selectOption("all");
    await filters.getByLabel(en.workbench.filter.worth).selectOption("not-checkworthy");
    await expect.poll(() => items.count()).toBeLessThan(total);
    expect(await items.count()).toBeGreaterThan(0);
    await filters.getByLabel(en.workbench.filter.worth).selectOption("all");
    expect(await items.count()).toBe(total);
  });

  it("says under the address field why an import failed and what to do next, in the reader's language", { timeout: 60_000 }, async () => {
    for (const [locale, messages] of [["en-US", en], ["de-DE", de]] as const) {
      const page = await open(team.emails.editor, TEST_PASSWORD, { locale });
      await page.goto(`${baseUrl()}/import`);
      const form = page.getByTestId("url-import");
      await form.locator("#import-url").fill("https://no-such-host.invalid/article");
      await form.getByRole("button").click();
      const error = form.locator("#import-url-error");
      await error.waitFor({ timeout: 20_000 });
      expect(await error.textContent()).toBe(messages.import.errors["no-such-host"].replace("{host}", "no-such-host.invalid"));
      expect(await form.locator("#import-url").getAttribute("aria-describedby")).toBe("import-url-error");
      await form.getByRole("link", { name: messages.import.pasteInstead }).waitFor();
    }
  });

  it("copies the API token and a public link, shown in full, with a confirmation", { timeout: 60_000 }, async () => {
    const page = await open(team.emails.admin, TEST_PASSWORD, { clipboard: true });
    await page.goto(`${baseUrl()}/api-tokens`);
    // Walk of stop 37: an empty name read twice, in a banner and at the field; now only at the field.
    await page.getByRole("button", { name: en.apiTokens.create }).click();
    const fieldError = (await page.locator("#token-name-error").textContent())!.trim();
    expect(fieldError.length).toBeGreaterThan(0);
    expect(await page.getByText(fieldError, { exact: true }).count()).toBe(1);
    await page.getByLabel(en.apiTokens.name).fill("copy test");
    await page.getByRole("button", { name: en.apiTokens.create }).click();
    const secret = (await page.getByTestId("new-api-token").textContent())!.trim();
    await page.getByTestId("copy-api-token").click();
    await page.getByText(en.common.copied).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    // Revoking asks first, naming the token; saying no keeps it.
    const row = page.getByRole("row").filter({ hasText: "copy test" });
    page.once("dialog", (dialog) => void dialog.dismiss());
    await row.getByRole("button", { name: en.apiTokens.revoke }).click();
    expect((await fetch(`${baseUrl()}/api/v1/articles?limit=1`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
    const question = new Promise<string>((resolve) => page.once("dialog", (dialog) => void dialog.accept().then(() => resolve(dialog.message()))));
    await row.getByRole("button", { name: en.apiTokens.revoke }).click();
    expect(await question).toContain("“copy test”");
    await row.getByText(/^Revoked on /).filter({ visible: true }).waitFor(); // a phone layout repeats it under the role, hidden here
    expect((await fetch(`${baseUrl()}/api/v1/articles?limit=1`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);

    const { id } = await article("Die Stromsteuer sank 2025 um 5 Cent.");
    await page.goto(`${baseUrl()}/articles/${id}`);
    await page.getByRole("button", { name: en.share.create }).click();
    const link = (await page.getByTestId("public-link").textContent())!;
    // Shown once, the link's Copy button has the focus (walk of stop 41: it was on the page's top).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("copy-public-link");
    expect(link).toMatch(/^http.*\/r\/[A-Za-z0-9_-]{20,}$/);
    await page.getByTestId("copy-public-link").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  it("moves the focus to the new citation after 'Cite source', with no stray separator before the publisher", { timeout: 60_000 }, async () => {
    const { id } = await article("Die Netzentgelte stiegen 2025 um 7 Prozent.");
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: id } });
    const page = await open(team.emails.reviewer, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claim.id}`);
    await page.locator("#source-url").fill("https://www.destatis.de/strom.html");
    await page.locator("#source-publisher").fill("Destatis");
    await page.locator("#source-stance").selectOption("supports");
    await page.getByRole("button", { name: en.review.attach }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? "")).toMatch(/^citation-/);
    expect(await page.locator("[id^=citation-]").first().textContent()).not.toContain("·");
  });

  it("keeps an admin's header on one row at 1440 px in English and German", { timeout: 60_000 }, async () => {
    for (const locale of ["en-US", "de-DE"]) {
      const wide = await open(team.emails.admin, TEST_PASSWORD, { locale });
      const logo = await wide.locator("header").getByRole("link", { name: "Factdesk" }).boundingBox();
      const signOut = await wide.locator("header").getByRole("button", { name: locale === "en-US" ? en.nav.signOut : de.nav.signOut }).boundingBox();
      expect(Math.abs(logo!.y + logo!.height / 2 - (signOut!.y + signOut!.height / 2)), `${locale}: header on one row`).toBeLessThan(8);
    }
  });

  // Walks of stops 34 and 35: on a phone an admin's header took four rows (213 px) before any content.
  it("folds an admin's navigation behind one Menu button on a phone, and opens it to every link", { timeout: 60_000 }, async () => {
    for (const locale of ["en-US", "de-DE"]) {
      const phone = await open(team.emails.admin, TEST_PASSWORD, { locale });
      const messages = locale === "en-US" ? en : de;
      await phone.setViewportSize({ width: 390, height: 800 });
      const header = phone.locator("header");
      expect((await header.boundingBox())!.height, `${locale}: header height`).toBeLessThan(70);
      expect(await header.getByRole("link", { name: messages.nav.members }).isVisible()).toBe(false);
      await header.getByRole("button", { name: messages.nav.menu }).click();
      await header.getByRole("link", { name: messages.nav.members }).click();
      await phone.waitForURL(/\/members$/);
      // Following a link folds the menu again.
      await header.getByRole("button", { name: messages.nav.menu }).waitFor();
      expect(await header.getByRole("button", { name: messages.nav.signOut }).isVisible()).toBe(false);
    }
  });

  it("asks for no missing file on its pages (favicon, icons, manifest)", { timeout: 60_000 }, async () => {
    const page = await open(team.emails.admin, TEST_PASSWORD);
    const missing: string[] = [];
    page.on("response", (response) => {
      if (response.status() === 404) missing.push(response.url());
    });
    for (const path of ["/articles", "/dashboard", "/inbox", "/import", "/sign-in"]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState("load");
      await page.waitForTimeout(300); // icons and the manifest are fetched after load
    }
    expect(missing).toEqual([]);
  });
});
