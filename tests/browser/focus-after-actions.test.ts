import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { TEST_PASSWORD, teamWithArticle, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";
import { createApiToken } from "@/lib/server/api-token/create-api-token";
import { inviteMember } from "@/lib/server/member/invite-member";
import { createShareLink } from "@/lib/server/share/share-links";
import { createShareLinkInput } from "@/lib/validations/report";

// Walk of stop 43: after an empty paste, a new API token, an invitation, re-ranking and a refused citation the focus
// fell to the page's top (keyboard and screen-reader users start again at "Skip to content"), and re-ranking's sentence
// pushed the article's buttons apart. Each outcome now takes the focus where it is said.
describe.runIf(chromiumPath)("where the focus goes after an action", () => {
  let browser: Browser;
  let team: TestTeam;
  let articleId: string;
  let claimIds: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ team, articleId, claimIds } = await teamWithArticle("focus-after", "Die Stadt senkte die Grundsteuer 2025 um 5 Prozent."));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const focused = (page: Page) =>
    page.evaluate(() => ({ id: document.activeElement?.id || null, testId: document.activeElement?.getAttribute("data-testid") ?? null }));

  it("goes to the first refused field, the new token's and link's Copy button, and what re-ranking did", { timeout: 120_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } })).newPage();
    await signInAs(page, team.emails.admin, TEST_PASSWORD);

    await page.goto(`${baseUrl()}/articles/new`);
    await page.getByRole("button", { name: "Import article" }).click();
    await expect.poll(() => focused(page)).toMatchObject({ id: "title" });

    await page.goto(`${baseUrl()}/api-tokens`);
    await page.getByLabel("Name", { exact: true }).fill("Nightly export");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect.poll(() => focused(page)).toMatchObject({ testId: "copy-api-token" });

    await page.goto(`${baseUrl()}/members`);
    await page.getByLabel("Name", { exact: true }).fill("Focus Person");
    await page.getByLabel("Email", { exact: true }).fill(`focus.${Date.now()}@example.org`);
    await page.getByRole("button", { name: "Add member" }).click();
    await expect.poll(() => focused(page)).toMatchObject({ testId: "copy-invitation-link" });

    // A short title: the buttons stand beside it, right-aligned, where a wider sentence below had pushed them aside.
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    const rerank = page.getByTestId("rerank");
    const edit = page.getByRole("link", { name: "Edit text" });
    const before = await edit.boundingBox();
    await rerank.click();
    await expect.poll(() => focused(page)).toMatchObject({ testId: "rerank-result" });
    // The sentence goes below the buttons; they stay where they were.
    expect(await edit.boundingBox()).toEqual(before);
    expect((await page.getByTestId("rerank-result").boundingBox())!.y).toBeGreaterThan(before!.y + before!.height);

    await page.goto(`${baseUrl()}/claims/${claimIds[0]}`);
    await page.getByLabel("Address (URL)").fill("https://www.destatis.de/grundsteuer-2025");
    await page.getByRole("button", { name: "Cite source" }).click();
    await expect.poll(() => focused(page)).toMatchObject({ id: "source-stance" });
    // Cited, the new source has the focus and a status says so (walk of stop 47: the one silent action).
    await page.getByLabel("Stance").selectOption("supports");
    await page.getByRole("button", { name: "Cite source" }).click();
    await expect.poll(() => page.getByTestId("source-cited").textContent()).toBe("Source cited.");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? "")).toMatch(/^citation-/);
  });

  // Walk of stop 43: a revoked token's, invitation's or public link's button is gone once it worked, and the focus fell
  // to the page's top. It goes to the sentence that says what happened.
  it("goes to the sentence saying a token, an invitation or a public link was revoked", { timeout: 120_000 }, async () => {
    const admin = team.actors.admin;
    await createApiToken({ actor: admin, input: { name: `Revoke me ${Date.now()}`, role: "viewer" } });
    const email = `withdraw.${Date.now()}@example.org`;
    await inviteMember({ actor: admin, input: { email, name: "Withdraw Me", role: "viewer" } });
    await createShareLink({ actor: admin, articleId, input: createShareLinkInput.parse({}) });
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } })).newPage();
    page.on("dialog", (dialog) => void dialog.accept());
    await signInAs(page, team.emails.admin, TEST_PASSWORD);
    const focusedText = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? "");

    await page.goto(`${baseUrl()}/api-tokens`);
    await page.getByRole("button", { name: "Revoke" }).filter({ visible: true }).first().click();
    await expect.poll(focusedText).toBe("The token was revoked: scripts using it no longer work.");
    // A token revoked right after it was made: its secret is no longer offered (re-walk of stop 44).
    await page.getByLabel("Name", { exact: true }).fill("Made and revoked");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByTestId("new-api-token").waitFor();
    await page.getByRole("row").filter({ hasText: "Made and revoked" }).getByRole("button", { name: "Revoke" }).filter({ visible: true }).click();
    await expect.poll(() => page.getByTestId("new-api-token").count()).toBe(0);

    await page.goto(`${baseUrl()}/members`);
    await page.getByTestId(`invitation-${email}`).getByRole("button", { name: "Revoke" }).click();
    await expect.poll(focusedText).toBe("The invitation was revoked: its link no longer works.");
    // An invitation revoked right after it was made: its link is no longer offered.
    const second = `withdraw2.${Date.now()}@example.org`;
    await page.getByLabel("Name", { exact: true }).fill("Withdraw Me Too");
    await page.getByLabel("Email", { exact: true }).fill(second);
    await page.getByRole("button", { name: "Add member" }).click();
    await page.getByTestId("copy-invitation-link").waitFor();
    await page.getByTestId(`invitation-${second}`).getByRole("button", { name: "Revoke" }).click();
    await expect.poll(() => page.getByTestId("copy-invitation-link").count()).toBe(0);

    await page.goto(`${baseUrl()}/articles/${articleId}`);
    await page.getByTestId("share-links").getByRole("button", { name: "Revoke" }).click();
    await expect.poll(focusedText).toBe("The public link was revoked: it now answers “not found”.");
  });

  // Walk of stop 44: the "a" shortcut assigned the selected claim without a word.
  it("says what the 'a' shortcut did", { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    await page.getByTestId("rerank").waitFor();
    // Pressed until the list (once hydrated) has a selected claim.
    await expect.poll(async () => {
      await page.keyboard.press("j");
      return page.getByTestId("claim-list").locator("li[id^=claim-item] [aria-pressed=true]").count();
    }).toBeGreaterThan(0);
    await page.keyboard.press("a");
    await expect.poll(() => page.getByTestId("bulk-notice").textContent()).toBe("Assigned to you.");
  });

  // Walk of stop 45: "Other" without a note was refused apart from the field, which was not marked.
  it("says at the note field, which takes the focus, that excluding for 'Other' needs a note", { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claimIds[0]}`);
    const control = page.getByTestId("workflow-panel").getByTestId("exclude-control");
    await control.getByLabel("Reason for excluding").selectOption("other");
    await control.getByRole("button", { name: "Exclude" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-invalid"))).toBe("true");
    await control.getByText("Say in the note why the claim is excluded when the reason is “Other”.").waitFor();
    await control.getByLabel("Note (needed for “Other”)").fill("Satire column.");
    await control.getByRole("button", { name: "Exclude" }).click();
    await page.getByTestId("workflow-panel").getByText(/Excluded/).first().waitFor();
  });

  // Stop 44's "left alone": j/k moved only a highlight, so a screen reader said nothing and Tab started from the top.
  it("moves the focus with j/k to the selected claim's card, where Enter opens it", { timeout: 60_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 1440, height: 900 } })).newPage();
    await signInAs(page, team.emails.viewer, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    const pressedAndFocused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.matches("[data-claim-select]") ? active.getAttribute("aria-pressed") : "focus elsewhere";
      });
    // Pressed until the list is hydrated and takes the key.
    await expect.poll(async () => {
      await page.keyboard.press("j");
      return pressedAndFocused();
    }).toBe("true");
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/claims/${claimIds[0]}$`));
  });
});
