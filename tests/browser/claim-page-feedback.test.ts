import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { TEST_PASSWORD, teamWithArticle, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Walk of stop 41: on the claim page, saving a verdict, setting the final verdict, commenting or moving the status said
// nothing and dropped the focus to the page's top; and "needs at least 1 cited source" stayed after a source was cited.
describe.runIf(chromiumPath)("what the claim page says after an action", () => {
  let browser: Browser;
  let team: TestTeam;
  let claimIds: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ team, claimIds } = await teamWithArticle("claim-feedback", "Die Stadt senkte die Grundsteuer 2025 um 5 Prozent."));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const focused = (page: Page) => page.evaluate(() => ({ testId: document.activeElement?.getAttribute("data-testid") ?? null, text: document.activeElement?.textContent ?? "" }));

  it("says what each action did where it was done, and moves the focus there", { timeout: 90_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claimIds[0]}`);
    const workflow = page.getByTestId("workflow-panel");
    await workflow.getByRole("button", { name: /^Move to/ }).first().click();
    await expect.poll(() => focused(page)).toEqual({ testId: "workflow-notice", text: "Status now: In review." });

    const verdicts = page.getByTestId("verdicts-panel");
    await page.getByLabel("Rationale for readers").fill("Laut Haushaltsplan.");
    await page.getByLabel("Rating").last().selectOption("true");
    await verdicts.getByRole("button", { name: "Set final verdict" }).click();
    const refusal = verdicts.getByRole("alert");
    await expect.poll(() => refusal.textContent()).toContain("needs at least 1 cited source");
    // A refusal takes the focus too (re-walk of stop 41: it fell to the page's top).
    expect(await page.evaluate(() => Boolean(document.activeElement?.querySelector("[role=alert]")))).toBe(true);

    await page.getByLabel("Address (URL)").fill("https://www.destatis.de/grundsteuer-2025");
    await page.getByLabel("Stance").selectOption("supports");
    await page.getByRole("button", { name: "Cite source" }).click();
    await page.getByTestId("sources-panel").getByRole("link", { name: /destatis/ }).waitFor();
    await expect.poll(() => refusal.count()).toBe(0);

    await page.getByLabel("Rating").first().selectOption("true");
    await page.getByLabel("Rationale", { exact: true }).fill("Deckt sich mit dem Haushaltsplan.");
    await verdicts.getByRole("button", { name: "Save my verdict" }).click();
    await expect.poll(() => focused(page)).toEqual({ testId: "verdict-notice", text: "Your verdict is saved." });

    await page.getByLabel("Rating").last().selectOption("true");
    await verdicts.getByRole("button", { name: "Set final verdict" }).click();
    await expect.poll(() => focused(page)).toEqual({ testId: "verdict-notice", text: "The final verdict is set." });

    await page.getByRole("textbox", { name: "Comment", exact: true }).fill("Fertig geprüft.");
    await page.getByRole("button", { name: "Comment", exact: true }).click();
    await expect.poll(async () => (await focused(page)).text).toBe("Comment posted.");
    // The newer sentence quiets the older ones (walk of stop 44: "The final verdict is set." stood on beside it).
    await expect.poll(() => page.getByTestId("verdict-notice").textContent()).toBe("");
    expect(await page.getByTestId("workflow-notice").textContent()).toBe("");
  });
});
