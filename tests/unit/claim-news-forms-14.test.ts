import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";
import { readUnits } from "../support/claim-units";

// Engine read of stop 44: ten texts a desk meets besides wire copy (a court report, a live blog, a pasted social-media
// thread, a PDF economic report, a police report, a fact-check). Each case below was wrong in that read.
const units = readUnits;

describe("a pasted social-media thread", () => {
  const thread = [
    "@RealPatriotDan · 2h",
    "BREAKING: The government just admitted that 1 in 5 vaccinated people developed heart problems!!!",
    "",
    "Reply from @DrKateNguyen:",
    "The CDC report he screenshotted says myocarditis occurred in about 1 in 50,000 doses among young men.",
    "",
    "@RealPatriotDan:",
    "Bill Gates owns 80% of the vaccine companies.",
    "",
    "Liked by 14,200 people",
  ].join("\n");

  it("names each post's account as its claimant, and reads account lines and counters as page furniture", () => {
    const found = units(thread, "en");
    const byText = (start: string) => found.find((unit) => unit.text.startsWith(start))!;
    expect(byText("BREAKING")).toMatchObject({ claimant: "@RealPatriotDan", wording: "The government just admitted that 1 in 5 vaccinated people developed heart problems" });
    expect(byText("The CDC report").claimant).toBe("@DrKateNguyen");
    expect(byText("Bill Gates").claimant).toBe("@RealPatriotDan");
    for (const line of ["@RealPatriotDan · 2h", "Reply from @DrKateNguyen:", "@RealPatriotDan:", "Liked by 14,200 people"]) expect(byText(line).kind, line).toBe("boilerplate");
  });

  it("takes a handle alone on a line for a mention, not for whose post follows", () => {
    const [mention, post] = units("@Laurestar\nI congratulate the Board on its results.", "en");
    expect(mention!.kind).toBe("boilerplate");
    expect(post!.claimant).toBeNull();
  });
});

describe("live blogs and reports of stop 44", () => {
  it("reads a live blog's time stamps and a report's editorial deadline as boilerplate", () => {
    for (const line of ["09:12 GMT", "11.45 Uhr", "Updated 10:05", "Redaktionsschluss: 8. März 2024"]) expect(units(line, line.includes("Uhr") || line.startsWith("R") ? "de" : "en")[0]!.kind, line).toBe("boilerplate");
    expect(units("The talks ended at 09:12 GMT on Monday.", "en")[0]!.kind).not.toBe("boilerplate");
  });

  it("ends a sentence after 'p.m.' before a capitalised word, but not before a time zone", () => {
    expect(units("The meeting ended at 11 p.m. Officials then left the building.", "en").map((unit) => unit.text)).toEqual([
      "The meeting ended at 11 p.m.",
      "Officials then left the building.",
    ]);
    expect(units("The polls close at 8 p.m. ET on Tuesday, officials said.", "en")).toHaveLength(1);
  });

  it("goes on past a semicolon at a line's end when the next line starts in lower case", () => {
    const pdf = "Die Bundesregierung erwartet für 2024 nur noch ein Wachstum von 0,2 %;\nim Herbst war sie noch von 1,3 % ausgegangen.";
    expect(units(pdf, "de")).toHaveLength(1);
  });

  it("takes a source hyphenated across lines whole, and out of the wording", () => {
    const [unit] = units("Im Gesamtjahr 2023 schrumpfte die deutsche Wirtschaft nach Angaben des Statis-\ntischen Bundesamtes (Destatis) um 0,3 %.", "de");
    expect(unit).toMatchObject({ claimant: "Statistisches Bundesamt", wording: "Im Gesamtjahr 2023 schrumpfte die deutsche Wirtschaft um 0,3 %" });
  });
});

describe("English wordings of stop 44", () => {
  it("keeps what the speaker went on to claim, and drops what they went on to warn", () => {
    const arteta = 'Mikel Arteta, the Arsenal manager, said his side "deserved at least a point" and claimed the referee had missed "two clear penalties".';
    expect(units(arteta, "en")[0]).toMatchObject({ claimant: "Mikel Arteta", wording: "His side deserved at least a point, and the referee had missed two clear penalties" });
    const morales = "Dan Morales, an analyst at Baird, said the numbers were strong but added that investors were nervous.";
    expect(units(morales, "en")[0]!.wording).toBe("The numbers were strong, but investors were nervous");
    const warned = "Dr. Markus Feld, an economist at IWE, said services inflation remained stubborn at 4.0% and warned that the ECB risked moving too early.";
    expect(units(warned, "en")[0]!.wording).toBe("Services inflation remained stubborn at 4.0%");
  });

  it("names a body without the kind of body it is", () => {
    expect(units("Congestion cost the average driver 97 hours last year, according to the traffic analytics firm INRIX.", "en")[0]!.claimant).toBe("INRIX");
    expect(units("Revenue rose 12 percent, according to the drugmaker Pfizer.", "en")[0]!.claimant).toBe("Pfizer");
    expect(units("The unemployment rate fell to 3.9 percent, the consultancy Capital Economics said.", "en")[0]).toMatchObject({ claimant: "Capital Economics", wording: "The unemployment rate fell to 3.9 percent" });
    expect(units("Prices will rise, the former president Donald Trump said.", "en")[0]!.claimant).toBe("Donald Trump");
  });

  it("keeps a sentence whole where 'it' may mean what a relative clause named", () => {
    const company = "The company, which employs 4,000 people in St. Louis, said last month that it would close its plant.";
    expect(units(company, "en")[0]!.wording).toBe("The company, which employs 4,000 people in St. Louis, said last month that it would close its plant");
  });

  it("drops the second 'that' once a pronoun speaker is out", () => {
    const [, resign] = units("Mark Hill spoke on Monday. He said he would not resign and that the allegations were false.", "en");
    expect(resign!.wording).toBe("He will not resign, and the allegations were false");
  });
});

describe("German wordings of stop 44", () => {
  it("keeps 'ein 71 Jahre alter Autofahrer' together when the verb goes back", () => {
    const police = "Wie die Polizei am Donnerstag mitteilte, war ein 71 Jahre alter Autofahrer gegen 18.45 Uhr beim Abbiegen mit der Frau zusammengestoßen.";
    expect(units(police, "de")[0]).toMatchObject({ claimant: "Polizei", wording: "Ein 71 Jahre alter Autofahrer war gegen 18.45 Uhr beim Abbiegen mit der Frau zusammengestoßen" });
  });

  it("resolves 'seit vergangenem Freitag' and 'seit letztem Montag' in the dative", () => {
    expect(units("Der Beitrag wurde seit vergangenem Freitag mehr als 45.000 Mal geteilt.", "de", "2024-09-10")[0]!.wording).toBe(
      "Der Beitrag wurde seit dem 6. September 2024 mehr als 45.000 Mal geteilt",
    );
    expect(units("Seit letztem Montag ist die Brücke gesperrt.", "de", "2024-09-10")[0]!.wording).toBe("Seit dem 9. September 2024 ist die Brücke gesperrt");
  });

  it("takes out a source with its claimant's title in the middle, and a speaker described with 'für' or an adjective", () => {
    expect(units("Die Ukraine habe nach Angaben von Präsident Wolodymyr Selenskyj bislang 7 Patriot-Systeme erhalten.", "de")[0]).toMatchObject({
      claimant: "Wolodymyr Selenskyj",
      wording: "Die Ukraine hat bislang 7 Patriot-Systeme erhalten",
    });
    const ministry = "Eine Sprecherin des Bundesministeriums für Gesundheit sagte, die Zahl der Masernfälle habe sich im Vergleich zum Vorjahr verdoppelt.";
    expect(units(ministry, "de")[0]!.wording).toBe("Die Zahl der Masernfälle hat sich im Vergleich zum Vorjahr verdoppelt");
    const haase = "Der haushaltspolitische Sprecher Christian Haase (CDU) sagte, die Zinslast steige bis 2028 auf 60 Milliarden Euro.";
    expect(units(haase, "de")[0]).toMatchObject({ claimant: "Christian Haase", wording: "Die Zinslast steigt bis 2028 auf 60 Milliarden Euro" });
  });

  it("gives no earlier speaker to a sentence whose own subject denies, doubts or asks", () => {
    const found = units("Der Minister bestritt, von den Zahlungen gewusst zu haben. Der Konzern dementierte, dass er Schmiergeld an Beamte gezahlt habe. Sie fragte, ob die Regierung die Zahlen geschönt habe.", "de");
    expect(found.map((unit) => unit.claimant)).toEqual(["Minister", null, null]);
  });
});

describe("quotations of stop 44", () => {
  it("reads a speaker's 'we' in a quotation as their side's statement, not as the writer's opinion", () => {
    const [pistorius] = extract("„Wir haben keine einzige Patriot-Batterie abgegeben“, sagte Verteidigungsminister Boris Pistorius.", { language: "de" }).units;
    expect(pistorius).toMatchObject({ kind: "quote", subjective: false, checkworthy: true });
    // The writer's own "we" still reads as a view.
    expect(extract("Wir sollten endlich mehr Mut zeigen.", { language: "de" }).units[0]!.subjective).toBe(true);
  });
});

describe("a German police report of stop 44", () => {
  it("reads road names and area codes as no figures, and the witness appeal as boilerplate", () => {
    const [road] = extract("Die B 27 war bis ca. 21 Uhr voll gesperrt.", { language: "de" }).units;
    expect(road!.entities.filter((entity) => entity.type === "number")).toEqual([]);
    const [appeal] = units("Zeugen werden gebeten, sich unter der Telefonnummer 07071 972-8660 beim Verkehrsdienst zu melden.", "de");
    expect(appeal!.kind).toBe("boilerplate");
  });

  it("ranks a local official's count, names her without her office, and gives her the quotation after it", () => {
    const text = "Es sei das dritte schwere Unglück an dieser Kreuzung seit Jahresbeginn, sagte Ortsvorsteherin Gisela Hummel (Freie Wähler). „Wir fordern seit Jahren eine Ampel.“";
    const [count, quote] = extract(text, { language: "de" }).units;
    expect(count).toMatchObject({ checkworthy: true, claimant: { text: "Gisela Hummel" } });
    expect(count!.reasons).toContain("superlative: dritte ↑");
    expect(quote!.claimant?.text).toBe("Gisela Hummel");
    // A place in a sequence is no count.
    expect(extract("Der Termin für die zweite Impfdosis wurde verschoben.", { language: "de" }).units[0]!.reasons.join()).not.toContain("superlative");
  });
});

describe("German speakers after the statement, stop 44", () => {
  it("takes '…, behauptete sie' and '…, warnte er' out of the wording, with the speaker named before", () => {
    const text = "Die AfD-Fraktionschefin Alice Weidel sagte, die Pläne seien falsch. Deutschland zahle schon heute mehr an die EU, als es zurückbekomme, behauptete sie.";
    const [, claim] = units(text, "de");
    expect(claim).toMatchObject({ claimant: "Alice Weidel", wording: "Deutschland zahlt schon heute mehr an die EU, als es zurückbekomme" });
    expect(units("Die Zinslast steige auf 60 Milliarden Euro, warnte er.", "de")[0]!.wording).toBe("Die Zinslast steigt auf 60 Milliarden Euro");
    // Before a colon the words introduce a quotation: they stay.
    expect(units("Als der Fotograf das Foto hochgeladen hat, schrieb er:", "de")[0]!.wording).toBe("Als der Fotograf das Foto hochgeladen hat, schrieb er");
  });
});

describe("a German fact-check of stop 44", () => {
  it("drops 'Zum Vergleich:' and 'Fazit:', and puts 'bis zu 100 Millionen Vögel' back before its verb once the source is out", () => {
    const [nabu, verdict] = units("Zum Vergleich: Nach Angaben des Naturschutzbundes Deutschland (NABU) kommen bis zu 100 Millionen Vögel pro Jahr an Glasscheiben ums Leben.\n\nFazit: Die Behauptung ist falsch.", "de");
    expect(nabu).toMatchObject({ claimant: "Naturschutzbund Deutschland", wording: "Bis zu 100 Millionen Vögel kommen pro Jahr an Glasscheiben ums Leben" });
    expect(verdict!.wording).toBe("Die Behauptung ist falsch");
  });
});
