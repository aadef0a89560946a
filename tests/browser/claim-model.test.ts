import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import en from "@/lib/i18n/messages/en.json";
import de from "@/lib/i18n/messages/de.json";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { importArticle, portsText, switchAll, waitForVersion, type ImportedClaim } from "../support/claim-model";
import { createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// The settings panel shows what the team's claim model learned and lets an admin reset it; the
// exclude control lets an editor choose the reason, which the claim page and the article list show.

describe.runIf(chromiumPath)("the team's claim model in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let claims: ImportedClaim[];
  let articleId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("learn-ui");
    const tokens = await createRoleTokens(team);
    ({ id: articleId, claims } = await importArticle(tokens.editor, "Ports", portsText("browser")));
    await switchAll(tokens.reviewer, claims.slice(0, 20), false);
    await waitForVersion(tokens.viewer, 1);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function openAs(role: "admin" | "editor" | "viewer", locale: "en-US" | "de-DE", path: string): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, team.emails[role], TEST_PASSWORD);
    await page.goto(`${baseUrl()}${path}`);
    return page;
  }

  it("shows an admin the version, decisions and agreement per language, and resets to the shipped engine", async () => {
    const page = await openAs("admin", "en-US", "/settings");
    const english = page.getByTestId("claim-model-en");
    await english.getByText(/Check-worthiness: version 1, trained .* from 20 decisions\./).waitFor();
    await english.getByText(/Agreement with the last 20 decisions: \d+% before, \d+% after\./).waitFor();
    await english.getByText(/20 decisions since the last reset/).waitFor();
    expect(await page.getByTestId("claim-model-de").getByText(en.settings.claimModel.shipped).count()).toBe(1);
    page.once("dialog", (dialog) => void dialog.accept());
    await english.getByRole("button", { name: "Reset the English model" }).click();
    await english.getByText(en.settings.claimModel.shipped).waitFor();
    expect(await db.teamClaimModel.count({ where: { teamId: team.teamId } })).toBe(0);
    await page.context().close();
  });

  it("shows viewers the panel in German without the reset button", async () => {
    const page = await openAs("viewer", "de-DE", "/settings");
    await page.getByRole("heading", { name: de.settings.claimModel.title }).waitFor();
    await page.getByTestId("claim-model-panel").getByText(de.settings.claimModel.languages.en).waitFor();
    expect(await page.getByTestId("claim-model-panel").getByRole("button").count()).toBe(0);
    await page.context().close();
  });

  it("lets an editor exclude a claim with a chosen reason and shows the reason", async () => {
    const claim = claims[22]!;
    const page = await openAs("editor", "en-US", `/claims/${claim.id}`);
    const panel = page.getByTestId("workflow-panel");
    const reason = panel.getByRole("combobox", { name: en.claims.exclusion.reason });
    expect(await reason.inputValue()).toBe("not_checkworthy"); // the default
    await reason.selectOption("duplicate");
    await panel.getByRole("button", { name: en.claims.exclusion.exclude, exact: true }).click();
    await panel.getByTestId("exclusion-reason").getByText(en.claims.exclusion.reasons.duplicate).waitFor();
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "excluded", exclusionReason: "duplicate" });
    expect(await db.claimDecision.count({ where: { claimId: claim.id } })).toBe(0); // a duplicate teaches nothing

    await page.goto(`${baseUrl()}/articles/${articleId}`);
    await page.getByText(en.claims.excludedBecause.replace("{reason}", en.claims.exclusion.reasons.duplicate)).waitFor();
    await page.context().close();
  });

  // Walk of stop 37: "Other" recorded no word of what the reason was.
  it("asks for a note when the reason is 'other' and shows it with the reason", async () => {
    const claim = claims[23]!;
    const page = await openAs("editor", "en-US", `/claims/${claim.id}`);
    const panel = page.getByTestId("workflow-panel");
    expect(await panel.getByLabel(en.claims.exclusion.exclusionNote).count()).toBe(0);
    await panel.getByRole("combobox", { name: en.claims.exclusion.reason }).selectOption("other");
    await panel.getByLabel(en.claims.exclusion.exclusionNote).fill("Satire column, not news.");
    await panel.getByRole("button", { name: en.claims.exclusion.exclude, exact: true }).click();
    await panel.getByTestId("exclusion-reason").getByText("Satire column, not news.").waitFor();
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ exclusionReason: "other", exclusionNote: "Satire column, not news." });
    await page.context().close();
  });
});
