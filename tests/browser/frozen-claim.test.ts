import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { db } from "@/lib/server/db/client";
import { attachSource } from "@/lib/server/source/attach-source";
import { finalizeVerdict } from "@/lib/server/verdict/finalize-verdict";
import { createArticleInput } from "@/lib/validations/article";
import { attachSourceInput } from "@/lib/validations/source";
import en from "@/lib/i18n/messages/en.json";
import de from "@/lib/i18n/messages/de.json";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// The server refuses every change to a claim with a final verdict until an editor reopens it; the
// pages must not offer those changes (wording, check-worthiness, citations, status, split, merge).
// FACTDESK_SCREENSHOTS=<dir> keeps the screenshots of the claim page (phone and desktop, both languages).

describe.runIf(chromiumPath)("a claim with a final verdict in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let articleId: string;
  let claimId: string;
  let claimText: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("frozen");
    const editor = team.actors.editor;
    const article = await createArticle({
      actor: editor,
      input: createArticleInput.parse({ title: "Haushalt 2026", text: "Die Regierung senkte die Stromsteuer um 5 Cent. Der Export nach China fiel um 8 Prozent." }),
    });
    articleId = article.id;
    const claim = await db.claim.findFirstOrThrow({ where: { articleId }, orderBy: { position: "asc" } });
    claimId = claim.id;
    claimText = claim.text;
    await attachSource({ actor: editor, claimId, input: attachSourceInput.parse({ url: "https://destatis.example/strom", stance: "supports", title: "Destatis Strom" }) });
    await finalizeVerdict({ actor: editor, claimId, input: { level: "mostly-true", rationale: "Laut Destatis.", claimVersion: claim.version } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openAs(role: "reviewer" | "editor", locale: "en-US" | "de-DE", width = 1440): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signInAs(page, team.emails[role], TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claimId}`);
    return page;
  }

  it("shows a reviewer the note and no active wording, check-worthiness or citation controls", async () => {
    const page = await openAs("reviewer", "en-US");
    await page.getByText(en.claims.frozen).first().waitFor();
    // Said where the person could otherwise act (by the sources), not three times over (walk of stop 32).
    expect(await page.getByTestId("frozen-claim-note").count()).toBe(1);
    expect(await page.locator("#normalizedText").isDisabled()).toBe(true);
    expect(await page.getByRole("checkbox", { name: en.claims.edit.checkworthy }).isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: en.claims.edit.save, exact: true }).count()).toBe(0);
    const sources = page.getByTestId("sources-panel");
    await sources.getByText("Destatis Strom").waitFor();
    // Neither remove nor attach nor look up. "Archive now" (or "again") stays: it keeps a copy of the cited page
    // and changes nothing about the claim.
    const buttons = await sources.getByRole("button").allTextContents();
    expect(buttons.filter((label) => label.trim() !== en.source.archiveAgain && label.trim() !== en.source.archiveNow)).toEqual([]);
    expect(await sources.locator("input, textarea, select").count()).toBe(0);
    expect(await page.getByTestId("workflow-panel").getByRole("button", { name: /^Move to/ }).count()).toBe(0);
    await page.context().close();
  });

  it("keeps the reopen control for editors, with the note in German", async () => {
    const page = await openAs("editor", "de-DE");
    await page.getByText(de.claims.frozen).first().waitFor();
    await page.getByRole("button", { name: de.review.reopen }).waitFor();
    expect(await page.locator("#normalizedText").isDisabled()).toBe(true);
    // The engine's reasons and entity types are stored in English ("number: 5"); a German reader reads them in German.
    await page.getByText(`${de.claims.reasonKinds.number}: 5`, { exact: true }).first().waitFor();
    expect(await page.getByText("number: 5", { exact: true }).count()).toBe(0);
    await page.context().close();
  });

  it("offers neither status nor merge nor split for a final claim in the article workbench", async () => {
    const page = await openAs("editor", "en-US");
    await page.goto(`${baseUrl()}/articles/${articleId}`);
    const others = await db.claim.findMany({ where: { articleId, id: { not: claimId } }, orderBy: { position: "asc" } });
    for (const claim of [claimText, others[0]!.text]) await page.getByRole("checkbox", { name: en.claims.choose.replace("{text}", claim.slice(0, 60)) }).check();
    const bar = page.getByTestId("bulk-bar");
    await bar.getByText(en.claims.frozen).waitFor();
    expect(await bar.getByRole("combobox", { name: en.workbench.setStatus }).count()).toBe(0);
    expect(await bar.getByRole("button", { name: en.workbench.merge }).count()).toBe(0);
    expect(await bar.getByRole("button", { name: en.workbench.assignToMe }).count()).toBe(1); // assignment is not published content
    // A caret inside the final claim's highlight offers no split.
    await page.locator(`mark[data-claim-id="${claimId}"]`).first().click({ position: { x: 20, y: 5 } });
    await page.getByTestId("selection-actions").getByText(en.claims.frozen).waitFor();
    expect(await page.getByRole("button", { name: en.workbench.splitHere }).count()).toBe(0);
    await page.context().close();
  });

  it("fits the note on a phone and a desktop, in English and German", async () => {
    const shots = process.env.FACTDESK_SCREENSHOTS ?? mkdtempSync(path.join(tmpdir(), "factdesk-frozen-"));
    for (const locale of ["en-US", "de-DE"] as const) {
      for (const width of [390, 1440]) {
        const page = await openAs("reviewer", locale, width);
        await page.getByText((locale === "de-DE" ? de : en).claims.frozen).first().waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${locale} at ${width}px scrolls sideways`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: path.join(shots, `final-claim-${locale.slice(0, 2)}-${width}.png`), fullPage: true });
        await page.context().close();
      }
    }
  }, 90_000);
});
