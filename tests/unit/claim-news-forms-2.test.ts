import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";
import { germanNominative } from "@/lib/domain/claims/german-nominative";
import { claimantOf as claimant, entitiesOf as entities, wordingOf as wording } from "../support/claim-sentence";

// Forms found on the test articles of stop 29 (German care-workers policy news, an English wire story on
// shipping): speakers with an office and a comma before the verb, to whom a German speaker spoke, pronouns
// that stand for the speaker once the speaker leaves the wording, and "heute" that means nowadays.

describe("German speakers", () => {
  it("takes the name between commas as the speaker when the verb names the paper it was said to", () => {
    const sentence = "Der gesundheitspolitische Sprecher der Grünen, Janosch Dahmen, sagte der „Rheinischen Post“, die Regierung habe jahrelang nichts getan.";
    expect(claimant(sentence, "de")).toBe("Janosch Dahmen");
    expect(wording(sentence, "de")).toBe("Die Regierung hat jahrelang nichts getan");
  });

  it("takes a researcher after a quotation as the speaker, not where she works", () => {
    const sentence = "„Die Konkurrenz um Pflegekräfte ist international enorm“, sagte die Arbeitsmarktforscherin Anna Schmidt vom Institut für Arbeitsmarkt- und Berufsforschung (IAB).";
    expect(claimant(sentence, "de")).toBe("Anna Schmidt");
    expect(entities(sentence, "de")).toContain("person:Anna Schmidt");
    expect(wording(sentence, "de")).toBe("Die Konkurrenz um Pflegekräfte ist international enorm");
  });

  it("reads 'Das geht aus einem Entwurf … hervor, der der dpa vorliegt' as the source of the sentence before", () => {
    const [figure, source] = extract("Nach Angaben des Ministeriums fehlen 115.000 Pflegekräfte. Das geht aus einem Entwurf des Gesundheitsministeriums hervor, der der Deutschen Presse-Agentur vorliegt.", { language: "de" }).units;
    expect(source).toMatchObject({ kind: "other", checkworthy: false });
    expect(figure!.claimant?.text).toBe("Ministerium");
  });

  it("names the speaker for 'er' once the speaker leaves the wording, in the indicative", () => {
    expect(wording("Scholz sagte, er werde nicht zurücktreten.", "de")).toBe("Scholz wird nicht zurücktreten");
  });

  // Walk of stop 30: the claimant took the figure ("Behörde 18 Prozent") and the wording lost it.
  it("takes who estimates or forecasts as the claimant, keeping the verb in the wording (session 31)", () => {
    const estimate = "Das Ifo-Institut schätzt, dass die Wirtschaft 2025 um 0,3 Prozent schrumpft.";
    expect(claimant(estimate, "de")).toBe("Ifo-Institut");
    // A "dass" clause alone reads as no sentence: the estimate stays whole.
    expect(wording(estimate, "de")).toBe("Das Ifo-Institut schätzt, dass die Wirtschaft 2025 um 0,3 Prozent schrumpft");
    expect(claimant("Die Bundesbank prognostiziert für 2025 ein Wachstum von 0,4 Prozent.", "de")).toBe("Bundesbank");
    expect(claimant("Experten schätzen den Schaden auf 2 Milliarden Euro.", "de")).toBe("Experten");
  });

  it("names a claimant written by last name alone with the full name the article gave first, unless two people share it", () => {
    const claimants = (text: string, language: "de" | "en") => extract(text, { language }).units.map((unit) => unit.claimant?.text ?? null);
    const text = "Bundeskanzler Olaf Scholz reiste am Montag nach Paris. Die Inflation sei auf 2,1 Prozent gesunken, sagte Scholz.";
    expect(claimants(text, "de")).toEqual([null, "Olaf Scholz"]);
    // The offsets still mark the word in the text.
    const unit = extract(text, { language: "de" }).units[1]!;
    expect(text.slice(unit.claimant!.start, unit.claimant!.end)).toBe("Scholz");
    expect(claimants("Treasury Secretary Scott Bessent spoke on Monday. Inflation fell to 2.1 percent, Bessent said.", "en")).toEqual([null, "Scott Bessent"]);
    const two = "Olaf Scholz traf Anna Scholz in Berlin. Die Mieten stiegen um 4 Prozent, sagte Scholz.";
    expect(claimants(two, "de")).toEqual([null, "Scholz"]);
  });

  it("never takes a figure and what it counts into a source's name, nor out of the wording", () => {
    const sentence = "Das sind nach Angaben der Behörde 18 Prozent mehr als 2023.";
    expect(claimant(sentence, "de") ?? "").not.toContain("18");
    expect(wording(sentence, "de")).toContain("18 Prozent mehr als 2023");
    expect(claimant("Nach Angaben der G 20 wächst die Wirtschaft.", "de")).toBe("G 20");
    expect(wording("- Anträge können bis zum 31. März 2026 gestellt werden.", "de")).toBe("Anträge können bis zum 31. März 2026 gestellt werden");
  });

  it("keeps 'heute' where it means nowadays, and resolves it where it means the day", () => {
    const date = new Date("2024-01-15T00:00:00Z");
    const nowadays = extract("Bereits heute arbeiten 200.000 Pflegekräfte mit ausländischem Pass in Deutschland, sagte Müller.", { language: "de", articleDate: date }).units[0]!;
    expect(nowadays.suggestedWording).toBe("Bereits heute arbeiten 200.000 Pflegekräfte mit ausländischem Pass in Deutschland");
    const today = extract("Die Regierung beschließt heute den Haushalt.", { language: "de", articleDate: date }).units[0]!;
    expect(today.suggestedWording).toBe("Die Regierung beschließt am 15. Januar 2024 den Haushalt");
  });
});

describe("English wire copy", () => {
  it("takes 'industry data showed on Monday' as the source and out of the wording", () => {
    const sentence = "Container shipping rates between Asia and Europe have more than doubled since early December, industry data showed on Monday.";
    expect(claimant(sentence, "en")).toBe("industry data");
    expect(wording(sentence, "en")).toBe("Container shipping rates between Asia and Europe have more than doubled since early December");
  });

  it("drops a long description after the speaker's name", () => {
    const sentence = '"We are seeing the biggest disruption to global trade since the pandemic," said Jan Hoffmann, head of trade logistics at the United Nations Conference on Trade and Development.';
    expect(claimant(sentence, "en")).toBe("Jan Hoffmann");
    expect(wording(sentence, "en")).toBe("We are seeing the biggest disruption to global trade since the pandemic");
  });

  it("puts a company for 'it' when its description and the day it spoke leave the wording", () => {
    const sentence = `Maersk, the world's second-largest container carrier, said on Friday it would pause all sailings through the Red Sea "for the foreseeable future".`;
    expect(claimant(sentence, "en")).toBe("Maersk");
    expect(wording(sentence, "en")).toBe("Maersk will pause all sailings through the Red Sea for the foreseeable future");
    expect(wording("The company said it would cut 500 jobs.", "en")).toBe("The company will cut 500 jobs");
  });

  // Probe of stop 30: the day of saying stayed as the claim's time ("Last month it would move …").
  it("drops the time of saying with the verb, names the speaker for 'it' and 'they', and undoes the backshift", () => {
    expect(wording("Toyota Motor Corp said on Tuesday it would invest $10 billion in US plants.", "en")).toBe("Toyota Motor Corp will invest $10 billion in US plants");
    expect(wording("Officials said last week that 300 people were evacuated.", "en")).toBe("300 people were evacuated");
    expect(wording("Nissan Motor Co and Mazda Motor Corp said they would cut 9,000 jobs.", "en")).toBe("Nissan Motor Co and Mazda Motor Corp will cut 9,000 jobs");
    expect(wording("The Treasury said the move would save about £1.4bn a year.", "en")).toBe("The move will save about £1.4bn a year");
    expect(wording("He said they would have left earlier.", "en")).toBe("They would have left earlier");
  });

  it("reads 'added' before an object as no verb of saying", () => {
    expect(claimant("Ohio added 92,000 jobs in 2024 alone.", "en")).toBeUndefined();
    expect(wording("Germany added 17 gigawatts of solar capacity last year.", "en")).toBe("Germany added 17 gigawatts of solar capacity last year");
    expect(claimant("Tariffs will stay, Bessent added on Friday.", "en")).toBe("Bessent");
    expect(claimant('"Prices will fall," Smith added.', "en")).toBe("Smith");
  });

  it("keeps the pronoun where it may stand for someone else", () => {
    // "it" of a person is something else; "it would be" is no plan; "told him he …" may mean the one told.
    expect(wording("Obama said it has to be safe or disposable.", "en")).toBe("It has to be safe or disposable");
    expect(wording("The ministry said it would be difficult to reach the target.", "en")).toBe("It will be difficult to reach the target");
    expect(wording("General Shinseki, the Army chief of staff, told him he would need 300,000 troops.", "en")).toBe("He will need 300,000 troops");
    expect(wording("Smith said he would resign in March.", "en")).toBe("Smith will resign in March");
  });

  it("takes a spokesperson of a named body and trading groups as speakers", () => {
    const quote = '"This is a threat to the freedom of navigation," a State Department spokesperson told reporters.';
    expect(claimant(quote, "en")).toBe("a State Department spokesperson");
    expect(wording(quote, "en")).toBe("This is a threat to the freedom of navigation");
    const brokers = "Insurance premiums for ships passing the Red Sea have risen tenfold, brokers said.";
    expect(claimant(brokers, "en")).toBe("brokers");
    expect(wording(brokers, "en")).toBe("Insurance premiums for ships passing the Red Sea have risen tenfold");
  });

  it("leaves a subordinating conjunction out of the claimant", () => {
    expect(claimant("Although Putin said he would have been too busy to attend anyway, the snub did hit a nerve.", "en")).toBe("Putin");
  });
});

describe("court news and reactions (German)", () => {
  it("takes a court after 'entschied' as the claimant of its ruling, not a decision 'entschied sich'", () => {
    const ruling = "Banken dürfen Gebühren nicht ohne Zustimmung ihrer Kunden erhöhen, entschied der elfte Zivilsenat am Dienstag in Karlsruhe.";
    expect(claimant(ruling, "de")).toBe("der elfte Zivilsenat");
    expect(wording(ruling, "de")).toBe("Banken dürfen Gebühren nicht ohne Zustimmung ihrer Kunden erhöhen");
    expect(claimant("Daraufhin entschied sich Sievert, den Schritt nach vorne zu machen.", "de")).toBeUndefined();
  });

  it("reads an office written with a lower-case prefix before the name", () => {
    expect(claimant("Kunden könnten nun Gebühren für bis zu drei Jahre zurückfordern, sagte vzbv-Chefin Ramona Pop.", "de")).toBe("Ramona Pop");
  });

  it("takes whom a reaction came from as the claimant, and what they said as the wording", () => {
    const sentence = "Kritik kam dagegen von der Deutschen Kreditwirtschaft: Das Urteil schaffe neue Rechtsunsicherheit und werde zu höheren Kosten führen.";
    expect(claimant(sentence, "de")).toBe("Deutsche Kreditwirtschaft");
    expect(wording(sentence, "de")).toBe("Das Urteil schafft neue Rechtsunsicherheit und wird zu höheren Kosten führen");
  });

  it("ends a sentence after the platform X, and counts 'eine Milliarde Euro' as a number", () => {
    const units = extract("Es stärke die Rechte der Verbraucher, schrieb der FDP-Politiker auf der Plattform X. Kritik kam dagegen von der Deutschen Kreditwirtschaft.", { language: "de" }).units;
    expect(units).toHaveLength(2);
    expect(entities("Banken müssten mehr als eine Milliarde Euro zurückzahlen.", "de")).toContain("number:Milliarde");
  });
});

describe("a pronoun that opens reported speech", () => {
  it("means the person last quoted by name, and leaves the wording", () => {
    const text = '"Measles is back," said Dr. Hans Kluge, WHO\'s regional director for Europe. He said vaccination rates had dropped during the pandemic.';
    const [, next] = extract(text, { language: "en" }).units;
    expect(next!.claimant?.text).toBe("Hans Kluge");
    expect(next!.suggestedWording).toBe("Vaccination rates had dropped during the pandemic");
  });

  it("undoes the backshift once the pronoun and its verb leave the wording (English), not 'would have'", () => {
    expect(wording("He said it would hurt the economy.", "en")).toBe("It will hurt the economy");
    expect(wording("He said he would have resigned.", "en")).toBe("He would have resigned");
  });

  // Since stop 34 the one person a sentence opens with is whom a following "he said" means ("Home Secretary
  // Michael Thornbury dismissed the speech. “…,” he told reporters."); two people named leave it open.
  it("means nobody once two other people have been named since", () => {
    const text = '"Measles is back," said Dr. Hans Kluge. Minister Jane Smith disagreed with Governor Tom Price on the figures. He said vaccination rates had dropped.';
    expect(extract(text, { language: "en" }).units[2]!.claimant).toBeNull();
  });
});

describe("German reported speech that goes on without naming its speaker", () => {
  it("is the last speaker's, in the subjunctive, and its wording reads in the indicative", () => {
    const text = "„Das Gesetz hat Millionen Hausbesitzer verunsichert“, sagte Spahn. Die Zahl der neu eingebauten Wärmepumpen sei im vergangenen Jahr um fast die Hälfte eingebrochen.";
    const [, next] = extract(text, { language: "de" }).units;
    expect(next!.claimant?.text).toBe("Spahn");
    expect(next!.suggestedWording).toBe("Die Zahl der neu eingebauten Wärmepumpen ist im vergangenen Jahr um fast die Hälfte eingebrochen");
    expect(next!.checkworthy).toBe(true);
  });

  it("is nobody's in the indicative, in the first person, or without a speaker before", () => {
    expect(extract("Spahn sagte, die Lage sei ernst. Die Zahl der Wärmepumpen ist gesunken.", { language: "de" }).units[1]!.claimant).toBeNull();
    expect(extract("Spahn sagte, die Lage sei ernst. Ich habe das Gesetz nie gemocht.", { language: "de" }).units[1]!.claimant).toBeNull();
    expect(extract("Die Zahl sei gesunken.", { language: "de" }).units[0]!.claimant).toBeNull();
  });

  it("drops a trailing 'kündigte X … an' and keeps 'Tatsächlich' out of the claimant", () => {
    expect(wording("Ein Entwurf solle bis zur Sommerpause vorliegen, kündigte Fraktionsvize Jens Spahn im Interview mit dem „Handelsblatt“ an.", "de")).toBe("Ein Entwurf soll bis zur Sommerpause vorliegen");
    expect(claimant("Tatsächlich meldete der Bundesverband Wärmepumpe für 2024 rund 193.000 verkaufte Geräte.", "de")).toBeUndefined();
  });
});

describe("German bodies named as one writes them (walk of stop 29)", () => {
  it("puts a claimant body in the nominative without article, keeping its offsets on the words in the text", () => {
    expect(germanNominative("Statistischem Bundesamt")).toBe("Statistisches Bundesamt");
    expect(germanNominative("Statistischen Bundesamtes")).toBe("Statistisches Bundesamt");
    expect(germanNominative("Bundesrechnungshofs")).toBe("Bundesrechnungshof");
    expect(germanNominative("Deutschen Wetterdienstes")).toBe("Deutscher Wetterdienst");
    expect(germanNominative("Europäischer Kommission")).toBe("Europäische Kommission");
    expect(germanNominative("Robert Koch-Instituts")).toBe("Robert Koch-Institut");
    // Place adjectives, unknown heads, a genitive after "des", persons: unchanged.
    for (const name of ["Kieler Institut für Weltwirtschaft", "Berliner Polizei", "Präsident des Bundesamts", "Christine Lagarde", "Bundesagentur für Arbeit"]) expect(germanNominative(name)).toBe(name);
    const sentence = "Laut Statistischem Bundesamt stiegen die Preise um 2 Prozent.";
    const unit = extract(sentence, { language: "de" }).units[0]!;
    expect(unit.claimant!.text).toBe("Statistisches Bundesamt");
    expect(sentence.slice(unit.claimant!.start, unit.claimant!.end)).toBe("Statistischem Bundesamt");
    expect(unit.suggestedWording).toBe("Die Preise stiegen um 2 Prozent");
  });

  it("reads 'X zeigte sich zuversichtlich: …' as X's statement, and more subjunctive verbs in the indicative", () => {
    const sentence = "Bundeskanzler Olaf Scholz zeigte sich zuversichtlich: Man habe die Lage im Griff.";
    expect(claimant(sentence, "de")).toBe("Olaf Scholz");
    expect(wording(sentence, "de")).toBe("Man hat die Lage im Griff");
    expect(wording("Middelberg erklärte, die Regierung verschiebe Probleme nur in die Zukunft.", "de")).toBe("Die Regierung verschiebt Probleme nur in die Zukunft");
  });
});

describe("English groups and sources (walk of stop 29)", () => {
  it("takes 'charities say' and 'Critics argue' as groups and out of the wording", () => {
    const charities = "Around 6.5 million households are already in fuel poverty, charities say.";
    expect(claimant(charities, "en")).toBe("charities");
    expect(wording(charities, "en")).toBe("Around 6.5 million households are already in fuel poverty");
    expect(wording("Critics argue the recovery is fragile.", "en")).toBe("The recovery is fragile");
  });

  it("reads 'That's according to a report …' as the source of the sentence before", () => {
    const [, source] = extract("Growth was 0.6 percent. That's according to a report published by the think tank on Monday.", { language: "en" }).units;
    expect(source).toMatchObject({ kind: "other", checkworthy: false, suggestedWording: "" });
  });
});

// Probe of stop 30: a debate transcript's and an interview's claims had no speaker at all.
describe("transcripts and interviews", () => {
  const turns = (text: string, language: "de" | "en") =>
    extract(text, { language }).units.map((unit) => [text.slice(unit.start, unit.end), unit.claimant?.text ?? null, unit.suggestedWording]);

  it("takes a speaker label that opens two turns as the claimant of its paragraph, and out of the wording", () => {
    const transcript =
      "SEN. DAVID MITCHELL (R): Grocery prices are up 24 percent. Gas was $2.39 a gallon.\n\n" +
      "ELENA RAMIREZ (D): Inflation fell to 2.4 percent last year.\n\n" +
      "SEN. MITCHELL: That's just false.\n\nRAMIREZ: Roughly 650,000 Ohioans don't have health insurance.\n\nThe debate ended at 9 p.m.";
    expect(turns(transcript, "en")).toEqual([
      ["SEN. DAVID MITCHELL (R): Grocery prices are up 24 percent.", "David Mitchell", "Grocery prices are up 24 percent"],
      ["Gas was $2.39 a gallon.", "David Mitchell", "Gas was $2.39 a gallon"],
      ["ELENA RAMIREZ (D): Inflation fell to 2.4 percent last year.", "Elena Ramirez", "Inflation fell to 2.4 percent last year"],
      ["SEN. MITCHELL: That's just false.", "David Mitchell", "That's just false"],
      ["RAMIREZ: Roughly 650,000 Ohioans don't have health insurance.", "Elena Ramirez", "Roughly 650,000 Ohioans don't have health insurance"],
      ["The debate ended at 9 p.m.", null, "The debate ended at 9 p.m."],
    ]);
  });

  it("leaves the interviewer's questions and a label that opens one line alone", () => {
    const interview =
      "Frau Neumeyer, hat Sie das überrascht?\n\nNeumeyer: Nein. Wir sehen diesen Trend seit 2016.\n\nWoran liegt das?\n\n" +
      "Neumeyer: Rund 40 Prozent der Kinder haben einen Migrationshintergrund.\n\nFazit: Die Lage ist ernst.";
    const result = turns(interview, "de");
    expect(result.map(([, speaker]) => speaker)).toEqual([null, "Neumeyer", "Neumeyer", null, "Neumeyer", null]);
    expect(result[2]![2]).toBe("Wir sehen diesen Trend seit 2016");
    expect(turns("Update: Die Zahl stieg auf 12.\n\nUpdate: Die Zahl stieg auf 14.", "de").map(([, speaker]) => speaker)).toEqual([null, null]);
  });
});

// Probe of stop 30: a newsletter's section titles and a press release's contact lines ranked above its claims.
describe("headings and press-release furniture", () => {
  const units = (text: string, language: "de" | "en") =>
    extract(text, { language }).units.map((unit) => [text.slice(unit.start, unit.end), unit.kind, unit.checkworthy]);

  it("reads headings in capitals and one-word topics as no claim, and contact lines as boilerplate", () => {
    expect(units("CARBON BORDER TAX\n\nPensions\n\nPORTUGAL JOINS GROWING LIST OF NATIONS TO HALT JAB", "en")).toEqual([
      ["CARBON BORDER TAX", "other", false],
      ["Pensions", "other", false],
      ["PORTUGAL JOINS GROWING LIST OF NATIONS TO HALT JAB", "claim", true],
    ]);
    const release = "Pressemitteilung Nr. 147/2025\n\nFriedrichstraße 108, 10117 Berlin\n\nTelefon: 030 18441-2225\n\nUnsubscribe | Manage preferences";
    expect(units(release, "de").map(([, kind]) => kind)).toEqual(["boilerplate", "boilerplate", "boilerplate", "boilerplate"]);
  });
});
