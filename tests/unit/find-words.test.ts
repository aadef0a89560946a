import { describe, expect, it } from "vitest";
import { findWords } from "@/lib/domain/article/find-words";

const body = "Indien ist nach China der zweitgrößte Abnehmer.\nDer Minister sagte, die Reform werde\nspätestens 2027 in Kraft treten. Indien ist groß.";

describe("words typed from the article", () => {
  it("are found where they stand, across a line break and whatever the spaces typed", () => {
    expect(findWords(body, "die Reform werde spätestens 2027")).toEqual([{ start: body.indexOf("die Reform"), end: body.indexOf(" in Kraft") }]);
    expect(findWords(body, "  zweitgrößte   Abnehmer. ")).toEqual([{ start: body.indexOf("zweitgrößte"), end: body.indexOf("\nDer") }]);
  });

  it("tell every place they stand, so a person can type more", () => {
    expect(findWords(body, "Indien ist")).toHaveLength(2);
  });

  it("are matched exactly first, then ignoring letter case; nothing for words not in the text, empty or special characters", () => {
    expect(findWords(body, "der minister")).toEqual([{ start: body.indexOf("Der Minister"), end: body.indexOf(" sagte") }]);
    expect(findWords(body, "Der")).toEqual([{ start: body.indexOf("Der"), end: body.indexOf("Der") + 3 }]);
    expect(findWords(body, "Brasilien")).toEqual([]);
    expect(findWords(body, "   ")).toEqual([]);
    expect(findWords(body, "(.*)")).toEqual([]);
    expect(findWords(body, "x".repeat(2001))).toEqual([]);
  });
});
