import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "@/lib/server/member/accept-invitation";
import { inviteMember } from "@/lib/server/member/invite-member";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

// Hostile probe of stop 45: an account whose password came through an invitation link joins other teams only through
// their links, signed in. The inbox says so; the link page, signed in as the invited account, offers "Join".
describe.runIf(chromiumPath)("joining another team through its link", () => {
  let browser: Browser;
  let first: TestTeam;
  let second: TestTeam;
  beforeAll(async () => {
    browser = await launchBrowser();
    first = await createTestTeam("join-link-first");
    second = await createTestTeam("join-link-second");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("refuses the inbox answer with a sentence, then joins on the link page", { timeout: 90_000 }, async () => {
    const email = `linked.${Date.now()}@example.org`;
    const firstLink = await inviteMember({ actor: first.actors.admin, input: { email, name: "Lina Linked", role: "reviewer" } });
    await acceptInvitation({ input: { token: firstLink.invitationPath.split("/").at(-1)!, password: "a-linked-password" } });
    const secondLink = await inviteMember({ actor: second.actors.admin, input: { email, name: "Lina Linked", role: "editor" } });

    const page = await (await browser.newContext({ locale: "en-US", viewport: { width: 390, height: 844 } })).newPage();
    await signInAs(page, email, "a-linked-password");
    await page.goto(`${baseUrl()}/inbox`);
    await page.getByRole("button", { name: /^Accept/ }).first().click();
    await page.getByText("Your address was never confirmed, so an invitation is accepted only through its link", { exact: false }).waitFor();

    await page.goto(`${baseUrl()}${secondLink.invitationPath}`);
    await page.getByText("You are signed in as", { exact: false }).waitFor();
    await page.getByRole("button", { name: /^Join / }).click();
    await page.getByText("You joined", { exact: false }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("joined");
    await page.getByRole("link", { name: "Go to Factdesk" }).click();
    await page.waitForURL(/\/articles/);
  });

  it("sends a signed-out visitor with an account back to the link after sign-in", { timeout: 60_000 }, async () => {
    const secondLink = await inviteMember({ actor: second.actors.admin, input: { email: first.emails.viewer, name: "Viewer", role: "viewer" } });
    const page = await (await browser.newContext({ locale: "de-DE" })).newPage();
    await page.goto(`${baseUrl()}${secondLink.invitationPath}`);
    await page.getByRole("link", { name: "Melden Sie sich an, um sie hier anzunehmen." }).click();
    await page.getByLabel("E-Mail-Adresse").fill(first.emails.viewer);
    expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(secondLink.invitationPath);
  });
});
