import { describe, expect, it } from "vitest";
import { insideWord, trimmedSpan } from "@/lib/domain/claims/claim-spans";
import { isBlankCode } from "@/lib/domain/text/is-space-code";

// Where a claim may be split (hostile probe of stop 26): between words, never inside a word or inside
// one visible character made of several code points.

describe("split points", () => {
  it("refuses a cut inside a word and allows one at a space or punctuation", () => {
    const text = "Consumer prices rose, the ministry said.";
    expect(insideWord(text, text.indexOf("prices") + 3)).toBe(true);
    expect(insideWord(text, text.indexOf(" prices"))).toBe(false);
    expect(insideWord(text, text.indexOf("prices"))).toBe(false);
    expect(insideWord(text, text.indexOf(", the") + 1)).toBe(false);
    expect(insideWord("Is the slowdown real?", 1)).toBe(true);
  });

  it("refuses a cut inside a family emoji joined by zero-width joiners or a letter with a combining accent", () => {
    const family = "Prices 👨‍👩‍👧 rose.";
    const emoji = family.indexOf("👨");
    expect(insideWord(family, emoji + 2)).toBe(true); // after the man, before the joiner
    expect(insideWord(family, emoji + 3)).toBe(true);
    expect(insideWord(family, emoji)).toBe(false);
    const accent = "Cafe\u0301 prices rose.";
    expect(insideWord(accent, 4)).toBe(true);
  });
});

describe("a selection's edges", () => {
  it("trims whitespace and invisible characters (zero-width space, direction marks) but keeps what is between", () => {
    const body = "Intro. \u200B\u202ETaxes rose\u200B 5 percent.\u200F\u2060 Next.";
    const span = trimmedSpan(body, { start: body.indexOf(" \u200B"), end: body.indexOf(" Next") });
    expect(body.slice(span!.start, span!.end)).toBe("Taxes rose\u200B 5 percent.");
    expect(trimmedSpan("\u200B \u202E\u200F", { start: 0, end: 4 })).toBeNull();
  });

  it("counts exactly the whitespace and format characters of the Basic Multilingual Plane as blank", () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (/^[\s\p{Cf}]$/u.test(String.fromCharCode(code)) !== isBlankCode(code)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
