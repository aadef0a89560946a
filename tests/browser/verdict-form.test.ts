import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { TEST_PASSWORD, teamWithArticle, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Issue 13: both verdict forms started on the scale's first level ("True"), so a forgotten choice
// published "True". They now start with no level and refuse to save without one.
describe.runIf(chromiumPath)("verdict forms in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let claimId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ team, claimIds: [claimId] } = await teamWithArticle("verdict-form", "Der Bund gab 2024 rund 50 Milliarden Euro für Verteidigung aus."));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function claimPage(role: "reviewer" | "editor"): Promise<Page> {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails[role], TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claimId}`);
    await page.getByTestId("verdicts-panel").waitFor();
    return page;
  }

  it("start with no rating chosen and save nothing until one is picked", { timeout: 60_000 }, async () => {
    const reviewer = await claimPage("reviewer");
    // Walk of stop 37: the heading "Reviewers' verdicts" had stood alone with nothing under it.
    await reviewer.getByTestId("verdicts-panel").getByText("No reviewer has given a verdict yet.").waitFor();
    const rating = reviewer.getByLabel("Rating");
    expect(await rating.inputValue()).toBe("");
    await reviewer.getByLabel("Rationale").fill("The budget line says 52 billion.");
    await reviewer.getByRole("button", { name: "Save my verdict" }).click();
    await reviewer.locator("#verdict-level-error").getByText("Choose a rating.").waitFor();
    expect(await db.verdict.count({ where: { claimId } })).toBe(0);

    await rating.selectOption("mostly-true");
    await reviewer.getByRole("button", { name: "Save my verdict" }).click();
    await reviewer.getByTestId("verdicts-panel").locator("li", { hasText: "The budget line says 52 billion." }).waitFor();
    expect(await reviewer.getByText("No reviewer has given a verdict yet.").count()).toBe(0);
    expect(await db.verdict.count({ where: { claimId } })).toBe(1);

    // The editor's final-verdict form starts empty too, even beside the reviewer's verdict.
    const editor = await claimPage("editor");
    expect(await editor.locator("#final-level").inputValue()).toBe("");
    await editor.getByLabel("Rationale for readers").fill("Checked against the budget.");
    await editor.getByRole("button", { name: "Set final verdict" }).click();
    await editor.locator("#final-level-error").getByText("Choose a rating.").waitFor();
    expect(await db.finalVerdict.count({ where: { claimId } })).toBe(0);
    // Walk of stop 39: the team's source rule showed only as a refusal after submitting; the stale "Choose a rating."
    // stayed beside a rating picked afterwards.
    // With no source cited yet it asks for "a source", not "1 more" (walk of stop 41).
    await editor.getByText("Cite a source first").waitFor();
    await editor.locator("#final-level").selectOption("mostly-true");
    expect(await editor.locator("#final-level-error").count()).toBe(0);
  });

  // Walk of stop 31: a missing stance read twice, in the API's words; a final verdict against the only source went unremarked.
  it("ask for a stance once, in the form's words, and warn before a final verdict that contradicts every source", { timeout: 60_000 }, async () => {
    const editor = await claimPage("editor");
    const sources = editor.getByTestId("sources-panel");
    await sources.getByLabel("Address (URL)").fill("https://bundeshaushalt.example/2024");
    await sources.getByRole("button", { name: "Cite source" }).click();
    await sources.locator("#source-stance-error").getByText("Say whether this source supports the claim, refutes it or adds context.").waitFor();
    expect(await sources.getByRole("alert").allTextContents()).toEqual(["Say whether this source supports the claim, refutes it or adds context."]);
    expect(await sources.textContent()).not.toContain('"supports"');

    await sources.getByLabel("Stance").selectOption("refutes");
    await sources.getByRole("button", { name: "Cite source" }).click();
    await sources.getByRole("link", { name: "https://bundeshaushalt.example/2024" }).waitFor();

    await editor.reload();
    const level = editor.locator("#final-level");
    await level.selectOption("true");
    await editor.getByText("The only source attached refutes this claim. Check the rating before you publish it.").waitFor();
    expect(await level.getAttribute("aria-describedby")).toBe("final-level-conflict");
    await level.selectOption("false");
    await editor.getByText("The only source attached refutes this claim.").waitFor({ state: "detached" });

    // Walk of stop 40: a final verdict on sources none of which has an archived copy went through without a word.
    await editor.getByTestId("evidence-unarchived").getByText("No cited source has an archived copy").waitFor();
    await db.source.updateMany({ where: { teamId: team.teamId, url: "https://bundeshaushalt.example/2024" }, data: { archivedAt: new Date() } });
    await editor.reload();
    await editor.locator("#final-level").waitFor();
    expect(await editor.getByTestId("evidence-unarchived").count()).toBe(0);
  });
});
