import { describe, expect, it } from "vitest";
import { networkFailure, otherFailures, statusFailure, timeoutFailure } from "@/lib/domain/import/fetch-failure";
import { localizeSentences } from "@/lib/i18n/server-messages";

// Walk of stop 46: a source whose archiving failed showed the English reason inside the German status line.
describe("why archiving a source failed", () => {
  it("reads in German for every reason an archive run stores", () => {
    const failures = [
      networkFailure("ENOTFOUND", "www.example.org", "none"),
      networkFailure("ECONNREFUSED", "www.example.org", "none"),
      networkFailure("CERT_HAS_EXPIRED", "www.example.org", "none"),
      timeoutFailure(10, "none"),
      statusFailure(404, "none"),
      statusFailure(403, "none"),
      statusFailure(502, "none"),
      otherFailures.privateAddress("none"),
      otherFailures.tooLarge(5, "none"),
      otherFailures.tooManyRedirects("none"),
    ];
    for (const { message } of failures) {
      const german = localizeSentences(message, "de");
      expect(german, message).not.toBe(message);
      expect(german, message).not.toMatch(/\b(?:the|could|address|page)\b/);
    }
    expect(localizeSentences(networkFailure("ENOTFOUND", "www.example.org", "none").message, "de")).toContain("www.example.org");
  });
});
