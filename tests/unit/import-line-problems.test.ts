import { describe, expect, it } from "vitest";
import { localizeIssue, localizeSentences } from "@/lib/i18n/server-messages";
import { createArticleInput } from "@/lib/validations/article";

// A bulk import stores each line's problems in English (the API's language); a German reader gets
// them in German, also where one line has several problems kept as one text.
describe("a bulk import's line problems in the reader's language", () => {
  it("translates each problem a line can have, and several of them sentence by sentence", () => {
    const issues = createArticleInput.safeParse({ title: "", text: "" }).error!.issues;
    expect(issues.length).toBeGreaterThan(1);
    const english = issues.map((issue) => localizeIssue(issue, "en")).join(" ");
    expect(localizeSentences(english, "de")).toBe(issues.map((issue) => localizeIssue(issue, "de")).join(" "));
    expect(localizeSentences(english, "en")).toBe(english);
    expect(localizeSentences("Not valid JSON.", "de")).not.toBe("Not valid JSON.");
    expect(localizeSentences("The same text as line 3.", "de")).toMatch(/3/);
    expect(localizeSentences("The same text as line 3.", "de")).not.toBe("The same text as line 3.");
  });

  it("translates a line with the same problem in two fields (probe: 'The text enthält ein NUL-Zeichen')", () => {
    const issues = createArticleInput.safeParse({ title: "a\u0000b", text: "c\u0000d" }).error!.issues;
    expect(issues).toHaveLength(2);
    const english = issues.map((issue) => localizeIssue(issue, "en")).join(" ");
    expect(localizeSentences(english, "de")).toBe(issues.map((issue) => localizeIssue(issue, "de")).join(" "));
  });

  it("leaves what the catalogue does not know as it is", () => {
    expect(localizeSentences("Something only a newer version says. And more.", "de")).toBe("Something only a newer version says. And more.");
  });
});
