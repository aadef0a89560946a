import { describe, expect, it } from "vitest";
import { countNonBlankLines, firstNonBlankLine, ndjsonLines } from "@/lib/domain/article/ndjson-lines";

describe("lines of an uploaded text", () => {
  it("numbers the lines that are not blank as an editor shows them (CRLF, blank and whitespace-only lines counted)", () => {
    const text = '{"a":1}\r\n\r\n  \t\n\u00a0\n{"b":2}\n{"c":3}';
    expect(ndjsonLines(text)).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 5, text: '{"b":2}' },
      { line: 6, text: '{"c":3}' },
    ]);
    expect(countNonBlankLines(text)).toBe(3);
    expect(firstNonBlankLine("\n\n  Titel der Meldung  \nText")).toBe("Titel der Meldung");
    expect(firstNonBlankLine(" \n\t\n")).toBeNull();
  });

  // Probe finding: 64 MB of empty lines became 67 million strings and ended the process.
  it("reads 64 MB of empty lines without making a string per line", () => {
    const text = "\n".repeat(64 * 1024 * 1024);
    expect(countNonBlankLines(text)).toBe(0);
    expect(ndjsonLines(text)).toEqual([]);
    expect(firstNonBlankLine(text)).toBeNull();
  });
});
