import { describe, expect, it } from "vitest";
import { mixedScripts } from "@/lib/domain/text/mixed-scripts";

// Walk of stop 37: "Bild" three times in the outlet list, two of them with Cyrillic look-alike letters.
describe("mixedScripts", () => {
  it("names the alphabets of a name that mixes look-alike letters", () => {
    expect(mixedScripts("B\u0456ld")).toEqual(["Latin", "Cyrillic"]);
    expect(mixedScripts("\u0412ild")).toEqual(["Latin", "Cyrillic"]);
    expect(mixedScripts("\u0430\u0440\u0440\u04cf\u0435.com")).toEqual(["Latin", "Cyrillic"]);
    expect(mixedScripts("\u03bfnline News")).toEqual(["Latin", "Greek"]);
    expect(mixedScripts("T\u0430z Daily")).toEqual(["Latin", "Cyrillic"]);
  });

  it("leaves a name in one alphabet alone, with digits, marks and accents", () => {
    for (const name of ["Bild", "Süddeutsche Zeitung", "Известия", "Καθημερινή", "t-online.de", "20 Minuten", "東京新聞", "ΟΔΟΣ News", "Новая газета Europe"]) {
      expect(mixedScripts(name), name).toEqual([]);
    }
  });
});
