import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { addTeamMember, createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";

describe.runIf(chromiumPath)("creating a team in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("create-team-ui");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a reviewer starts a new team on the profile page, lands in it as admin and can switch back (German)", { timeout: 90_000 }, async () => {
    const { email, actor } = await addTeamMember(team, "reviewer", "founder");
    const page = await (await browser.newContext({ locale: "de-DE" })).newPage();
    await signInAs(page, email, TEST_PASSWORD);
    await page.getByTestId("signed-in-as").click();
    await page.waitForURL(/\/profile$/);
    await page.getByRole("button", { name: "Team anlegen" }).click();
    await page.getByText("Der Teamname fehlt.").or(page.getByText("Geben Sie dem Team einen Namen mit mindestens 2 Zeichen.")).first().waitFor();
    await page.getByLabel("Name des neuen Teams").fill("Lokalredaktion Nord");
    await page.getByRole("button", { name: "Team anlegen" }).click();
    await page.waitForURL(/\/settings$/);
    // Admin now: the admin-only navigation is there, and the header offers the way back.
    await page.getByRole("link", { name: "Mitglieder" }).first().waitFor();
    const created = await db.team.findFirstOrThrow({ where: { name: "Lokalredaktion Nord" }, include: { memberships: true } });
    expect(created.memberships).toEqual([expect.objectContaining({ userId: actor.userId, role: "admin" })]);
    const switcher = page.locator("select").filter({ has: page.locator(`option[value="${team.teamId}"]`) });
    await switcher.selectOption(team.teamId);
    await page.waitForURL(/\/articles$/);
    await expect.poll(async () => page.getByRole("link", { name: "Mitglieder" }).count()).toBe(0);

    // Disabled in the new team while the page still offers it: the switch says why it does not happen
    // (it did nothing, silently: walk of stop 31), and the refreshed header no longer offers that team.
    await db.membership.updateMany({ where: { teamId: created.id, userId: actor.userId }, data: { disabledAt: new Date() } });
    await page.locator("select").filter({ has: page.locator(`option[value="${created.id}"]`) }).selectOption(created.id);
    await page.getByRole("alert").filter({ hasText: "Sie sind kein aktives Mitglied dieses Teams mehr und bleiben daher in diesem." }).waitFor();
    await expect.poll(async () => page.locator(`option[value="${created.id}"]`).count()).toBe(0);
    expect(page.url()).toMatch(/\/articles$/);
  });
});
