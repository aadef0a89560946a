import { describe, expect, it } from "vitest";
import { classifySentence, extract } from "@/lib/domain/claims/extract";

const wording = (sentence: string, language: "de" | "en", articleDate?: Date) => classifySentence(sentence, { language, articleDate });

describe("suggested wording", () => {
  it("moves the attribution into the claimant and restores German word order", () => {
    const unit = wording("Laut dem russischen Energieminister Alexander Nowak ist Indien nach China der zweitgrößte Abnehmer von russischem Öl.", "de");
    expect(unit.suggestedWording).toBe("Indien ist nach China der zweitgrößte Abnehmer von russischem Öl");
    expect(unit.claimant?.text).toBe("Alexander Nowak");
    const english = wording("“India is the second-largest buyer of Russian oil,” US Treasury Secretary Scott Bessent claimed.", "en");
    expect(english.suggestedWording).toBe("India is the second-largest buyer of Russian oil");
  });

  it("drops leading connectives", () => {
    expect(wording("Zudem hat Indien verstärkt günstiges Öl aus Russland importiert.", "de").suggestedWording).toBe(
      "Indien hat verstärkt günstiges Öl aus Russland importiert",
    );
    expect(wording("However, exports rose 45 per cent to a record $12 billion, according to data from Kpler.", "en").suggestedWording).toBe(
      "Exports rose 45 per cent to a record $12 billion",
    );
    // A German conjunction before the subject goes, the word order stays; before a verb the subject is elsewhere.
    expect(wording("Aber die Zahlen der Studie sprechen eindeutig dagegen.", "de").suggestedWording).toBe("Die Zahlen der Studie sprechen eindeutig dagegen");
    expect(wording("Und Berlin plant 300 neue Stellen.", "de").suggestedWording).toBe("Berlin plant 300 neue Stellen");
    expect(wording("und kündigte 300 neue Stellen an.", "de").suggestedWording).toBe("Und kündigte 300 neue Stellen an");
    // The speaker stays where the rest goes on with the speaker as its subject.
    expect(wording("Scholz sagte, die Lage sei ernst, und kündigte ein Hilfspaket über 5 Milliarden Euro an.", "de").suggestedWording).toBe(
      "Scholz sagte, die Lage sei ernst, und kündigte ein Hilfspaket über 5 Milliarden Euro an",
    );
  });

  it("resolves relative days against the article's date, and only when it is known", () => {
    expect(wording("Russland hat gestern 20 Panzer geliefert.", "de", new Date("2025-05-03T10:00:00Z")).suggestedWording).toBe(
      "Russland hat am 2. Mai 2025 20 Panzer geliefert",
    );
    expect(wording("Russland hat gestern 20 Panzer geliefert.", "de").suggestedWording).toBe("Russland hat gestern 20 Panzer geliefert");
  });

  it("is part of every extracted unit except boilerplate, and never replaces the verbatim span", () => {
    const text = "Zudem hat Indien Öl importiert.\n\nSchreibe einen Kommentar";
    const [claim, boilerplate] = extract(text, { language: "de" }).units;
    expect(text.slice(claim!.start, claim!.end)).toBe("Zudem hat Indien Öl importiert.");
    expect(claim!.suggestedWording).toBe("Indien hat Öl importiert");
    expect(boilerplate!.suggestedWording).toBe("");
  });
});
