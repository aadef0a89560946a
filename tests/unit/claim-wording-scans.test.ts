import { describe, expect, it } from "vitest";
import { inIndicative } from "@/lib/domain/claims/german-indicative";
import { Marking, markings } from "@/lib/domain/claims/wording-marks";

// The suggested wording's character scans replace regular expressions for speed; each must answer
// exactly as the expression it replaces, on random strings of the characters that matter.

const ALPHABET = [..."ab Zä-)—–\t\n\u00a0\u2009\u200b\u200f\u202e\u00ad\ufeff\"„“”«»,.", "𝐀", "😀", "sei", "habe", "respektiere", "Respektiere", "ich", "denn", "Gott "];
function randomTexts(count: number, seed = 7): string[] {
  let state = seed;
  const next = () => ((state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const texts: string[] = [];
  for (let t = 0; t < count; t++) {
    let text = "";
    const length = 1 + Math.floor(next() * 14);
    for (let k = 0; k < length; k++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
    texts.push(text);
  }
  return texts;
}

describe("markings", () => {
  it("finds what the regular expressions it replaces find", () => {
    for (const text of randomTexts(20_000)) {
      const marks = markings(text);
      expect([text, (marks & Marking.Invisible) !== 0]).toEqual([text, /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/.test(text)]);
      expect([text, (marks & Marking.BracketThenSpace) !== 0]).toEqual([text, text.includes(") ")]);
      expect([text, (marks & Marking.SpaceThenDash) !== 0]).toEqual([text, text.includes(" —") || text.includes(" –")]);
      expect([text, (marks & Marking.SpacesToJoin) !== 0]).toEqual([text, /\s\s|[\n\t]/.test(text)]);
      expect([text, (marks & Marking.Quote) !== 0]).toEqual([text, /["„“”«»]/.test(text)]);
    }
  });
});

describe("inIndicative", () => {
  // The pattern the word scan stands in for.
  const FORMS = "sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|liege|stehe|gehe|komme|bleibe|wisse|fehle|brauche|plane|arbeite|lebe|bestehe|zeige|steige|sinke|zahle|koste|betrage|erhalte|verliere|falle|wachse|gelte|halte|sehe|nehme|führe|mache|erwarte|rechne|drohe|treffe";
  const HAS_SUBJUNCTIVE = new RegExp(`(?<![\\p{L}-])(?:${FORMS}|\\p{Ll}{3,}iere)(?![\\p{L}-])`, "u");

  it("changes a text exactly when the subjunctive pattern matches it (and it is not in the first person)", () => {
    for (const text of randomTexts(20_000, 11)) {
      const expected = HAS_SUBJUNCTIVE.test(text) && !/(?<!\p{L})[Ii]ch(?!\p{L})/u.test(text);
      const changed = inIndicative(text) !== text;
      // A match of a fixed phrase only ("sei denn") keeps the text: then the pattern matched all the same.
      if (changed) expect([text, expected]).toEqual([text, true]);
      if (!expected) expect([text, changed]).toEqual([text, false]);
    }
  });

  it("reads whole words only", () => {
    expect(inIndicative("Die Lage sei ernst")).toBe("Die Lage ist ernst");
    expect(inIndicative("Man respektiere das")).toBe("Man respektiert das");
    expect(inIndicative("Das Seiende sei-nah und 𝐀sei")).toBe("Das Seiende sei-nah und 𝐀sei");
    expect(inIndicative("Ich habe recht")).toBe("Ich habe recht");
    expect(inIndicative("Es sei denn, er komme")).toBe("Es sei denn, er kommt");
  });
});
