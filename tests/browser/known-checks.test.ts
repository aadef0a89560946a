import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl } from "../support/http";

// The claim page's "Already checked elsewhere" panel: another desk's rating, publisher and link shown
// as text (a hostile claimReviewed runs nothing), and one click cites it as a context source.

describe.runIf(chromiumPath)("already checked elsewhere in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let claimId: string;
  const reviewUrl = `https://faktenfuchs.example/checks/mieten-${Date.now()}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("known-browser");
    const tokens = await createRoleTokens(team);
    const check = {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: reviewUrl,
      claimReviewed: `Die Mieten in Leipzig stiegen 2025 um 14 Prozent. <img src=x onerror="document.title='pwned'">`,
      reviewRating: { "@type": "Rating", alternateName: "Größtenteils falsch" },
      author: { "@type": "Organization", name: "Faktenfuchs" },
      datePublished: "2026-02-01",
      inLanguage: "de",
    };
    const created = await api("/api/v1/known-fact-checks/imports", { token: tokens.editor, body: JSON.stringify(check), headers: { "content-type": "application/ld+json" } });
    expect(created.status).toBe(202);
    for (let waited = 0; waited < 20_000; waited += 250) {
      if ((await api(`/api/v1/known-fact-checks/imports/${created.body.data.id}`, { token: tokens.editor })).body.data.status === "done") break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const article = await api("/api/v1/articles", { token: tokens.editor, json: { title: "Mieten", text: "Die Mieten in Leipzig stiegen 2025 um 14 Prozent, sagte der Verband." } });
    claimId = (await api(`/api/v1/articles/${article.body.data.id}`, { token: tokens.editor })).body.data.claims[0].id;
  });
  afterAll(async () => browser?.close());

  it("shows the known fact-check as text and cites it as a context source in one click", { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => void dialogs.push(dialog.message()));
    await signInAs(page, team.emails.reviewer, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claimId}`);
    const panel = page.getByTestId("known-checks");
    await expect(panel.textContent()).resolves.toContain("Größtenteils falsch");
    expect(await panel.textContent()).toContain('<img src=x onerror="document.title=\'pwned\'">');
    expect(await panel.locator("img").count()).toBe(0);
    expect(await panel.getByRole("link", { name: "Read the fact-check" }).getAttribute("href")).toBe(reviewUrl);

    await panel.getByRole("button", { name: "Cite as context" }).click();
    await page.getByTestId("sources-panel").getByRole("link", { name: /Größtenteils falsch: Die Mieten in Leipzig/ }).waitFor();
    await panel.getByText("Cited").waitFor();
    expect(await page.getByTestId("sources-panel").textContent()).toContain("Adds context");
    expect(await page.title()).not.toBe("pwned");
    expect(dialogs).toEqual([]);
    await context.close();
  });

  // Probe finding: the settings page said only "4 unusable items skipped" and "uploaded file".
  it("uploads a ClaimReview file from Settings and lists, in German, what it skipped and by which line", { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/settings`);
    const review = JSON.stringify({ "@type": "ClaimReview", url: `https://faktenfuchs.example/checks/datei-${Date.now()}`, claimReviewed: "Die Pacht stieg um 9 Prozent." });
    const lines = [review, "", "[1,2]", '{"@type":"Person","name":"x"}', "{kaputt"].join("\n");
    // The file field speaks the page's language, not the browser's ("Choose File / No file chosen": walk of stop 32).
    const importPanel = page.getByTestId("known-check-import");
    await importPanel.getByText("Keine Datei ausgewählt").waitFor();
    expect(await importPanel.getByText("Datei auswählen").count()).toBe(1);
    await page.getByTestId("known-check-import").locator('input[type="file"]').setInputFiles({ name: "prüfungen-märz.ndjson", mimeType: "application/x-ndjson", buffer: Buffer.from(lines) });
    await importPanel.getByText("prüfungen-märz.ndjson").waitFor();
    await page.getByRole("button", { name: "Datei importieren" }).click();
    await page.getByText("Import gestartet: 1 Faktencheck gefunden.").waitFor();
    await page.reload();
    const panel = page.getByTestId("known-check-import");
    await panel.getByText("prüfungen-märz.ndjson").first().waitFor();
    await panel.getByText("3 unbrauchbare Einträge übersprungen").first().click();
    const problems = await panel.getByTestId("known-check-problems").first().innerText();
    expect(problems).toContain("Zeile 3: Enthält kein ClaimReview.");
    expect(problems).toContain("Zeile 4: Enthält kein ClaimReview.");
    expect(problems).toContain("Zeile 5: Kein JSON.");
    await context.close();
  });
});
