import { describe, expect, it } from "vitest";
import { classifySentence } from "@/lib/domain/claims/extract";
import { claimantOf, unitsOf as units, unitTexts, wordingOf } from "../support/claim-sentence";

// Forms found by the engine read of stop 39: eight new articles (a German agency report, a Swiss local flood story, an
// interview, a court report pasted from a PDF; an English wire story, a health study, a column and a storm live blog).

const claimants = (text: string, language: "de" | "en") => units(text, language).map((unit) => unit.claimant);

describe("sentence ends", () => {
  it("ends a sentence after lower-case 'so', 'do' and 'art', which are words, while 'So.' and 'Art.' stay abbreviations", () => {
    expect(unitTexts("Das sehen nicht alle so. Die Gemeinde wusste seit Jahren davon.", "de")).toEqual(["Das sehen nicht alle so.", "Die Gemeinde wusste seit Jahren davon."]);
    expect(unitTexts("They know what they do. The plan works.", "en")).toEqual(["They know what they do.", "The plan works."]);
    expect(unitTexts("Das regelt Art. 5 des Grundgesetzes.", "de")).toEqual(["Das regelt Art. 5 des Grundgesetzes."]);
  });

  it("goes on past a word hyphenated at a line's end, and the wording joins it again", () => {
    const text = "Die Corona-\nPandemie endete 2023. Der Bundes-\ngerichtshof bestätigte das Urteil gegen die Mitar-\nbeiterin.";
    expect(units(text, "de").map(({ text, wording }) => [text.replace(/\n/g, "⏎"), wording])).toEqual([
      ["Die Corona-⏎Pandemie endete 2023.", "Die Corona-Pandemie endete 2023"],
      ["Der Bundes-⏎gerichtshof bestätigte das Urteil gegen die Mitar-⏎beiterin.", "Der Bundesgerichtshof bestätigte das Urteil gegen die Mitarbeiterin"],
    ]);
    expect(units("Es gilt Bundes-\nund Landesrecht.", "de")[0]!.wording).toBe("Es gilt Bundes- und Landesrecht");
  });

  it("takes an agency's slashed codes and a row of credits for furniture", () => {
    expect(units("Die Bahn fährt wieder.\n\ndpa-AFX/xy/DP/jha\n\nText: Sandra Meier · Bild: Keystone", "de").map((unit) => unit.kind)).toEqual(["claim", "boilerplate", "boilerplate"]);
  });
});

describe("who said it", () => {
  it("keeps the force's name in 'Police Scotland says' and the person after a lower-case office behind a quotation", () => {
    expect(claimantOf("Police Scotland says a man has died.", "en")).toBe("Police Scotland");
    expect(claimantOf('"We are ready," said Met Office chief meteorologist Neil Armitage.', "en")).toBe("Neil Armitage");
  });

  it("gives 'so der Sprecher' to the spokesman just quoted without a name, not to one named earlier", () => {
    const text =
      "„Die Bahn ist pünktlich“, sagte Verbandssprecher Jörg Winterfeld. Ein Sprecher des Ministeriums sagte, man habe 18 Mrd. Euro eingeplant. " +
      "Das seien so viele Mittel wie nie zuvor, so der Sprecher.";
    expect(claimants(text, "de")).toEqual(["Jörg Winterfeld", "Ein Sprecher des Ministeriums", "Sprecher des Ministeriums"]);
  });

  it("leaves a verb's particle or an adverb after the name out of the claimant", () => {
    const unit = classifySentence("„Im Nachhinein“, fügte Egli hinzu, „hätten wir früher informieren müssen.“", { language: "de" });
    expect([unit.claimant?.text, unit.suggestedWording]).toEqual(["Egli", "Im Nachhinein hätten wir früher informieren müssen"]);
    expect(claimantOf("Wie die Bahn weiter mitteilte, stieg die Zahl der Fahrgäste.", "de")).toBe("Bahn");
  });

  it("names who answers before a colon", () => {
    const unit = classifySentence("Egli bestritt das: Der Brief sei beantwortet worden.", { language: "de" });
    expect([unit.claimant?.text, unit.suggestedWording]).toEqual(["Egli", "Der Brief ist beantwortet worden"]);
  });
});

describe("suggested wording", () => {
  it("leaves out a German attribution in the present tense after a quotation", () => {
    expect(wordingOf("„Das stimmt nicht“, sagt Anna Berg.", "de")).toBe("Das stimmt nicht");
    expect(wordingOf("„Das stimmt nicht“, sagt die 67-Jährige.", "de")).toBe("Das stimmt nicht");
    expect(wordingOf("«Wir haben 43 Gebäude verloren», sagt er.", "de")).toBe("Wir haben 43 Gebäude verloren");
  });

  it("takes 'according to' out of the middle of a sentence, and keeps what follows the source about the figure", () => {
    expect(wordingOf("About 900,000 people in the UK live with dementia, according to the Alzheimer's Society, and the number is rising.", "en")).toBe(
      "About 900,000 people in the UK live with dementia, and the number is rising",
    );
    expect(wordingOf("The population grew by 1.2% last year, according to the Office for National Statistics, the fastest rise since 1948.", "en")).toBe(
      "The population grew by 1.2% last year, the fastest rise since 1948",
    );
    expect(wordingOf("The agency runs 160 schools, which, according to a Fox News report, teach 67,000 children.", "en")).toBe("The agency runs 160 schools, which teach 67,000 children");
    expect(wordingOf("Exports fell 3%, according to the Kiel Institute for the World Economy, a German research group.", "en")).toBe("Exports fell 3%");
  });

  it("takes a speaker between commas out of an English wording: a pronoun always, a name when it is the claimant", () => {
    expect(wordingOf("The 10,000-step target, she pointed out, has no scientific origin.", "en")).toBe("The 10,000-step target has no scientific origin");
    expect(wordingOf("For most people, experts say, it is at least a good start.", "en")).toBe("For most people it is at least a good start");
    expect(wordingOf("The plan, which the minister said would cost billions, was dropped.", "en")).toBe("The plan, which the minister said would cost billions, was dropped");
  });

  it("puts a time adverb in front when 'Laut X' goes before a verb that is not an auxiliary", () => {
    expect(wordingOf("Laut Winterfeld fallen derzeit etwa 4 Prozent aller Fernzüge komplett aus.", "de")).toBe("Derzeit fallen etwa 4 Prozent aller Fernzüge komplett aus");
  });

  it("resolves a deadline weekday forward unless the sentence's verb is in the past", () => {
    const monday = new Date("2025-02-17T10:00:00Z");
    const wording = (sentence: string, language: "de" | "en") => classifySentence(sentence, { language, articleDate: monday }).suggestedWording;
    expect(wording("The company expects most customers to be reconnected by Wednesday.", "en")).toBe("The company expects most customers to be reconnected by 19 February 2025");
    expect(wording("Die Bahn rechnet bis Mittwoch mit 30 Ausfällen.", "de")).toBe("Die Bahn rechnet bis zum 19. Februar 2025 mit 30 Ausfällen");
    expect(wording("The road was closed until Thursday.", "en")).toBe("The road was closed until 13 February 2025");
  });
});
