import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/domain/language/detect-language";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";

describe("detectLanguage", () => {
  it("recognises German news text", () => {
    expect(detectLanguage("Laut dem russischen Energieminister ist Indien nach China der zweitgrößte Abnehmer von russischem Öl.")).toBe("de");
  });

  it("recognises English news text", () => {
    expect(detectLanguage("India is the second-largest buyer of Russian oil after China, the minister said.")).toBe("en");
  });

  it("falls back when there is nothing to go on", () => {
    expect(detectLanguage("12345", "de")).toBe("de");
  });
});

describe("localeFromAcceptLanguage", () => {
  it("picks the best supported language by weight", () => {
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7")).toBe("de");
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9")).toBe("en");
  });

  it("returns null when no supported language is acceptable", () => {
    expect(localeFromAcceptLanguage("fr,es;q=0.5")).toBeNull();
    expect(localeFromAcceptLanguage("de;q=0")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });
});
