import { describe, expect, it } from "vitest";
import { englishMessages, germanMessages } from "../support/catalogue";

describe("message catalogues", () => {
  it("have exactly the same keys in English and German", () => {
    const english = [...englishMessages.keys()].sort();
    const german = [...germanMessages.keys()].sort();
    expect(english.filter((key) => !germanMessages.has(key)), "only in en.json").toEqual([]);
    expect(german.filter((key) => !englishMessages.has(key)), "only in de.json").toEqual([]);
  });

  it("use the same placeholders in both languages (German may leave out an English plural ending)", () => {
    // A plural's branches ("one {hat} other {haben}") are words, not placeholders.
    const placeholders = (text: string) => [...new Set([...text.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)\s*[,}]/g)].map((match) => match[1]))].sort();
    const differing = [...englishMessages].filter(
      ([key, english]) => placeholders(english).filter((name) => name !== "plural").join() !== placeholders(germanMessages.get(key) ?? "").join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});
