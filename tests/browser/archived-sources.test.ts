import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createRoleTokens, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { api, baseUrl } from "../support/http";

const PAGE = `<!doctype html><html><head><title>Customs statistics</title></head><body><article><h1>Customs statistics</h1>
<p>Exports of machinery fell by 3 percent in the third quarter compared with the same quarter a year earlier, the customs office said.</p>
<p>The office publishes these figures every quarter and revises them when late declarations arrive from the regional offices.</p>
<script>document.title = "pwned"</script></article></body></html>`;

describe.runIf(chromiumPath)("archived sources in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let pages: Server;
  let claimId: string;
  let sourceId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("archive-browser");
    const tokens = await createRoleTokens(team);
    pages = createServer((req, res) =>
      req.url === "/gone" ? res.writeHead(404, { "content-type": "text/html" }).end("gone") : res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE),
    );
    await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
    const created = await api("/api/v1/articles", { token: tokens.editor, json: { title: "Zoll", text: "Die Maschinenexporte fielen im dritten Quartal um 3 Prozent, teilte das Zollamt mit." } });
    claimId = (await api(`/api/v1/articles/${created.body.data.id}`, { token: tokens.editor })).body.data.claims[0].id;
    const url = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/customs`;
    const cited = await api(`/api/v1/claims/${claimId}/sources`, { token: tokens.reviewer, json: { url, stance: "supports", title: "Customs statistics" } });
    sourceId = cited.body.data.source.id;
    for (let waited = 0; waited < 25_000; waited += 300) {
      if ((await api(`/api/v1/sources/${sourceId}`, { token: tokens.viewer })).body.data.archivedAt) break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const gone = await api(`/api/v1/claims/${claimId}/sources`, { token: tokens.reviewer, json: { url: url.replace("/customs", "/gone"), stance: "context", title: "Gone page" } });
    for (let waited = 0; waited < 25_000; waited += 300) {
      if ((await api(`/api/v1/sources/${gone.body.data.source.id}`, { token: tokens.viewer })).body.data.linkState === "failed") break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => pages?.close(() => resolve()));
  });

  it("the claim page's sources panel shows the archived date; its link opens the plain-text copy", { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signInAs(page, team.emails.reviewer, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claimId}`);
    const today = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date());
    const status = page.getByTestId("sources-panel").locator("[data-testid=archive-status][data-link-state=ok]");
    await expect(status.textContent()).resolves.toContain(`Archived ${today}`);
    await page.getByTestId("sources-panel").getByRole("button", { name: "Archive again" }).first().waitFor();

    await status.getByRole("link", { name: "View archived text" }).click();
    await page.waitForURL(new RegExp(`/sources/${sourceId}/snapshots/`));
    const text = await page.getByTestId("archived-text").textContent();
    expect(text).toContain("Exports of machinery fell by 3 percent");
    expect(await page.title()).not.toBe("pwned");
    expect(await page.locator("pre script, pre img").count()).toBe(0);
    await context.close();
  });

  // Walk of stop 45: "Link fails — no archived copy" did not say why.
  it("says beside a failing link why, in the reader's language", { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await signInAs(page, team.emails.reviewer, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/claims/${claimId}`);
    const failing = page.getByTestId("sources-panel").locator("[data-testid=archive-status][data-link-state=failed]");
    await expect.poll(() => failing.textContent()).toContain("HTTP 404");
    expect(await failing.textContent()).not.toContain("The page answered");
    await context.close();
  });
});
