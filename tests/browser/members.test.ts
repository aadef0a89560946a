import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { inviteMember } from "@/lib/server/member/invite-member";
import { DEMO_DOMAIN } from "@/lib/server/seed/seed-demo";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD } from "../support/factory";
import { baseUrl } from "../support/http";
import { DEMO_PASSWORD } from "../support/test-constants";

describe.runIf(chromiumPath)("member management in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lets an admin invite a person who then sets a password, signs in, and loses access when disabled", async () => {
    const admin = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(admin, `admin@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    await admin.goto(`${baseUrl()}/members`);

    const email = `invited.${Date.now()}@example.org`;
    await admin.getByLabel("Name", { exact: true }).fill("Invited Reviewer");
    await admin.getByLabel("Email", { exact: true }).fill(email);
    await admin.getByLabel("Role", { exact: true }).selectOption("reviewer");
    await admin.getByRole("button", { name: "Add member" }).click();
    const link = await admin.getByTestId("invitation-link").textContent();
    expect(link).toMatch(/\/invite\/inv_/);

    const invited = await (await browser.newContext({ locale: "en-US" })).newPage();
    await invited.goto(link!);
    await invited.getByLabel("New password").fill("a-fresh-password");
    await invited.getByLabel("Repeat the password").fill("a-fresh-password");
    await invited.getByRole("button", { name: "Set password and continue" }).click();
    await invited.getByText("Your password is set. Sign in with your email address and the new password.").waitFor();
    expect(new URL(invited.url()).pathname).toBe("/sign-in");
    // Re-walk of stop 40: the address had to be typed again; it is filled in, and the password has the focus.
    expect(await invited.getByLabel("Email address", { exact: true }).inputValue()).toBe(email);
    expect(await invited.evaluate(() => document.activeElement?.id)).toBe("password");
    await signInAs(invited, email, "a-fresh-password");
    await expect.poll(() => invited.getByTestId("signed-in-as").textContent()).toContain("(Reviewer)");

    // The admin promotes, then disables the new member; each counts on the member's next request,
    // without signing them out (they may belong to other teams).
    await admin.reload();
    const row = admin.getByTestId(`member-${email}`);
    // Walk of stop 40: the select saved on change, so arrowing through the roles changed them one by one. Its button saves.
    await row.getByLabel("Change role of Invited Reviewer").selectOption("editor");
    await admin.waitForTimeout(500);
    expect((await db.membership.findFirst({ where: { user: { email } } }))?.role).toBe("reviewer");
    await row.getByRole("button", { name: "Save the role of Invited Reviewer" }).click();
    await expect
      .poll(async () => (await db.membership.findFirst({ where: { user: { email } } }))?.role)
      .toBe("editor");
    // Walk of stop 34: the select went back to the old role after a save (React resets a form after its action).
    await admin.getByText("Invited Reviewer is now Editor.", { exact: false }).waitFor();
    expect(await row.getByLabel("Change role of Invited Reviewer").inputValue()).toBe("editor");
    // Walk of stop 37: one mis-tap made someone an admin. Making an admin asks first; "Cancel" keeps the role.
    admin.once("dialog", (dialog) => void dialog.dismiss());
    await row.getByLabel("Change role of Invited Reviewer").selectOption("admin");
    await row.getByRole("button", { name: "Save the role of Invited Reviewer" }).click();
    await expect.poll(() => row.getByLabel("Change role of Invited Reviewer").inputValue()).toBe("editor");
    expect((await db.membership.findFirst({ where: { user: { email } } }))?.role).toBe("editor");
    await invited.reload();
    await expect.poll(() => invited.getByTestId("signed-in-as").textContent()).toContain("(Editor)");
    // Walk of stop 38: making someone a viewer released their assignments unasked. It asks first and names what it does.
    const question = new Promise<string>((resolve) => admin.once("dialog", (dialog) => (resolve(dialog.message()), void dialog.dismiss())));
    await row.getByLabel("Change role of Invited Reviewer").selectOption("viewer");
    await row.getByRole("button", { name: "Save the role of Invited Reviewer" }).click();
    expect(await question).toContain("their open assignments go back to the team");
    await expect.poll(() => row.getByLabel("Change role of Invited Reviewer").inputValue()).toBe("editor");

    // Walk of stop 39: disabling happened at one click. It asks first; saying no keeps the member.
    admin.once("dialog", (dialog) => void dialog.dismiss());
    await row.getByRole("button", { name: "Disable" }).click();
    expect((await db.membership.findFirst({ where: { user: { email } } }))?.disabledAt).toBeNull();
    const disabling = new Promise<string>((resolve) => admin.once("dialog", (dialog) => void dialog.accept().then(() => resolve(dialog.message()))));
    await row.getByRole("button", { name: "Disable" }).click();
    expect(await disabling).toContain("Disable Invited Reviewer?");
    await row.getByText("Disabled").filter({ visible: true }).waitFor(); // a phone layout repeats the status under the name, hidden here
    await invited.goto(`${baseUrl()}/articles`);
    await invited.waitForURL(/\/sign-in/);
  });

  // Walk of stop 41: after a refused change the select showed the saved role again while a second "Save" announced the
  // refused one as saved. The choice stays, a second try is refused again, and the focus is on what happened.
  it("keeps a refused role choice and never says it was saved", async () => {
    const team = await createTestTeam("last-admin");
    const page = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signInAs(page, team.emails.admin, TEST_PASSWORD);
    await page.goto(`${baseUrl()}/members`);
    const row = page.getByTestId(`member-${team.emails.admin}`);
    const save = row.getByRole("button", { name: /^Save the role of/ });
    await row.getByLabel(/^Change role of/).selectOption("editor");
    for (let attempt = 0; attempt < 2; attempt++) {
      await save.click();
      await page.getByText("The team needs at least one admin. Make someone else admin first.").waitFor();
      expect(await row.getByLabel(/^Change role of/).inputValue()).toBe("editor");
      expect(await page.getByText("is now Editor").count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("status");
      await save.focus(); // where a second click leaves it, until the answer comes
    }
    expect((await db.membership.findFirstOrThrow({ where: { teamId: team.teamId, user: { email: team.emails.admin } } })).role).toBe("admin");
  });

  // Probe of stop 40: sent without JavaScript, the form set the password and then drew the page again for the used
  // link, which said the link was invalid.
  it("takes an invitation without JavaScript on to sign-in, saying the password is set", async () => {
    const team = await createTestTeam("nojs-invite");
    const email = `nojs.${Date.now()}@example.org`;
    const { invitationPath } = await inviteMember({ actor: team.actors.admin, input: { email, name: "No Script", role: "viewer" } });
    const page = await (await browser.newContext({ locale: "de-DE", javaScriptEnabled: false })).newPage();
    await page.goto(`${baseUrl()}${invitationPath}`);
    await page.getByLabel("Neues Passwort").fill("a-fresh-password");
    await page.getByLabel("Passwort wiederholen").fill("a-fresh-password");
    await Promise.all([page.waitForURL(/\/sign-in\?joined=1/), page.getByRole("button", { name: "Passwort setzen und weiter" }).click()]);
    await page.getByText("Ihr Passwort ist gesetzt.").waitFor();
    expect(await page.getByLabel("E-Mail-Adresse", { exact: true }).inputValue()).toBe(email);
    expect(await page.getByText("ungültig").count()).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).passwordHash).toBeTruthy();
  });

  it("keeps what was typed when the server refuses a form, and says so when the session has ended", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const admin = await context.newPage();
    await signInAs(admin, `admin@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    await admin.goto(`${baseUrl()}/api-tokens`);
    const name = "x".repeat(101);
    await admin.getByLabel("Name", { exact: true }).fill(name);
    await admin.getByLabel("Role", { exact: true }).selectOption("editor");
    await admin.getByRole("button", { name: "Create token" }).click();
    await admin.getByRole("alert").filter({ hasText: "100" }).first().waitFor();
    expect(await admin.getByLabel("Name", { exact: true }).inputValue()).toBe(name);
    expect(await admin.getByLabel("Role", { exact: true }).inputValue()).toBe("editor");

    // Signed out elsewhere: the form says what happened in a person's words, not an API's.
    await context.clearCookies();
    await admin.getByLabel("Name", { exact: true }).fill("Nightly export");
    await admin.getByRole("button", { name: "Create token" }).click();
    await admin.getByText("Your session has ended. Sign in again to continue.").waitFor();
    expect(await admin.getByLabel("Name", { exact: true }).inputValue()).toBe("Nightly export");
    await context.close();
  });
});
