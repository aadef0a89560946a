import { describe, expect, it } from "vitest";
import { HIT_END, HIT_START, readMarkedSnippet } from "@/lib/domain/search/marked-snippet";

describe("readMarkedSnippet", () => {
  it("gives plain text and each hit's offsets; real guillemets and emoji stay text", () => {
    const marked = `Der ${HIT_START}Stadtrat${HIT_END} sagte «Die Mieten» 😀 ${HIT_START}stiegen${HIT_END}.`;
    const { snippet, highlights } = readMarkedSnippet(marked);
    expect(snippet).toBe("Der Stadtrat sagte «Die Mieten» 😀 stiegen.");
    expect(highlights.map(([start, end]) => snippet.slice(start, end))).toEqual(["Stadtrat", "stiegen"]);
  });

  it("ignores an end without a start and an empty hit", () => {
    expect(readMarkedSnippet(`a${HIT_END}b${HIT_START}${HIT_END}c`)).toEqual({ snippet: "abc", highlights: [] });
  });
});
