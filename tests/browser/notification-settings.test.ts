import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

describe.runIf(chromiumPath)("notification mails and webhooks in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("notify-ui");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a person reaches their profile from their name and chooses which mails they get (German)", async () => {
    const page = await (await browser.newContext({ locale: "de-DE" })).newPage();
    await signInAs(page, team.emails.reviewer, TEST_PASSWORD);
    await page.getByTestId("signed-in-as").click();
    await page.waitForURL(/\/profile$/);
    await page.getByRole("heading", { name: "Benachrichtigungen per E-Mail" }).waitFor();
    const assignment = page.getByLabel("Wenn mir eine Behauptung zugewiesen wird");
    const digest = page.getByLabel("Eine tägliche Zusammenfassung meiner offenen Behauptungen und Erwähnungen");
    expect(await assignment.isChecked()).toBe(true);
    expect(await digest.isChecked()).toBe(false);
    await assignment.uncheck();
    await digest.check();
    await page.getByRole("button", { name: "Speichern" }).click();
    await page.getByText("Gespeichert.").waitFor();
    const saved = await db.user.findUniqueOrThrow({ where: { id: team.actors.reviewer.userId } });
    expect(saved).toMatchObject({ notifyAssignment: false, notifyDigest: true, notifyMention: true, notifyFinalVerdict: true });
    await page.reload();
    expect(await page.getByLabel("Wenn mir eine Behauptung zugewiesen wird").isChecked()).toBe(false);
  });

  it("an admin adds a webhook with chosen events, sees its secret once, and deletes it; others see no Webhooks card", async () => {
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.admin, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/settings`);
    await page.getByRole("heading", { name: "Webhooks" }).waitFor();
    await page.getByLabel("HTTPS address").fill("https://hooks.example.org/factdesk");
    await page.getByRole("button", { name: "Add webhook" }).click();
    await page.getByText("Choose at least one event.").first().waitFor();
    // Said once, at the events, with the focus there (walk of stop 41: a banner above said it again).
    expect(await page.getByTestId("webhook-form").getByText(/event/i).filter({ hasNotText: /^Events/ }).count()).toBe(1);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("events");
    await page.getByLabel("Final verdict set").check();
    await page.getByLabel("Comment written").check();
    await page.getByRole("button", { name: "Add webhook" }).click();
    expect(await page.getByTestId("webhook-secret").textContent()).toMatch(/^whsec_/);
    await page.getByTestId("webhook-list").getByText("https://hooks.example.org/factdesk").waitFor();
    const stored = await db.webhook.findFirstOrThrow({ where: { teamId: team.teamId } });
    expect(stored.events.sort()).toEqual(["comment.created", "verdict.finalized"]);
    await page.getByRole("button", { name: "Delivery log" }).click();
    await page.getByText("No deliveries yet.").waitFor();
    // Walk of stop 40: a bare "Delete" per row, deleting at once. It names its address and asks; "Cancel" keeps it.
    const remove = page.getByRole("button", { name: "Delete the webhook to https://hooks.example.org/factdesk" });
    page.once("dialog", (dialog) => void dialog.dismiss());
    await remove.click();
    await page.waitForTimeout(300);
    expect(await db.webhook.count({ where: { teamId: team.teamId } })).toBe(1);
    const question = new Promise<string>((resolve) => page.once("dialog", (dialog) => void dialog.accept().then(() => resolve(dialog.message()))));
    await remove.click();
    expect(await question).toBe("Delete the webhook to https://hooks.example.org/factdesk? Its delivery log goes with it.");
    await page.getByText("No webhooks yet.").waitFor();
    // Walk of stop 41: the row went without a word, the focus fell to the page, and the deleted webhook's secret stayed.
    await page.getByText("The webhook to https://hooks.example.org/factdesk is deleted.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("status");
    expect(await page.getByTestId("webhook-secret").count()).toBe(0);
    expect(await db.webhook.count({ where: { teamId: team.teamId } })).toBe(0);

    const editor = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(editor, team.emails.editor, TEST_PASSWORD);
    await editor.goto(`${baseUrl()}/settings`);
    await editor.getByRole("heading", { name: "Publisher" }).waitFor();
    expect(await editor.getByRole("heading", { name: "Webhooks" }).count()).toBe(0);
  });
});
