import { describe, expect, it } from "vitest";
import { claimantOf as claimant, entitiesOf as entities, unitTexts, wordingOf as wording } from "../support/claim-sentence";

// Wire-copy forms the hostile probe of stop 24 found read wrongly: speakers with an age or a party tag,
// groups with an adjective or a place, trailing attributions, datelines, German fronted sources, and
// entities (capitals, aliases, dotted abbreviations, Sunday papers, acronyms of things).


describe("speakers in wire copy", () => {
  it("takes the name before an age, a party tag or an office without an article", () => {
    expect(claimant("Smith, 54, said the company had cut 1,200 jobs since March.", "en")).toBe("Smith");
    expect(wording("Smith, 54, said the company had cut 1,200 jobs since March.", "en")).toBe("The company had cut 1,200 jobs since March");
    expect(claimant("Senator Elizabeth Warren, D-Mass., said the bill would raise $300 billion.", "en")).toBe("Elizabeth Warren");
    expect(claimant("Ricarda Lang, Mitglied des Bundestages, sagte, die Partei habe 10.000 neue Mitglieder gewonnen.", "de")).toBe("Ricarda Lang");
    expect(wording("Ricarda Lang, Mitglied des Bundestages, sagte, die Partei habe 10.000 neue Mitglieder gewonnen.", "de")).toBe(
      "Die Partei hat 10.000 neue Mitglieder gewonnen",
    );
    expect(claimant("Der Sprecher des Auswärtigen Amts, Martin Giese, sagte, Deutschland habe 500 Millionen Euro bereitgestellt.", "de")).toBe("Martin Giese");
  });

  it("takes no sentence opening, clause or English filler for a speaker", () => {
    expect(claimant("Zu der Frage, ob Apotheken impfen werden, sagte Schmidt: «Ich glaube nicht.»", "de")).not.toBe("Zu der Frage");
    expect(claimant("Diese Fakten, gepaart mit ihrer Vermeidung von Impfungen, erklären, warum die Amish gesund sind.", "de")).toBeUndefined();
    expect(claimant("That's why Senator Hagel, Republican, says, you know: beyond pitiful.", "en")).not.toBe("Republican");
  });

  it("finds groups with an adjective or a place", () => {
    expect(claimant("French officials said 14 people were killed in the attack.", "en")).toBe("French officials");
    expect(wording("French officials said 14 people were killed in the attack.", "en")).toBe("14 people were killed in the attack");
    expect(claimant("Officials in Ohio said the train carried 20 cars of hazardous chemicals.", "en")).toBe("Officials in Ohio");
  });
});

describe("suggested wording without the attribution", () => {
  it("drops where and when it was said up to 'that', and a pronoun's trailing 'he said'", () => {
    expect(wording("The Treasury said in a statement that the deficit reached $2 trillion last year.", "en")).toBe("The deficit reached $2 trillion last year");
    expect(wording("“We lost 300 tanks in a single week,” he said.", "en")).toBe("We lost 300 tanks in a single week");
    expect(wording("„Ich kommentiere keine Umfragen“, sagte er.", "de")).toBe("Ich kommentiere keine Umfragen");
  });

  it("drops a trailing speaker with two descriptions, and keeps what was added", () => {
    expect(wording("“Rates will stay high through 2025,” said Jane Doe, chief economist at Acme Bank, in an interview.", "en")).toBe("Rates will stay high through 2025");
    expect(wording("“The economy grew by 3 percent,” Yellen told reporters in Washington, adding that inflation had eased.", "en")).toBe(
      "The economy grew by 3 percent, and inflation had eased",
    );
    // A colon opens a quotation: nothing after it is taken for the attribution.
    expect(wording("Zu der Frage, ob Apotheken impfen, sagte Schmidt (ab Minute 34:00): «Ich glaube nicht, dass wir gebraucht werden, weil die Quote hoch ist.»", "de")).toContain(
      "Ich glaube nicht",
    );
  });

  it("drops a dateline of a city in capitals, but no acronym in front of a dash", () => {
    expect(wording("LONDON — The Bank of England raised rates to 5.25 percent on Thursday.", "en")).toBe("The Bank of England raised rates to 5.25 percent on Thursday");
    expect(wording("WHO – mir graut vor dir.", "de")).toBe("WHO – mir graut vor dir");
  });

  it("puts a German sentence in order after its fronted source: time or place first where the subject comes later", () => {
    expect(wording("Nach Angaben des Statistischen Landesamts Thüringen lebten Ende 2023 rund 2,1 Millionen Menschen in dem Freistaat.", "de")).toBe(
      "Ende 2023 lebten rund 2,1 Millionen Menschen in dem Freistaat",
    );
    expect(wording("Nach Angaben der Polizei wurden bei dem Unfall drei Menschen verletzt.", "de")).toBe("Bei dem Unfall wurden drei Menschen verletzt");
    expect(wording("Laut Polizei sind in der Nacht 40 Autos beschädigt worden.", "de")).toBe("In der Nacht sind 40 Autos beschädigt worden");
    expect(wording("Wie das Innenministerium in Stuttgart mitteilte, wurden im vergangenen Jahr 1.200 Messerangriffe registriert.", "de")).toBe(
      "Im vergangenen Jahr wurden 1.200 Messerangriffe registriert",
    );
    expect(wording("Das Unternehmen teilte mit, der Umsatz sei im dritten Quartal um 12 Prozent gestiegen.", "de")).toBe("Der Umsatz ist im dritten Quartal um 12 Prozent gestiegen");
  });

  it("keeps the full stop of a dotted abbreviation at the end", () => {
    expect(wording("I am a graduate of the U.S.", "en")).toBe("I am a graduate of the U.S.");
  });
});

describe("entities and boundaries in wire copy", () => {
  it("reads a city in capitals as a place, aliases as countries, and U.S. and U.K. whole", () => {
    expect(entities("BERLIN (dpa) - Die Zahl der Arbeitslosen ist im Oktober gestiegen.", "de")).toContain("place:BERLIN");
    expect(entities("Britain imported 40 percent of its gas from Norway.", "en")).toContain("place:Britain");
    expect(entities("America is at peace.", "en")).toEqual(["place:America"]);
    expect(entities("The plant exports to the U.S. and the U.K. every year.", "en")).toEqual(["place:U.S.", "place:U.K."]);
  });

  it("names organisations whole and leaves acronyms of things and Sunday papers out of dates", () => {
    expect(entities("Acme Bank said the Bank of England raised rates.", "en")).toEqual(["organisation:Acme Bank", "organisation:Bank of England"]);
    expect(entities("Laut Bundesbank stiegen die Preise.", "de")).toEqual(["organisation:Bundesbank"]);
    expect(entities("Das BIP sank, die PCR-Tests und COVID-19 auch.", "de").filter((e) => e.startsWith("organisation"))).toEqual([]);
    expect(entities("Das sagte der Minister der Bild am Sonntag.", "de")).toEqual(["organisation:Bild am Sonntag"]);
  });

  it("keeps a number's currency and unit", () => {
    expect(entities("The deficit reached $2 trillion, or 45 per cent of output.", "en")).toEqual(["number:$2 trillion", "number:45 per cent"]);
    // With its sign, four digits are money, not a year.
    expect(entities("It's from $4000 to about $2000 in 2008.", "en")).toEqual(["number:$4000", "number:$2000", "date:2008"]);
  });

  it("ends a sentence after 'U.S.' where the next word opens one, not before a name", () => {
    const text = "The plant exports most of its output to the U.S. It now employs 4,000 people. The U.S. Senate passed the bill.";
    expect(unitTexts(text, "en")).toEqual([
      "The plant exports most of its output to the U.S.",
      "It now employs 4,000 people.",
      "The U.S. Senate passed the bill.",
    ]);
  });
});
