import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";

// Engine read of stop 41: eight new articles (a Bavarian hospital closure, a club's finances hard-wrapped at 70
// characters, an earnings wire, a newsletter).
const units = (text: string, language: "de" | "en") => extract(text, { language }).units.map((unit) => ({ ...unit, text: text.slice(unit.start, unit.end) }));

describe("news forms of stop 41", () => {
  it("goes on past an abbreviation at a line's end when the next line starts in lower case", () => {
    const found = units("Der Club habe bewusst in den Kader investiert, u. a.\nin die Verpflichtung von drei Spielern aus der 2. Bundesliga.", "de");
    expect(found.map((unit) => unit.text)).toEqual(["Der Club habe bewusst in den Kader investiert, u. a.\nin die Verpflichtung von drei Spielern aus der 2. Bundesliga."]);
    // A post's author with an initial stays apart from the line under it.
    expect(units("Simone S.\nvor 23 Minuten", "de")).toHaveLength(2);
  });

  it("reads datelines with a district, an agency or a byline as furniture", () => {
    const text = "Frankfurt/Main (dpa) – 03.06.2025\n\nNürnberg, 21.10.2024 / Von Thomas Brunner\n\nWaldkirchen (Lkr. Freyung-Grafenau), 14. Mai 2025.\n\nDie Preise stiegen im Mai um 3 Prozent.";
    expect(units(text, "de").map((unit) => unit.kind)).toEqual(["boilerplate", "boilerplate", "boilerplate", "claim"]);
  });

  it("reads the titles listed under 'Read more:' and a 'Mehr zum Club:' teaser as furniture", () => {
    const english = units("Northwind employs about 9,200 people.\n\nRead more:\nAmazon to deploy 750,000 robots in its warehouses\nTariff fears weigh on U.S. industrial stocks\n\nShares rose 4% on Tuesday.", "en");
    expect(english.map((unit) => unit.kind)).toEqual(["claim", "boilerplate", "boilerplate", "boilerplate", "claim"]);
    expect(english[2]!.checkworthy).toBe(false);
    const german = units("Mehr zum Club: Trainer Fiél: „Wir brauchen Geduld“", "de");
    expect(german.every((unit) => unit.kind === "boilerplate")).toBe(true);
  });

  it("keeps a club's number in the wording", () => {
    const [unit] = units("1. FC Nürnberg meldet einen Verlust von 7,8 Millionen Euro.", "de");
    expect(unit!.suggestedWording).toBe("1. FC Nürnberg meldet einen Verlust von 7,8 Millionen Euro");
  });

  it("takes the speaker out of wordings the engine read of stop 41 left them in", () => {
    const [, training] = units("Chief executive Jane Doe spoke at the conference. She said a single training run for a frontier model now costs upwards of $100 million.", "en");
    expect(training!.suggestedWording).toBe("A single training run for a frontier model now costs upwards of $100 million");
    // "said a lot of things" is what was said about, not a clause.
    expect(units("She said a lot of things that were false.", "en")[0]!.suggestedWording).toBe("She said a lot of things that were false");
    const [committee] = units("Dr. Fei-Fei Li, co-director of the Stanford institute, told a Senate committee yesterday that compute costs doubled.", "en");
    expect(committee!.claimant?.text).toBe("Fei-Fei Li");
    expect(committee!.suggestedWording).toBe("Compute costs doubled");
    const [report] = units("Heat deaths in Europe rose 30% in a decade, the report found.", "en");
    expect(report!.claimant?.text).toBe("the report");
    expect(report!.suggestedWording).toBe("Heat deaths in Europe rose 30% in a decade");
  });

  it("reads a sentence naming a filing or a published report as the source of the one before", () => {
    const english = units("Northwind employs about 9,200 people. That's according to the company's annual filing.", "en");
    expect(english[0]!.claimant?.text).toBe("the company's annual filing");
    expect(english[1]!.checkworthy).toBe(false);
    const german = units("Der Club hat einen Verlust von 7,8 Millionen Euro gemacht. Das geht aus dem Finanzbericht hervor, den der Zweitligist am Montag vorgelegt hat.", "de");
    expect(german[1]!.kind).toBe("other");
    expect(german[1]!.checkworthy).toBe(false);
  });

  it("finds no organisations in a line of capitals, and keeps two acronyms side by side", () => {
    const entities = (text: string) => units(text, "en").flatMap((unit) => unit.entities.filter((entity) => entity.type === "organisation").map((entity) => entity.text));
    expect(entities("THE WEEKLY BYTE - Issue #212")).toEqual([]);
    expect(entities("TOP STORY")).toEqual([]);
    expect(entities("SAN JOSE, Calif. (Reuters) - Northwind said on Tuesday its revenue rose 12%.")).toEqual([]);
    expect(entities("The US FDA approved the drug, NATO and the EU said.")).toEqual(["FDA", "NATO", "EU"]);
  });
});
