import { describe, expect, it } from "vitest";
import { networkFailure, otherFailures, statusFailure, timeoutFailure } from "@/lib/domain/import/fetch-failure";
import { localizeMessage } from "@/lib/i18n/server-messages";

// Probe finding F6: importing known fact-checks by address failed with article import's advice
// ("paste the article's text"); it now says what helps there, in English and German.
describe("known-check import fetch failures", () => {
  const failures = [
    networkFailure("ENOTFOUND", "checker.example", "upload"),
    networkFailure("ECONNREFUSED", "checker.example", "upload"),
    timeoutFailure(10, "upload"),
    statusFailure(404, "upload"),
    statusFailure(403, "upload"),
    statusFailure(500, "upload"),
    otherFailures.privateAddress("upload"),
    otherFailures.tooLarge(20, "upload"),
  ];

  it("advise uploading the ClaimReviews as a file, never pasting an article", () => {
    for (const failure of failures) {
      expect(failure.message).not.toMatch(/article/);
      expect(failure.message).toMatch(/ClaimReviews as a file and upload that instead\.$/);
    }
  });

  it("are in the German catalogue", () => {
    for (const failure of failures) {
      const german = localizeMessage(failure.message, "de");
      expect(german, failure.message).toMatch(/ClaimReviews der Seite als Datei und laden Sie diese hoch\.$/);
    }
    expect(localizeMessage(networkFailure("ENOTFOUND", "checker.example", "upload").message, "de")).toBe(
      "Der Name checker.example ließ sich nicht auflösen: Vielleicht gibt es die Website nicht, oder Factdesk erreicht gerade keinen Namensdienst. Prüfen Sie die Adresse oder versuchen Sie es später noch einmal, oder speichern Sie die ClaimReviews der Seite als Datei und laden Sie diese hoch.",
    );
  });
});
