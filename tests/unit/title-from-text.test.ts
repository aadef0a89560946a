import { describe, expect, it } from "vitest";
import { titleFromText } from "@/lib/domain/article/title-from-text";

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
