import { describe, expect, it } from "vitest";
import { splitHeadline, titleFromText } from "@/lib/domain/article/title-from-text";

describe("a title for an uploaded text without one", () => {
  it("takes a short first line whole, else the first sentence, cut at a word with an ellipsis", () => {
    expect(titleFromText("\n\nHaushalt 2025: Lindner legt Entwurf vor\n\nDie Bundesregierung …")).toBe("Haushalt 2025: Lindner legt Entwurf vor");
    expect(titleFromText("Die Bundesregierung hat am Mittwoch den Haushalt beschlossen. Er sieht Ausgaben von 480 Milliarden Euro vor.")).toBe("Die Bundesregierung hat am Mittwoch den Haushalt beschlossen.");
    const long = `Die Bundesregierung hat am Mittwoch den Entwurf für den Haushalt 2025 beschlossen, der Ausgaben von insgesamt 480,6 Milliarden Euro und neue Kredite vorsieht`;
    const title = titleFromText(long)!;
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith("…")).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(long[title.length - 1]).toBe(" ");
    expect(titleFromText("  \n ")).toBeNull();
  });
});

describe("splitHeadline", () => {
  it("takes a heading line with a blank line after it off the text (it was the title and a claim of its own)", () => {
    expect(splitHeadline("Council tax to rise by 4.99 per cent in Leeds\n\nLeeds City Council will raise council tax.")).toEqual({
      headline: "Council tax to rise by 4.99 per cent in Leeds",
      body: "Leeds City Council will raise council tax.",
    });
    expect(splitHeadline("\r\n  Is this enough?  \r\n\r\nThe plan adds 2,000 places.")).toEqual({ headline: "Is this enough?", body: "The plan adds 2,000 places." });
  });

  it("leaves a first sentence, a hard-wrapped line, a lone line and an overlong line where they are", () => {
    expect(splitHeadline("The council said on Tuesday.\n\nIt will raise council tax.")).toBeNull();
    expect(splitHeadline("The government said on Tuesday that it would cut taxes for\nfamilies by 4 percent.")).toBeNull();
    expect(splitHeadline("Only a headline\n\n")).toBeNull();
    expect(splitHeadline(`${"Sehr lange Zeile ".repeat(10)}\n\nText.`)).toBeNull();
  });
});

