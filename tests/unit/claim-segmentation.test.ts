import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";

const sample = (file: string) => readFileSync(path.join(import.meta.dirname, "../../prisma/seed", file), "utf8");
const texts = (text: string, language?: "de" | "en") => extract(text, { language }).units.map((u) => text.slice(u.start, u.end));

describe("segmentation rules", () => {
  it("does not end a sentence at German and English abbreviations", () => {
    expect(texts("Es gibt z. B. Panzer, u. a. aus Russland. Dr. Müller sagte das.", "de")).toEqual([
      "Es gibt z. B. Panzer, u. a. aus Russland.",
      "Dr. Müller sagte das.",
    ]);
    expect(texts("The U.S. and Mr. Smith agreed, e.g. on oil. Prices fell.", "en")).toEqual([
      "The U.S. and Mr. Smith agreed, e.g. on oil.",
      "Prices fell.",
    ]);
  });

  it("keeps ordinal dates inside the sentence", () => {
    expect(texts("Am 22. April starben 20 Menschen. Am 3. Oktober 1990 kam die Einheit.", "de")).toEqual([
      "Am 22. April starben 20 Menschen.",
      "Am 3. Oktober 1990 kam die Einheit.",
    ]);
  });

  it("keeps a multi-sentence quotation together with its attribution, whatever the closing mark", () => {
    for (const [open, close] of [["„", "“"], ["„", "”"], ["“", "”"], ['"', '"'], ["«", "»"]]) {
      const text = `${open}Das ist wichtig. Es geht um viel.${close}, sagte der Minister. Danach ging er.`;
      expect(texts(text, "de")).toEqual([`${open}Das ist wichtig. Es geht um viel.${close}, sagte der Minister.`, "Danach ging er."]);
    }
  });

  it("treats line breaks as unit ends (headlines, list items)", () => {
    expect(texts("Russland und Indien rüsten auf\n\n- erster Punkt\n- zweiter Punkt", "de")).toEqual([
      "Russland und Indien rüsten auf",
      "- erster Punkt",
      "- zweiter Punkt",
    ]);
  });
});

describe("the sample articles", () => {
  it("splits article 1 as a careful reader would, with boilerplate at the end", () => {
    const text = sample("article-1-qingdao-defence-ministers.de.txt");
    const units = extract(text).units;
    const pieces = units.map((u) => text.slice(u.start, u.end));
    expect(pieces).toHaveLength(18);
    expect(pieces).toContain(
      "Nach dem jüngsten Terroranschlag am 22. April in Pahalgam, Jammu und Kaschmir, bei dem über 20 Menschen ums Leben kamen, versicherte der russische Minister seine Solidarität mit Indien.",
    );
    const quote = units.find((u) => text.slice(u.start, u.end).startsWith("„Dieses Treffen"))!;
    expect(text.slice(quote.start, quote.end)).toMatch(/\(…\) Es besteht.*“, berichteten die indischen Medien .*Verteidigungsministeriums\.$/);
    expect(quote.kind).toBe("quote");
    expect(quote.claimant?.text).toBe("die indischen Medien");
    expect(units.slice(-2).map((u) => u.kind)).toEqual(["boilerplate", "boilerplate"]);
    expect(units.find((u) => text.slice(u.start, u.end).startsWith("„Indien ist"))?.claimant?.text).toBe("Andrei Beloussow");
  });

  it("finds the oil claim in article 2 with its claimant and reasons", () => {
    const text = sample("article-2-lavrov-jaishankar-arms.de.txt");
    const unit = extract(text).units.find((u) => text.slice(u.start, u.end).startsWith("Laut dem russischen"))!;
    expect(text.slice(unit.start, unit.end)).toBe(
      "Laut dem russischen Energieminister Alexander Nowak ist Indien nach China der zweitgrößte Abnehmer von russischem Öl.",
    );
    expect(unit.claimant).toMatchObject({ text: "Alexander Nowak" });
    expect(text.slice(unit.claimant!.start, unit.claimant!.end)).toBe("Alexander Nowak");
    expect(unit.checkworthy).toBe(true);
    expect(unit.reasons).toContain("superlative: zweitgrößte ↑");
    expect(unit.reasons).toContain("attribution: Alexander Nowak ↑");
  });
});

describe("offsets (property-based)", () => {
  const pieces = fc.constantFrom(
    "Der Minister sagte am 7. Mai: ", "„Das ist so.“ ", "z. B. ", "U.S. ", "20 %", "👩‍👩‍👧", "e\u0301", "مرحبا بالعالم. ",
    "\r\n", "\u00a0", "\u200b", "\u202e", "\u200f", "\u2060", "\ufeff", "\n\n", "...", "(…)", "? ", "! ", "„", "“", '"', "»", " ", ".", "Öl", "A",
  );
  const arbitrary = fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme" })), { maxLength: 40 }).map((parts) => parts.join(""));

  // Between units lie only whitespace and invisible format characters (a zero-width space or a
  // direction mark at a sentence's edge belongs to no claim).
  const blank = (between: string) => between.replace(/[\s\p{Cf}]/gu, "");
  it("units never overlap, map back exactly and drop nothing but whitespace and invisible characters", () => {
    fc.assert(
      fc.property(arbitrary, fc.constantFrom("de" as const, "en" as const), (text, language) => {
        const { units } = extract(text, { language });
        let cursor = 0;
        for (const unit of units) {
          expect(unit.start).toBeGreaterThanOrEqual(cursor);
          expect(unit.end).toBeGreaterThan(unit.start);
          expect(blank(text.slice(cursor, unit.start))).toBe("");
          // (format characters of the Basic Multilingual Plane: the engine trims by UTF-16 code unit)
          expect(/^[\s\p{Cf}]|[\s\p{Cf}]$/u.test(text.slice(unit.start, unit.end).replace(/[\u{10000}-\u{10FFFF}]/gu, "x"))).toBe(false);
          for (const entity of unit.entities) expect(text.slice(entity.start, entity.end)).toBe(entity.text);
          // A claimant's name is written on one line ("des Statistischen\nBundesamtes"); its offsets mark those words.
          if (unit.claimant) expect(text.slice(unit.claimant.start, unit.claimant.end).replace(/\s+/g, " ")).toBe(unit.claimant.text);
          cursor = unit.end;
        }
        expect(blank(text.slice(cursor))).toBe("");
      }),
      { numRuns: 500 },
    );
  });
});
