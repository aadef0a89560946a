import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { TEST_PASSWORD, teamWithArticle, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 40: with the "Assign to" list focused, one arrow key assigned the claim (and sent mail and webhooks);
// a keyboard user browsing the names assigned each in turn. The choice now acts on its button only.
describe.runIf(chromiumPath)("choosing an assignee in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let articleId: string;
  let claimIds: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ team, articleId, claimIds } = await teamWithArticle("assign-choice", "Die Stadt senkte die Grundsteuer um 5 Prozent. Die Schulden stiegen 2025 um 12 Millionen Euro."));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("assigns nobody while the keyboard moves through the names, and the chosen person on 'Assign'", async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claimIds[0]}`);
    const panel = page.getByTestId("workflow-panel");
    const choice = panel.getByRole("combobox", { name: "Assign to" });
    await choice.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.waitForTimeout(500);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimIds[0] } })).assigneeId).toBeNull();
    await choice.selectOption({ label: "reviewer assign-choice" });
    const chosen = await choice.inputValue();
    await panel.getByRole("button", { name: "Assign", exact: true }).click();
    await expect.poll(async () => (await db.claim.findUniqueOrThrow({ where: { id: claimIds[0] } })).assigneeId).toBe(chosen);
    // The focus stays on the choice, not on the page's top (re-walk of stop 40).
    await panel.getByTestId("claim-assignee").getByText("reviewer assign-choice").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Assign to");
  });

  it("changes the ticked claims' status only on 'Set'", async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    // (The list is ranked by check-worthiness: both are ticked, one of them already in review from the test above.)
    for (const box of await page.getByRole("checkbox", { name: /^Select:/ }).all()) await box.check();
    const bar = page.getByTestId("bulk-bar");
    await bar.getByRole("combobox", { name: "Set status…" }).selectOption("in_review");
    await page.waitForTimeout(500);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimIds[1] } })).status).toBe("new");
    await bar.getByRole("button", { name: "Set", exact: true }).click();
    await expect.poll(async () => (await db.claim.findUniqueOrThrow({ where: { id: claimIds[1] } })).status).toBe("in_review");
    // The bar goes with the ticks; a sentence says what was done and takes the focus (re-walk of stop 40).
    const notice = page.getByTestId("bulk-notice");
    await expect.poll(() => notice.textContent()).toBe("2 claims set to “In review”.");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("bulk-notice");
    expect(await bar.count()).toBe(0);
  });

  it("takes the ticked claims' assignee away with 'Niemand', and says so (German)", async () => {
    const page = await (await browser.newContext({ locale: "de-DE" })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    const bar = page.getByTestId("bulk-bar");
    // Taking them starts the review of new ones, and the sentence says so (walk of stop 41).
    for (const box of await page.getByRole("checkbox", { name: /^Auswählen:/ }).all()) await box.check();
    await bar.getByRole("button", { name: "Mir zuweisen" }).click();
    await expect.poll(() => page.getByTestId("bulk-notice").textContent()).toBe("2 Behauptungen sind Ihnen zugewiesen; neue sind jetzt in Prüfung.");
    expect(await db.claim.count({ where: { id: { in: claimIds }, assigneeId: team.actors.editor.userId } })).toBe(2);
    for (const box of await page.getByRole("checkbox", { name: /^Auswählen:/ }).all()) await box.check();
    await bar.getByRole("combobox", { name: "Zuweisen an …" }).selectOption({ label: "Niemand" });
    await bar.getByRole("button", { name: "Zuweisen", exact: true }).click();
    await expect.poll(() => page.getByTestId("bulk-notice").textContent()).toBe("2 Behauptungen sind niemandem mehr zugewiesen.");
    expect(await db.claim.count({ where: { id: { in: claimIds }, assigneeId: null } })).toBe(2);
  });

  // Walk of stop 41: "Merge the two" merged at once, with no way back but splitting by hand.
  it("asks before merging the two ticked neighbours, and merges nothing on 'Cancel'", async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    for (const box of await page.getByRole("checkbox", { name: /^Select:/ }).all()) await box.check();
    const merge = page.getByTestId("bulk-bar").getByRole("button", { name: "Merge the two" });
    page.once("dialog", (dialog) => void dialog.dismiss());
    await merge.click();
    await page.waitForTimeout(300);
    expect(await db.claim.count({ where: { articleId, mergedIntoId: null } })).toBe(2);
    const question = new Promise<string>((resolve) => page.once("dialog", (dialog) => void dialog.accept().then(() => resolve(dialog.message()))));
    await merge.click();
    expect(await question).toContain("Merge the two ticked claims into one?");
    await expect.poll(() => page.getByTestId("bulk-notice").textContent()).toBe("The two claims are merged into one.");
    expect(await db.claim.count({ where: { articleId, mergedIntoId: null } })).toBe(1);
  });
});
