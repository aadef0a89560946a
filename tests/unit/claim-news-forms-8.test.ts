import { describe, expect, it } from "vitest";
import { entitiesOf, unitsOf as units, unitTexts, wordingOf } from "../support/claim-sentence";

// Forms found by the engine read of stop 38: eight new articles (an English court report, health study, wire story
// and press release; a German council report, club finances, an agency report with its codes, an interview).

const claimants = (text: string, language: "de" | "en") => units(text, language).map((unit) => unit.claimant);

describe("who said it", () => {
  it("gives a pronoun after a sentence about an office to that office's holder, not to the speaker quoted before", () => {
    const text =
      'Judge Rebecca Ashworth sentenced him to six years. Defending, Alison Greer said her client had repaid £180,000. ' +
      'The judge rejected that account. She said there was "no evidence whatsoever" that gambling had driven the offending.';
    expect(claimants(text, "en")).toEqual([null, "Alison Greer", null, "Rebecca Ashworth"]);
  });

  it("reads the speaker after a scene of its own and an apposition, so her later quotation is hers", () => {
    const text =
      "Outside court, Margaret Dunn, whose 91-year-old mother lived at the home until 2021, said the family had only learned of the theft from police. " +
      '"Mum trusted that place completely," she said.';
    expect(claimants(text, "en")).toEqual(["Margaret Dunn", "Margaret Dunn"]);
  });

  it("gives a speaker named by age alone to the person the sentence before was about", () => {
    expect(claimants("Trainer Uwe Koschinat lobte die Mannschaft. „Die Jungs ziehen voll mit“, sagte der 52-Jährige.", "de")).toEqual([null, "Uwe Koschinat"]);
  });

  it("closes a Swiss «…» quotation at its », so the agency's next sentence is not the speaker's", () => {
    const text = "«Die Bahn hat uns kein Angebot vorgelegt», sagte Reiß der Deutschen Presse-Agentur. Die Gewerkschaft fordert 8,5 Prozent mehr Lohn.";
    expect(claimants(text, "de")).toEqual(["Reiß", null]);
    // German »…« still runs on over paragraphs until its « closes.
    expect(claimants("»Wir sind bereit«, sagte Reiß. »Die Bahn muss jetzt liefern.\n\n»Sonst streiken wir.« Die Gewerkschaft fordert 8,5 Prozent.", "de")).toEqual([
      "Reiß",
      "Reiß",
      "Reiß",
      null,
    ]);
  });
});

describe("who said it, second part", () => {
  it("reads a speaker after a lower-case office, a study's authors after their finding, and a split quotation's long reporting clause", () => {
    expect(units("Shadow chancellor Mel Stride said that Reeves had broken her promise.", "en")[0]).toMatchObject({ claimant: "Mel Stride", wording: "Reeves had broken her promise" });
    expect(units("People who drank three cups a day were 12 per cent less likely to die, the researchers found.", "en")[0]).toMatchObject({
      claimant: "the researchers",
      wording: "People who drank three cups a day were 12 per cent less likely to die",
    });
    const [, quote] = units(
      'Chancellor Rachel Reeves welcomed the figures. "There is more to do," she told reporters on a visit to a factory in Derby, "but inflation is now heading in the right direction."',
      "en",
    );
    expect(quote).toMatchObject({ claimant: "Rachel Reeves", wording: "There is more to do, but inflation is now heading in the right direction" });
  });

  it("gives no earlier speaker a German sentence that names its own speaker the patterns cannot read", () => {
    const text = "Die Mieten seien langsamer gestiegen, sagte Kranich. Der Eigentümerverband Haus & Grund sagt, die Bremse habe den Neubau abgewürgt.";
    expect(claimants(text, "de")).toEqual(["Kranich", null]);
  });
});

describe("suggested wording", () => {
  it("takes out a speaker who said something after an event, before \"that\"", () => {
    expect(wordingOf("Governor Andrew Bailey said after that decision that the path for rates was gradually downwards.", "en")).toBe(
      "The path for rates was gradually downwards",
    );
  });

  it("puts no speaker in for a pronoun that may stand for someone or something else named first", () => {
    expect(wordingOf('The Care Quality Commission, which rated the home "inadequate" in 2023, said it had since been taken over by a new provider.', "en")).toBe(
      "It had since been taken over by a new provider",
    );
    expect(wordingOf('Sentencing him on Thursday, Judge Rebecca Ashworth said he had shown "breathtaking arrogance".', "en")).toBe("He had shown breathtaking arrogance");
    // The usual case stays: the company is what "it" stands for.
    expect(wordingOf("The company said it would cut 300 jobs.", "en")).toBe("The company will cut 300 jobs");
  });

  it("takes the speaker out after an opening scene or role", () => {
    expect(wordingOf("Defending, Alison Greer said her client had repaid £180,000.", "en")).toBe("Her client had repaid £180,000");
    expect(wordingOf("Outside court, Margaret Dunn said the family had only learned of the theft from police.", "en")).toBe(
      "The family had only learned of the theft from police",
    );
  });
});

describe("entities", () => {
  it("reads no day after a month that no month has", () => {
    expect(units("Der Streik soll im Dezember 48 Stunden dauern.", "de")).toHaveLength(1);
    expect(entitiesOf("Der Streik soll im Dezember 48 Stunden dauern.", "de")).toContain("date:Dezember");
    expect(entitiesOf("The vote is on March 5, 2025.", "en")).toContain("date:March 5, 2025");
  });
});

describe("furniture", () => {
  it("keeps a press release's contact lines, its wire's SOURCE line and its 'About' heading apart, as furniture", () => {
    const text =
      "Northwind will build 40 turbines, Fenwick added.\n\nAbout Northwind Energy\nNorthwind Energy Ltd is a developer based in Edinburgh.\n\n" +
      "Media contact:\nTom Reilly, Head of Communications\npress@northwind-energy.example\n+44 131 496 0000\n\nSOURCE Northwind Energy Ltd";
    expect(unitTexts(text, "en")).toEqual([
      "Northwind will build 40 turbines, Fenwick added.",
      "About Northwind Energy",
      "Northwind Energy Ltd is a developer based in Edinburgh.",
      "Media contact:",
      "Tom Reilly, Head of Communications",
      "press@northwind-energy.example",
      "+44 131 496 0000",
      "SOURCE Northwind Energy Ltd",
    ]);
    expect(units(text, "en").map((unit) => unit.kind)).toEqual(["claim", "boilerplate", "claim", "boilerplate", "claim", "boilerplate", "boilerplate", "boilerplate"]);
  });

  it("keeps an agency's codes and time stamp apart from each other and from the report, and a profile box's heading", () => {
    const text = "Die nächste Runde ist für den 21. März angesetzt.\n\ndpa mru/bal yyzz a3 fr\n141012 Mär 25";
    expect(units(text, "de").map((unit) => unit.kind)).toEqual(["claim", "boilerplate", "boilerplate"]);
    expect(units("Zur Person: Tobias Kranich, 47, leitet die Forschungsgruppe Wohnen.", "de")[0]!.kind).toBe("boilerplate");
  });
});
