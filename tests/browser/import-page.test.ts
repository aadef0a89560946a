import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl, signIn } from "../support/http";

// Walk of stop 43: the import page showed no past imports, though the team had run some (the API lists them).
describe.runIf(chromiumPath)("the import page in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("import-page");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the team's recent bulk imports with who started them and how far they got", { timeout: 90_000 }, async () => {
    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(page, team.emails.editor, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/import`);
    await page.getByText("No bulk import yet.").waitFor();

    const cookie = (await signIn(team.emails.editor, TEST_PASSWORD)).cookie!;
    const lines = [JSON.stringify({ title: "Eins", text: `Die Stadt baute 2024 genau 14 Schulen (${Date.now()}).` }), "{not json"];
    const created = await api("/api/v1/imports", { cookie, method: "POST", body: `${lines.join("\n")}\n`, headers: { "content-type": "application/x-ndjson" } });
    expect(created.status).toBe(202);
    const id = created.body.data.id as string;
    await expect.poll(async () => (await api(`/api/v1/imports/${id}`, { cookie })).body.data.status, { timeout: 60_000 }).toBe("done");

    await page.reload();
    const row = page.getByTestId("recent-imports").getByRole("row");
    // The page streams (it has a loading state): wait for the list before counting its rows.
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain("done");
    expect(await row.textContent()).toContain("2 of 2: 1 imported, 1 not imported");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Walk of stop 44: in German the counts column was cut off inside the table's box at 390 px.
    const german = await (await browser.newContext({ locale: "de-DE", viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(german, team.emails.editor, TEST_PASSWORD);
    await german.goto(`${baseUrl()}/import`);
    await german.getByTestId("recent-imports").getByRole("row").first().waitFor();
    expect(await german.getByTestId("recent-imports").textContent()).toContain("2 von 2: 1 importiert, 1 nicht importiert");
    const cutOff = await german.evaluate(() => [...document.querySelectorAll<HTMLElement>(".overflow-x-auto")].some((box) => box.scrollWidth > box.clientWidth + 1));
    expect(cutOff).toBe(false);

    // Walk of stop 46: a row led nowhere, so a failed line's reason could not be read. Its report opens in the bulk form,
    // in the reader's language.
    await german.getByRole("link", { name: /^Bericht des Imports vom/ }).click();
    await german.waitForURL(/\/import\?job=/);
    const report = german.getByTestId("bulk-progress");
    await report.waitFor();
    expect(await german.getByTestId("bulk-errors").textContent()).toContain("Zeile 2: Kein gültiges JSON.");
    expect(await german.getByTestId("bulk-imported").getByRole("link").count()).toBe(1);
  });
});
