import { describe, expect, it } from "vitest";
import { classifySentence } from "@/lib/domain/claims/extract";

// Engine read of stop 40: "im vergangenen Jahr" and "last month" stayed as written in a suggested wording, which is read
// long after the article; they now name the year or month, seen from the article's date (Thursday, 6 March 2025).
const THURSDAY = new Date("2025-03-06T10:00:00Z");
const wording = (sentence: string, language: "de" | "en") => classifySentence(sentence, { language, articleDate: THURSDAY }).suggestedWording;

describe("relative years and months in a suggested wording", () => {
  it("names the year or month a German sentence means", () => {
    expect(wording("Im vergangenen Jahr stieg die Zahl der Einbrüche in Köln um 5 Prozent.", "de")).toBe("2024 stieg die Zahl der Einbrüche in Köln um 5 Prozent");
    expect(wording("Die Zahl der Einbrüche stieg letztes Jahr um 5 Prozent.", "de")).toBe("Die Zahl der Einbrüche stieg 2024 um 5 Prozent");
    expect(wording("Letzten Monat verkaufte Volkswagen 300.000 Autos.", "de")).toBe("Im Februar 2025 verkaufte Volkswagen 300.000 Autos");
    expect(wording("Ende des vergangenen Jahres lag die Arbeitslosenquote bei 6 Prozent.", "de")).toBe("Ende 2024 lag die Arbeitslosenquote bei 6 Prozent");
    expect(wording("In diesem Jahr erwartet die Bundesbank 0,8 Prozent Wachstum.", "de")).toBe("2025 erwartet die Bundesbank 0,8 Prozent Wachstum");
    expect(wording("Im kommenden Monat beginnt der Bau der Brücke in Dresden.", "de")).toBe("Im April 2025 beginnt der Bau der Brücke in Dresden");
  });

  it("names the year or month an English sentence means, with the preposition it needs", () => {
    expect(wording("Sales at Tesco rose 5% last year.", "en")).toBe("Sales at Tesco rose 5% in 2024");
    expect(wording("Last year, the firm cut 300 jobs in Leeds.", "en")).toBe("In 2024, the firm cut 300 jobs in Leeds");
    expect(wording("Earlier this year, the council raised council tax by 4.99%.", "en")).toBe("Earlier in 2025, the council raised council tax by 4.99%");
    expect(wording("Inflation will fall below 2% by the end of this year.", "en")).toBe("Inflation will fall below 2% by the end of 2025");
    expect(wording("Last month saw record rainfall in Wales.", "en")).toBe("February 2025 saw record rainfall in Wales");
    expect(wording("Prices have risen 12% since last month.", "en")).toBe("Prices have risen 12% since February 2025");
  });

  it("leaves periods that are not the calendar's, or that a word before them governs", () => {
    expect(wording("Im letzten Jahr seiner Amtszeit senkte er die Steuern um 3 Prozent.", "de")).toContain("Im letzten Jahr seiner Amtszeit");
    expect(wording("Im Vergleich zum letzten Monat sank der Wert um 2 Prozent.", "de")).toContain("zum letzten Monat");
    expect(wording("Im vergangenen Jahrzehnt stieg die Zahl um 40 Prozent.", "de")).toContain("Im vergangenen Jahrzehnt");
    expect(wording("In den vergangenen Jahren stieg die Zahl um 40 Prozent.", "de")).toContain("In den vergangenen Jahren");
    expect(wording("Over the last year, prices rose 12%.", "en")).toContain("the last year");
    expect(wording("Last year's figures showed a 12% rise.", "en")).toContain("Last year's figures");
    expect(wording("The deal is expected in the next month or so.", "en")).toContain("the next month or so");
    expect(classifySentence("Sales rose 5% last year.", { language: "en" }).suggestedWording).toBe("Sales rose 5% last year");
  });
});
