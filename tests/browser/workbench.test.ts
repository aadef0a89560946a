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
    const oil = page.locator("mark", { hasText: "zweitgrößte Abnehmer von russischem Öl" });
    expect(await oil.count()).toBe(1);
    expect(await page.getByTestId("claim-list").locator("li", { hasText: "Alexander Nowak" }).count()).toBeGreaterThan(0);
  });

  it("highlights an imported article's claims and links text and list both ways", async () => {
    await signInAs(page, demo("editor"), DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/articles/new`);
    await page.getByLabel("Title").fill(`Highlights ${Date.now()}`);
    await page.getByLabel("Article text").fill(
      "Die Regierung erhöhte am 1. Juli den Mindestlohn auf 12,82 Euro.\n\nDas ist eine Katastrophe und völlig inakzeptabel. Laut Statistikamt sank die Arbeitslosigkeit 2024 um 3 Prozent.",
    );
    const submitted = Date.now();
    await page.getByRole("button", { name: "Import article" }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    await page.locator("mark").first().waitFor();
    console.log(`import → claims highlighted in ${Date.now() - submitted} ms`);

    const marks = page.getByTestId("article-text").locator("mark");
    expect(await marks.count()).toBe(3);
    const list = page.getByTestId("claim-list").locator("li[id^=claim-item]");
    expect(await list.count()).toBe(3);
    // Ordered by check-worthiness: the opinion comes last and is not check-worthy.
    expect(await list.last().textContent()).toContain("Das ist eine Katastrophe und völlig inakzeptabel.");
    expect(await list.last().textContent()).toContain("Opinion");

    await list.first().getByRole("button").click();
    const selectedMark = page.locator("mark[aria-current=true]");
    expect(await selectedMark.count()).toBe(1);
    expect(await list.first().getByRole("button").textContent()).toContain((await selectedMark.textContent())!.trim());

    await page.locator("mark", { hasText: "Das ist eine Katastrophe und völlig inakzeptabel." }).click();
    expect(await list.last().getByRole("button").getAttribute("aria-pressed")).toBe("true");
    expect(await list.first().getByRole("button").getAttribute("aria-pressed")).toBe("false");
  });

  it("says at the text field, before sending, that a text over the 2 MB limit is too long for one article", async () => {
    await signInAs(page, demo("editor"), DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/articles/new`);
    await page.getByLabel("Title").fill(`Too long ${Date.now()}`);
    await page.getByLabel("Article text").fill("Die Zahl stieg um 3 Prozent. ".repeat(75_000)); // 2.1 million characters
    const requests: string[] = [];
    page.on("request", (request) => void (request.method() === "POST" && requests.push(request.url())));
    await page.getByRole("button", { name: "Import article" }).click();
    await page.getByText("The text is too long for one article: the largest is 2 MB").first().waitFor();
    // Once, at its field, and nothing was sent.
    expect(await page.getByText("The text is too long for one article").count()).toBe(1);
    expect(requests).toEqual([]);
  });

  it("adds a claim from selected text, splits one at the caret, and works the list from the keyboard", async () => {
    await signInAs(page, demo("editor"), DEMO_PASSWORD);
    await page.goto(`${baseUrl()}/articles/new`);
    await page.getByLabel("Title").fill(`Selection ${Date.now()}`);
    await page.getByLabel("Article text").fill(
      "Die Regierung erhöhte am 1. Juli den Mindestlohn auf 12,82 Euro, und die Gewerkschaften begrüßten das am 2. Juli.\n\nWarum kam das so spät?",
    );
    await page.getByRole("button", { name: "Import article" }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    const marks = page.getByTestId("article-text").locator("mark");
    await marks.first().waitFor();
    expect(await marks.count()).toBe(1);

    const pickText = (phrase: string, caretOnly: boolean) =>
      page.evaluate(
        ([text, caret]) => {
          const container = document.querySelector('[data-testid="article-text"]')!;
          const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent!.indexOf(text as string);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, caret ? at : at + (text as string).length);
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(range);
            break;
          }
          container.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        },
        [phrase, caretOnly] as const,
      );

    await pickText("Warum kam das so spät?", false);
    await page.getByRole("button", { name: "Add selection as a claim" }).click();
    await page.locator("mark", { hasText: "Warum kam das so spät?" }).waitFor();
    // Walk of stop 41: the added claim went unmentioned, ranked last as "check-worthy · 0 %". It is said, selected
    // and marked as a reviewer's.
    const list = page.getByTestId("claim-list").locator("li[id^=claim-item]");
    await expect.poll(() => page.getByTestId("bulk-notice").textContent()).toBe("Claim added; it is selected in the list.");
    const added = list.filter({ hasText: "Warum kam das so spät?" });
    await expect.poll(() => added.getByRole("button").getAttribute("aria-pressed")).toBe("true");
    expect(await added.locator("span[title]", { hasText: "added by a reviewer" }).count()).toBe(1);

    await pickText("und die Gewerkschaften", true);
    await page.getByRole("button", { name: "Split the claim here" }).click();
    await page.locator("mark", { hasText: /^und die Gewerkschaften/ }).waitFor();
    expect(await marks.count()).toBe(3);

    await list.first().getByRole("button").click();
    expect(await list.first().getByRole("button").getAttribute("aria-pressed")).toBe("true");
    await page.keyboard.press("x");
    await page.keyboard.press("j");
    await page.keyboard.press("x");
    await page.getByTestId("bulk-bar").getByText("2 claims ticked").waitFor();
    await page.getByTestId("bulk-bar").getByRole("button", { name: "Assign to me" }).click();
    await page.getByTestId("bulk-bar").waitFor({ state: "detached" });
    // The list shows who works on what (walk of stop 37: an assignment changed nothing on screen).
    await list.first().getByText("Assigned to Demo Editor").waitFor();
    expect(await list.getByText("Assigned to Demo Editor").count()).toBe(2);
    expect(await list.getByText("In review").count()).toBe(2);
    await page.keyboard.press("o");
    await page.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
    await page.getByTestId("claim-assignee").getByText("Demo Editor").waitFor();
  });

  it("searches claims by word form and filter, in a shareable address", async () => {
    await signInAs(page, demo("viewer"), DEMO_PASSWORD);
    await page.getByRole("link", { name: "Search" }).click();
    await page.getByLabel("Search words").fill("Abnehmer Öl");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/\/search\?q=Abnehmer/);
    const results = page.getByTestId("search-results");
    await results.getByRole("link", { name: /zweitgrößte Abnehmer von russischem Öl/ }).waitFor();
    // Walk of stop 37: a claim shown whole was shown twice, as the link and again as the snippet; its hits are marked in the link.
    const hit = results.locator("li").filter({ hasText: "zweitgrößte Abnehmer" }).first();
    expect(await hit.getByText(/zweitgrößte Abnehmer von russischem Öl/).count()).toBe(1);
    expect(await hit.getByRole("link").locator("mark").count()).toBeGreaterThan(0);
    await page.getByText("Filters").click();
    await page.getByLabel("Status").selectOption("final");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/status=final/);
    await page.getByText("Nothing found.").waitFor();
  });

  it("imports a file and a bulk NDJSON batch from the import page, with progress and a line report", async () => {
    await signInAs(page, demo("editor"), DEMO_PASSWORD);
    await page.getByRole("link", { name: "Import", exact: true }).click();
    await page.waitForURL(/\/import$/);
    const stamp = Date.now();
    await page.getByLabel("File", { exact: true }).setInputFiles({ name: "meldung.txt", mimeType: "text/plain", buffer: Buffer.from(`Meldung ${stamp}\n\nDer Hafen schlug 2024 rund 8 Millionen Container um.`) });
    await page.getByRole("button", { name: "Upload and import" }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    await page.locator("mark", { hasText: "8 Millionen Container" }).waitFor();

    await page.goto(`${baseUrl()}/import`);
    const lines = [
      JSON.stringify({ title: `B1 ${stamp}`, text: `Bulk ${stamp}: Die Miete stieg um 5 Prozent.` }),
      "not json",
      JSON.stringify({ title: `B2 ${stamp}`, text: `Bulk ${stamp}: Der Export sank um 2 Prozent.` }),
      JSON.stringify({ title: `B1 again ${stamp}`, text: `Bulk ${stamp}: Die Miete stieg um 5 Prozent.` }),
    ];
    await page.getByLabel("NDJSON file").setInputFiles({ name: "batch.ndjson", mimeType: "application/x-ndjson", buffer: Buffer.from(lines.join("\n")) });
    await page.getByRole("button", { name: "Start import" }).click();
    await page.getByTestId("bulk-progress").getByText("4 of 4 lines (100%): 2 imported, 2 not imported · done").waitFor({ timeout: 25_000 });
    expect(await page.getByTestId("bulk-errors").textContent()).toContain("Line 2: Not valid JSON.");
    // A repeated text links to the article it repeats (stop 44's "left alone").
    const repeated = page.getByTestId("bulk-errors").getByRole("listitem").filter({ hasText: "Line 4: The same text as line 1." });
    expect(await repeated.getByRole("link", { name: "Line 4: Open the article already imported" }).getAttribute("href")).toBe(
      await page.getByTestId("bulk-imported").getByRole("link", { name: "Line 1: open the article" }).getAttribute("href"),
    );
    // Each imported line links to its article (walk of stop 32).
    await page.getByTestId("bulk-imported").getByRole("link", { name: "Line 3: open the article" }).click();
    await page.getByRole("heading", { name: `B2 ${stamp}` }).waitFor();
  });

  it("lets a reviewer reword a claim on its page, which then shows in the article's list", async () => {
    await signInAs(page, demo("reviewer"), DEMO_PASSWORD);
    await page.getByRole("link", { name: SAMPLE_TITLES[1] }).click();
    await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/);
    const articleUrl = page.url();
    await page.getByTestId("claim-list").locator("li", { hasText: "zweitgrößte Abnehmer" }).getByRole("link", { name: /^Details: / }).click();
    await page.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
    await page.getByText("Claimant: Alexander Nowak").first().waitFor();
    expect(await page.getByText("superlative: zweitgrößte").count()).toBe(1);
    await page.getByLabel("Reviewers' wording (optional)").fill("India is the second-largest buyer of Russian oil");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved.").waitFor();
    await page.goto(articleUrl);
    await page.getByTestId("claim-list").getByText("India is the second-largest buyer of Russian oil").waitFor();
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
    await germanPage.getByLabel("Sprache").focus();
    await germanPage.getByLabel("Sprache").selectOption("en");
    await expect.poll(() => germanPage.getByRole("heading", { name: "Sign in to Factdesk" }).count()).toBe(1);
    expect(await germanPage.evaluate(() => document.activeElement?.tagName)).toBe("SELECT"); // focus stays (walk of stop 47)
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
