import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/server/article/create-article";
import { updateClaim } from "@/lib/server/claim/update-claim";
import { db } from "@/lib/server/db/client";
import { createArticleInput } from "@/lib/validations/article";
import { chromiumPath, launchBrowser, signInAs } from "../support/browser";
import { createTestTeam, TEST_PASSWORD, type TestTeam } from "../support/factory";
import { baseUrl } from "../support/http";

describe.runIf(chromiumPath)("review journey in Chromium", () => {
  let browser: Browser;
  let team: TestTeam;
  let claimId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    team = await createTestTeam("journey");
    const article = await createArticle({
      actor: team.actors.editor,
      input: createArticleInput.parse({
        title: "Ölimporte",
        text: "Laut dem russischen Energieminister Alexander Nowak ist Indien nach China der zweitgrößte Abnehmer von russischem Öl.",
      }),
    });
    const claim = await db.claim.findFirstOrThrow({ where: { articleId: article.id } });
    claimId = claim.id;
    await updateClaim({ actor: team.actors.editor, id: claim.id, input: { version: claim.version, assigneeId: team.actors.reviewer.userId } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function personPage(role: "reviewer" | "editor" | "admin"): Promise<Page> {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signInAs(page, team.emails[role], TEST_PASSWORD);
    return page;
  }

  it("reviewer cites, rates and mentions; editor finalises; both see it live and in the history", { timeout: 90_000 }, async () => {
    const reviewer = await personPage("reviewer");
    const editor = await personPage("editor");

    // The reviewer starts from their queue.
    await reviewer.getByRole("link", { name: "My queue" }).click();
    await reviewer.getByTestId("queue").getByRole("link", { name: /zweitgrößte Abnehmer/ }).click();
    await reviewer.waitForURL(new RegExp(`/claims/${claimId}$`));
    await reviewer.getByTestId("claim-assignee").getByText("reviewer journey").waitFor();

    // The editor has the same claim open in a second session.
    await editor.goto(`${baseUrl()}/claims/${claimId}`);
    await editor.getByTestId("verdicts-panel").waitFor();

    await reviewer.getByLabel("Address (URL)").fill("https://www.iea.org/reports/oil-market-report-2025");
    await reviewer.getByLabel("Title (optional)").fill("IEA Oil Market Report");
    // The stance starts unchosen: citing without one is refused with a message on the field.
    await reviewer.getByRole("button", { name: "Cite source" }).click();
    await reviewer.locator("#source-stance-error").getByText("Say whether this source supports the claim, refutes it or adds context.").waitFor();
    await reviewer.getByLabel("Stance").selectOption("supports");
    await reviewer.getByRole("button", { name: "Cite source" }).click();
    await reviewer.getByTestId("sources-panel").getByRole("link", { name: "IEA Oil Market Report" }).waitFor();

    await reviewer.getByLabel("Rating").selectOption("mostly-true");
    await reviewer.getByLabel("Rationale").fill("IEA figures put India second behind China.");
    await reviewer.getByRole("button", { name: "Save my verdict" }).click();
    await reviewer.getByTestId("verdicts-panel").locator("li", { hasText: "IEA figures put India second behind China." }).waitFor();

    const box = reviewer.getByRole("textbox", { name: "Comment", exact: true });
    await box.click();
    await box.pressSequentially("@edit");
    await reviewer.getByRole("option", { name: "editor journey" }).waitFor();
    await box.press("Enter");
    // The box shows the name as picked, not the stored form with the member's id.
    expect(await box.inputValue()).toBe("@editor journey ");
    // A typed "@word" that names nobody says so before it is posted (walk of stop 34).
    await box.pressSequentially("and @nobody ");
    await reviewer.getByText("@nobody names nobody in the team and will notify no one").waitFor();
    await box.fill("@editor journey ");
    await box.pressSequentially("please set the final verdict.");
    await reviewer.getByRole("button", { name: "Comment", exact: true }).click();
    await reviewer.getByTestId("comments-panel").getByText("@editor journey").waitFor();
    // A thread's reply box opens on asking (walk of stop 39: an open box under every thread crowded a phone).
    const comments = reviewer.getByTestId("comments-panel");
    expect(await comments.getByRole("textbox", { name: "Reply" }).count()).toBe(0);
    await comments.getByRole("button", { name: "Reply" }).click();
    await expect.poll(() => reviewer.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.labels?.[0]?.textContent)).toBe("Reply");

    // The editor's open page shows the mention without a reload.
    await editor.getByTestId("comments-panel").getByText("please set the final verdict.").waitFor();
    await editor.goto(`${baseUrl()}/inbox`);
    await editor.getByTestId("inbox").getByText("please set the final verdict.").waitFor();
    await editor.getByTestId("inbox").getByRole("link", { name: /zweitgrößte Abnehmer/ }).click();
    await editor.waitForURL(new RegExp(`/claims/${claimId}$`));

    await editor.getByLabel("Rating").last().selectOption("mostly-true");
    await editor.getByLabel("Rationale for readers").fill("India ranks second after China (IEA 2025).");
    await editor.getByRole("button", { name: "Set final verdict" }).click();
    await editor.getByTestId("final-verdict").getByText("Mostly true").waitFor();

    // The reviewer's page updates live, and both histories show the decision.
    await reviewer.getByTestId("final-verdict").getByText("India ranks second after China (IEA 2025).").waitFor();
    for (const page of [reviewer, editor]) {
      const history = page.getByTestId("history");
      await history.locator('li[data-action="verdict.finalized"]').waitFor();
      const actions = await history.locator("li").evaluateAll((items) => items.map((item) => item.getAttribute("data-action")));
      expect(actions).toEqual(["verdict.finalized", "comment.created", "verdict.submitted", "claim.review_started", "source.attached", "claim.updated"]);
      // Field labels and names, never keys or ids: "Mentioned editor journey".
      expect(await history.locator('li[data-action="comment.created"]').textContent()).toContain("Mentionededitor journey");
      expect(await history.locator('li[data-action="verdict.finalized"]').textContent()).toMatch(/^(?!.*\b(status|level|in_review|mostly-true)\b).*Rating/);
    }
    expect(await reviewer.getByTestId("claim-status").textContent()).toBe("Final");
  });

  it("lets an admin set review rules and switch the rating scale to a preset", async () => {
    const admin = await personPage("admin");
    await admin.getByRole("link", { name: "Settings" }).click();
    await admin.waitForURL(/\/settings$/);
    await admin.getByLabel(/Blind review/).check();
    await admin.getByLabel("Cited sources needed for a final verdict").fill("2");
    await admin.getByRole("button", { name: "Save settings" }).click();
    await admin.getByText("Settings saved.").waitFor();
    // It stays once the page has refreshed with the saved values (re-walk of stop 44: the form was made anew and it vanished).
    await admin.waitForLoadState("networkidle");
    expect(await admin.getByText("Settings saved.").isVisible()).toBe(true);
    expect(await db.team.findUniqueOrThrow({ where: { id: team.teamId } })).toMatchObject({ settings: { blindReview: true, minSourcesForFinal: 2 } });
    // The switch asks first (walk of stop 34): dismissed, nothing changes; accepted, the scale switches.
    const asked: string[] = [];
    admin.once("dialog", (dialog) => void (asked.push(dialog.message()), dialog.dismiss()));
    await admin.getByRole("button", { name: "PolitiFact" }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain("Switch the team's rating scale to PolitiFact Truth-O-Meter?");
    // Walk of stop 37: a bare "3" beside levels that do not count read like a data error; it is named, and only where it counts.
    await admin.getByText("Credibility points from 1 (least credible) to 5 (most credible):").waitFor();
    await admin.getByText(/^3 points · counts as the middle of the scale$/).first().waitFor();
    await admin.getByText(/^does not count toward the score$/).first().waitFor();
    expect(await admin.getByTestId("scale-name").textContent()).not.toContain("PolitiFact");
    admin.once("dialog", (dialog) => void dialog.accept());
    await admin.getByRole("button", { name: "PolitiFact" }).click();
    await admin.getByTestId("scale-name").getByText("PolitiFact Truth-O-Meter").waitFor();
    expect(await admin.getByRole("button", { name: "PolitiFact" }).isDisabled()).toBe(true);
    await admin.getByText("Pants on Fire").waitFor();
  });

  it("downloads the report files from the article page and shares it by a link that stops working when revoked", { timeout: 90_000 }, async () => {
    const editor = await personPage("editor");
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
    await editor.goto(`${baseUrl()}/articles/${claim.articleId}`);
    await editor.getByTestId("credibility").waitFor();
    // No published address set: the page says where ClaimReview's links lead (walk of stop 34).
    expect(await editor.getByTestId("claimreview-url-hint").textContent()).toContain("needs a sign-in");
    for (const [name, file] of [["CSV", /\.csv$/], ["ClaimReview (JSON-LD)", /claimreview\.jsonld$/], ["Markdown", /\.md$/], ["PDF", /\.pdf$/]] as const) {
      const [download] = await Promise.all([editor.waitForEvent("download"), editor.getByTestId("exports").getByRole("link", { name }).click()]);
      expect(download.suggestedFilename()).toMatch(file);
    }
    await editor.getByRole("button", { name: "Create a public link" }).click();
    const link = editor.getByTestId("share-links").getByRole("link");
    await link.waitFor();
    const href = (await link.getAttribute("href"))!;
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${baseUrl()}${href}`);
    await visitor.getByText("India ranks second after China (IEA 2025).").waitFor();
    // Revoking asks first; saying no keeps the link working.
    editor.once("dialog", (dialog) => void dialog.dismiss());
    await editor.getByTestId("share-links").getByRole("button", { name: "Revoke" }).click();
    expect((await visitor.goto(`${baseUrl()}${href}`))?.status()).toBe(200);
    const question = new Promise<string>((resolve) => editor.once("dialog", (dialog) => void dialog.accept().then(() => resolve(dialog.message()))));
    await editor.getByTestId("share-links").getByRole("button", { name: "Revoke" }).click();
    expect(await question).toContain("cannot be undone");
    await editor.getByTestId("share-links").getByText("revoked").waitFor();
    const again = await visitor.goto(`${baseUrl()}${href}`);
    expect(again?.status()).toBe(404);
  });
});
