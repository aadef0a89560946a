import { describe, expect, it } from "vitest";
import { localizeIssue, localizeMessage } from "@/lib/i18n/server-messages";
import { createArticleInput } from "@/lib/validations/article";
import { submitVerdictInput } from "@/lib/validations/verdict";
import { updateTeamSettingsInput } from "@/lib/validations/team";

const issues = (result: { success: boolean; error?: { issues: unknown[] } }) => (result.error?.issues ?? []) as Parameters<typeof localizeIssue>[0][];

describe("server messages in the reader's language", () => {
  it("turns a schema's own message into German, and keeps English as written, without a field-key prefix", () => {
    const [title] = issues(createArticleInput.safeParse({ title: " ", text: "Ein Text." }));
    expect(localizeIssue(title!, "en")).toBe("Give the article a title.");
    expect(localizeIssue(title!, "de")).toBe("Geben Sie dem Artikel einen Titel.");
  });

  it("fills templates with translated names and messages", () => {
    expect(localizeMessage("The article was not found.", "de")).toBe("Der Artikel: nicht gefunden.");
    const [missing] = issues(submitVerdictInput.safeParse({ level: "true", confidence: "high" }));
    expect(localizeIssue(missing!, "de")).toBe("Die Begründung fehlt.");
    expect(localizeMessage("Send the version you edited (the `version` you last read). (at most 2147483647).", "de")).toBe(
      "Senden Sie die Version, die Sie bearbeitet haben (die zuletzt gelesene `version`). (höchstens 2147483647).",
    );
  });

  it("renders zod's own messages in German, introduced by the field's label", () => {
    const result = createArticleInput.safeParse({ title: "Titel", text: "Text", outlet: "x".repeat(201) });
    const [outlet] = issues(result);
    expect(localizeIssue(outlet!, "en")).toMatch(/^Outlet: Too big/);
    expect(localizeIssue(outlet!, "de")).toMatch(/^Medium: Zu groß/);
    expect(localizeIssue(outlet!, "de")).not.toMatch(/outlet:/);
  });

  it("leaves a message it does not know as it is", () => {
    expect(localizeMessage("Something nobody wrote down.", "de")).toBe("Something nobody wrote down.");
    expect(updateTeamSettingsInput).toBeDefined();
  });
});
