import { describe, expect, it } from "vitest";
import { createArticleInput } from "@/lib/validations/article";
import { createTeamInput } from "@/lib/validations/team";

// Hostile probe of stop 40: a team named with two combining accents and nothing else was created (it shows as nothing),
// and U+034F (combining grapheme joiner) passed into outlet names.
describe("names people read", () => {
  it("refuses a name of combining marks alone, and the combining grapheme joiner anywhere", () => {
    expect(createTeamInput.safeParse({ name: "\u0301\u0301" }).success).toBe(false);
    expect(createTeamInput.safeParse({ name: "Desk\u034F" }).success).toBe(false);
    const article = (outlet: string) => createArticleInput.safeParse({ title: "Titel", text: "Die Steuer stieg.", outlet });
    expect(article("Out\u034Flet").success).toBe(false);
    expect(article("\u0301").success).toBe(false);
  });

  it("keeps accents on their letters, in composed and decomposed form, and emoji", () => {
    expect(createTeamInput.safeParse({ name: "Re\u0301daction Genève" }).success).toBe(true);
    expect(createTeamInput.safeParse({ name: "Faktencheck ❤️" }).success).toBe(true);
    // Joiners where they join (re-probe of stop 40): an emoji sequence, a Persian word; a stray one stays refused.
    expect(createTeamInput.safeParse({ name: "👩‍💻 Desk" }).success).toBe(true);
    expect(createTeamInput.safeParse({ name: "🏳️‍🌈 Team" }).success).toBe(true);
    expect(createTeamInput.safeParse({ name: "میز\u200Cخبر" }).success).toBe(true);
    expect(createTeamInput.safeParse({ name: "Desk\u200D" }).success).toBe(false);
    expect(createTeamInput.safeParse({ name: "De\u200Csk" }).success).toBe(true);
    expect(createTeamInput.safeParse({ name: "Ab\u180Bcd" }).success).toBe(false);
    expect(createTeamInput.safeParse({ name: "Ab\u17B4cd" }).success).toBe(false);
    expect(createArticleInput.safeParse({ title: "Titel", text: "Die Steuer stieg.", outlet: "Süddeutsche" }).success).toBe(true);
  });
});
