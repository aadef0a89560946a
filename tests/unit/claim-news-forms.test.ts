import { describe, expect, it } from "vitest";
import { classifySentence, extract } from "@/lib/domain/claims/extract";
import { claimantOf as claimant, entitiesOf as entities, wordingOf as wording } from "../support/claim-sentence";

// News forms found on the test articles of stop 27 (regional economy, a court ruling, a company's wire
// story, health news) and by that stop's hostile probe: sentences that only name their source, German
// position verbs and reported speech, companies with their legal form, courts, and comparisons.

describe("sources dated to the day and comparisons after them", () => {
  it("takes a German 'wie X … mitteilte' with a full date as the source and leaves it out of the wording", () => {
    const sentence = "Die Zahl der Arbeitslosen stieg auf 2,9 Millionen, wie die Bundesagentur für Arbeit am 14. Februar 2024 mitteilte.";
    expect(claimant(sentence, "de")).toBe("Bundesagentur für Arbeit");
    expect(wording(sentence, "de")).toBe("Die Zahl der Arbeitslosen stieg auf 2,9 Millionen");
    expect(entities(sentence, "de")).toContain("date:14. Februar 2024");
  });

  it("drops an English attribution before a comparison of the figure, and keeps the comparison", () => {
    const sentence = "Inflation rose to 3.2 percent in October, the Labor Department said on Tuesday, slightly above economists' expectations.";
    expect(claimant(sentence, "en")).toBe("Labor Department");
    expect(wording(sentence, "en")).toBe("Inflation rose to 3.2 percent in October, slightly above economists' expectations");
    expect(wording("The company earned $3 billion, Smith said, compared with $2 billion a year earlier.", "en")).toBe("The company earned $3 billion, compared with $2 billion a year earlier");
    // A pronoun between commas goes as a trailing ", he said" does (engine read of stop 39: ", she pointed out," had stayed).
    expect(wording("Prices rose, he said, above all in the cities.", "en")).toBe("Prices rose above all in the cities");
  });
});

describe("a sentence that only names the source of the sentence before", () => {
  const units = (text: string, language: "de" | "en") =>
    extract(text, { language }).units.map((unit) => ({ text: text.slice(unit.start, unit.end), kind: unit.kind, checkworthy: unit.checkworthy, claimant: unit.claimant?.text ?? null, reasons: unit.reasons }));

  it("is no claim of its own, and its source becomes the claimant of the sentence before", () => {
    const [figure, source] = units("Die Zahl der Arbeitslosen stieg im November um 12.000 auf 2,95 Millionen. Das teilte die Bundesagentur für Arbeit am Dienstag in Nürnberg mit.", "de");
    expect(figure).toMatchObject({ kind: "claim", checkworthy: true, claimant: "Bundesagentur für Arbeit" });
    expect(source).toMatchObject({ kind: "other", checkworthy: false, reasons: ["source of the sentence before ↓"] });
    expect(units("Die Preise stiegen um 2,3 Prozent. Dies geht aus einer Mitteilung des Statistischen Bundesamtes hervor.", "de")[0]!.claimant).toBe("Statistisches Bundesamt");
    expect(units("Unemployment rose by 12,000 to 2.95 million in November. That's according to the Labor Department.", "en")[0]!.claimant).toBe("Labor Department");
    expect(units("The firm cut 3,000 jobs. That was first reported by The Wall Street Journal.", "en")[0]!.claimant).toBe("The Wall Street Journal");
    const [uptake, data] = extract("Uptake stood at 83.9% in the last quarter. That's according to NHS England data published last month.", { language: "en" }).units;
    expect(uptake!.claimant?.text).toBe("NHS England");
    expect(data!.suggestedWording).toBe("");
  });

  it("lends its source only within the paragraph and never over a claimant the sentence has", () => {
    expect(units("Die Preise stiegen um 2,3 Prozent.\n\nDas sagte ein Sprecher des Ministeriums.", "de")[0]!.claimant).toBeNull();
    expect(units("Die Preise stiegen laut Ifo um 2,3 Prozent. Das teilte die Bundesbank mit.", "de")[0]!.claimant).toBe("Ifo");
  });

  it("is read only where nothing else follows the source", () => {
    for (const [sentence, language] of [
      ["Das sagte alles.", "de"],
      ["Das zeigte die schleppende Reaktion auf die Ebolakrise in Westafrika überdeutlich.", "de"],
      ["Das teilte die Bundesagentur für Arbeit mit, die 3.000 Stellen streicht.", "de"],
      ["That's according to the Labor Department, which said prices rose.", "en"],
      ["He said that in 2020 unemployment fell to 3 percent.", "en"],
    ] as const) {
      expect(classifySentence(sentence, { language }).reasons, sentence).not.toContain("source of the sentence before ↓");
    }
    expect(classifySentence("Das ergab eine Forsa-Umfrage im Auftrag des „Stern“.", { language: "de" }).kind).toBe("other");
    expect(classifySentence("He said so in an interview with CNN.", { language: "en" })).toMatchObject({ kind: "other", claimant: null });
  });
});

describe("German verbs that state a position", () => {
  it("take the subject of 'warf … vor', 'bezeichnete … als' and 'sprach von' as the claimant", () => {
    expect(claimant("Merz warf Scholz vor, die Wirtschaft geschwächt zu haben.", "de")).toBe("Merz");
    expect(claimant("Die Grünen warfen der Union vor, den Klimaschutz zu blockieren.", "de")).toBe("Grünen");
    expect(claimant("Das Gericht bezeichnete die Klage als unbegründet.", "de")).toBe("Gericht");
    expect(claimant("Der CDU-Chef Friedrich Merz sprach von einem „Desaster“.", "de")).toBe("Friedrich Merz");
    expect(claimant("Die Stadt sprach von 300 Verletzten.", "de")).toBe("Stadt");
    expect(claimant("Der 67-Jährige sagte, er habe 2019 rund 40.000 Euro erhalten.", "de")).toBe("Der 67-Jährige");
    expect(wording("The 45-year-old said she had paid $3,000 in fees.", "en")).toBe("The 45-year-old had paid $3,000 in fees");
    expect(claimant("Die RheinEnergie AG, an der die Stadt Köln beteiligt ist, bezeichnete die Anpassung als unvermeidlich.", "de")).toBe("RheinEnergie AG");
  });

  it("name nobody after an adverb or a pronoun, or where 'sprach' means something else", () => {
    expect(claimant("Zugleich sprach sich der Kanzler für neue Schulden aus.", "de")).toBeUndefined();
    expect(claimant("Zugleich bezeichnete er die Lage als ernst.", "de")).toBeUndefined();
    expect(claimant("Er sprach von einem Erfolg.", "de")).toBeUndefined();
    expect(claimant("Das bezeichnete er als Unsinn.", "de")).toBeUndefined();
  });
});

describe("German reported speech in the wording", () => {
  it("reads in the indicative once its speaker is out of the wording", () => {
    expect(wording("Scholz sagte, die Lage sei ernst.", "de")).toBe("Die Lage ist ernst");
    expect(wording("Der Minister sagte, man müsse jetzt handeln.", "de")).toBe("Man muss jetzt handeln");
    expect(wording("Er sagte, die Zahl der Fälle sei um 30 Prozent gestiegen.", "de")).toBe("Die Zahl der Fälle ist um 30 Prozent gestiegen");
    expect(wording("Laut Nowak sei Indien nach China der zweitgrößte Abnehmer von russischem Öl.", "de")).toBe("Indien ist nach China der zweitgrößte Abnehmer von russischem Öl");
    expect(wording("Ein Haushalt zahle dann rund 360 Euro mehr im Jahr, sagte eine Sprecherin.", "de")).toBe("Ein Haushalt zahlt dann rund 360 Euro mehr im Jahr");
  });

  it("stays as written where the speaker stays, in the first person, and for the subjunctive II", () => {
    expect(wording("Merz warf Scholz vor, er habe die Wirtschaft geschwächt.", "de")).toBe("Merz warf Scholz vor, er habe die Wirtschaft geschwächt");
    expect(wording("„Ich habe das nie gesagt“, sagte Müller.", "de")).toBe("Ich habe das nie gesagt");
    expect(wording("Scholz sagte, ohne Hilfe hätten die Firmen schließen müssen.", "de")).toBe("Ohne Hilfe hätten die Firmen schließen müssen");
    expect(wording("Scholz sagte, wir würden das schaffen.", "de")).toBe("Wir würden das schaffen");
  });

  // Probe of stop 30: the plural "hätten", "würden" stand in for the subjunctive I that looks like the indicative.
  it("puts the plural substitutes 'hätten' and 'würden' of reported speech in the indicative", () => {
    expect(wording("Der Anwalt sagte, die Mieter hätten sich nicht vertragswidrig verhalten.", "de")).toBe("Die Mieter haben sich nicht vertragswidrig verhalten");
    expect(wording("Er sagte, die Preise würden 2026 um 3 Prozent steigen.", "de")).toBe("Die Preise werden 2026 um 3 Prozent steigen");
  });
});

describe("companies with their legal form", () => {
  it("read the name with its legal form as one organisation, and the legal form alone as none", () => {
    expect(entities("Die Hamburger Hafen und Logistik AG meldete einen Rückgang um 8 Prozent.", "de")).toContain("organisation:Hamburger Hafen und Logistik AG");
    expect(entities("Siemens Energy AG plant den Abbau von 4.000 Stellen.", "de")).toContain("organisation:Siemens Energy AG");
    expect(entities("BASF SE cut 2,000 jobs.", "en")).toContain("organisation:BASF SE");
    expect(entities("Apple Inc said revenue rose 5 percent.", "en")).toContain("organisation:Apple Inc");
    expect(entities("The AG said the law was valid.", "en")).not.toContain("organisation:AG");
    expect(entities("PUTIN ARRIVES IN SE ASIA.", "en")).not.toContain("organisation:IN SE");
  });
});

describe("a company's wire story", () => {
  const lead = "SEATTLE (Reuters) - Boeing Co will cut about 17,000 jobs, or 10% of its global workforce, Chief Executive Kelly Ortberg said on Friday, as a machinists' strike that has halted production entered its fifth week.";

  it("keeps the office apart from the name and the clause of circumstance in the wording", () => {
    expect(claimant(lead, "en")).toBe("Kelly Ortberg");
    expect(entities(lead, "en")).toEqual(expect.arrayContaining(["organisation:Boeing Co", "person:Kelly Ortberg"]));
    expect(wording(lead, "en")).toBe("Boeing Co will cut about 17,000 jobs, or 10% of its global workforce, as a machinists' strike that has halted production entered its fifth week");
  });

  it("reads compass words and a priest as no superlatives", () => {
    const reasons = classifySentence("The strike by 33,000 workers in the Pacific Northwest began on Sept. 13.", { language: "en" }).reasons;
    expect(reasons.some((reason) => reason.startsWith("superlative"))).toBe(false);
    expect(classifySentence("It was the largest strike in a decade.", { language: "en" }).reasons.join(" ")).toContain("superlative: largest");
  });
});

describe("comparisons", () => {
  it("read 'über', 'unter', 'about', 'over' as a comparison only before a number", () => {
    const reasons = (sentence: string, language: "de" | "en") => classifySentence(sentence, { language }).reasons.join(" / ");
    expect(reasons("Die neue Brücke über die Elbe kostete 500 Millionen Euro.", "de")).not.toContain("comparison");
    expect(reasons("Über 50 Prozent der Befragten lehnen das ab.", "de")).toContain("comparison: Über");
    expect(classifySentence("We talked about the economy for an hour.", { language: "en" }).reasons.join(" ")).not.toContain("comparison");
  });
});

describe("court news", () => {
  it("reads a court as an organisation, its ruling as an event, and the judges who ruled as the claimant", () => {
    const ruling = classifySentence("Das Bundesverfassungsgericht hat die Wahlrechtsreform teilweise für verfassungswidrig erklärt.", { language: "de" });
    expect(ruling.checkworthy).toBe(true);
    expect(ruling.reasons).toEqual(expect.arrayContaining(["named entity: Bundesverfassungsgericht ↑", "event: verfassungswidrig ↑"]));
    const judges = "Die Streichung der Grundmandatsklausel sei mit dem Grundgesetz nicht vereinbar, urteilten die Richterinnen und Richter des Zweiten Senats am Dienstag.";
    expect(claimant(judges, "de")).toBe("Richterinnen und Richter des Zweiten Senats");
    expect(wording(judges, "de")).toBe("Die Streichung der Grundmandatsklausel ist mit dem Grundgesetz nicht vereinbar");
    expect(wording("Die Bundesregierung respektiere die Entscheidung, teilte ein Sprecher mit.", "de")).toBe("Die Bundesregierung respektiert die Entscheidung");
  });
});

describe("the probe of stop 27", () => {
  it("names no one who said nothing, and keeps a wording a statement", () => {
    expect(claimant("Nobody said the economy was in recession.", "en")).toBeUndefined();
    expect(claimant("Who said inflation fell to 2%?", "en")).toBeUndefined();
    expect(claimant("Kein Experte sagte, die Rezession sei vorbei.", "de")).toBeUndefined();
    expect(wording("Trump said nothing about the 25% tariffs.", "en")).toBe("Trump said nothing about the 25% tariffs");
    expect(wording("Officials said Tuesday.", "en")).toBe("Officials said Tuesday");
    expect(wording("The Labor Department reported the figures on Friday.", "en")).toBe("The Labor Department reported the figures on Friday");
    expect(wording("The Labor Department reported that payrolls rose by 150,000.", "en")).toBe("Payrolls rose by 150,000");
    expect(wording("And I've said this to President Karzai.", "en")).toBe("I've said this to President Karzai");
  });

  it("keeps set phrases with 'sei' and reads more German verbs of saying and stating", () => {
    expect(wording("Werneke erklärte, es sei denn, die Inflation steige weiter.", "de")).toContain("sei denn");
    expect(wording("Die Gewerkschaft behauptete, der Konzern habe Gewinne verschwiegen.", "de")).toBe("Der Konzern hat Gewinne verschwiegen");
    expect(claimant("Die Opposition kritisierte, die Regierung habe zu spät gehandelt.", "de")).toBe("Opposition");
    expect(claimant("Die Staatsanwaltschaft wirft dem 45-Jährigen vor, 2 Millionen Euro veruntreut zu haben.", "de")).toBe("Staatsanwaltschaft");
    expect(claimant("Experten sprechen von einer Trendwende.", "de")).toBe("Experten");
    expect(claimant("Scholz sprach von Berlin aus per Video zu 3.000 Delegierten.", "de")).toBeUndefined();
  });

  it("finds no source in a denial or a plan, and the source of 'said so'", () => {
    const lend = (text: string, language: "de" | "en") => extract(text, { language }).units[0]!.claimant?.text;
    expect(lend("Die Preise stiegen um 3 Prozent. Das teilte das Statistische Bundesamt nicht mit.", "de")).toBeUndefined();
    expect(lend("Sales rose 5 percent. That's according to plan.", "en")).toBeUndefined();
    expect(lend("Retail sales rose 0.7 percent. The Commerce Department said so on Thursday.", "en")).toBe("Commerce Department");
  });
});

// Left over by the hostile probe of stop 27: German company names with "& Co.", a number after a dot,
// and an honorary degree's "h.c." before an initial.
describe("German company names", () => {
  it("reads 'AG & Co. KGaA' and 'GmbH & Co. KG' as one company, which is the claimant", () => {
    const henkel = "Die Henkel AG & Co. KGaA meldete am Dienstag einen Gewinn von 1,3 Milliarden Euro.";
    expect(entities(henkel, "de")).toContain("organisation:Henkel AG & Co. KGaA");
    expect(claimant(henkel, "de")).toBe("Henkel AG & Co. KGaA");
    expect(entities("Die Müller GmbH & Co. KG baut 200 Stellen ab.", "de")).toContain("organisation:Müller GmbH & Co. KG");
    // A company with "&" or a legal form right before the verb of saying speaks.
    expect(claimant("Procter & Gamble Co. said sales rose 3 percent.", "en")).toBe("Procter & Gamble Co");
    expect(wording("Procter & Gamble Co. said sales rose 3 percent.", "en")).toBe("Sales rose 3 percent");
    expect(claimant("Die Müller GmbH & Co. KG teilte mit, sie baue 200 Stellen ab.", "de")).toBe("Müller GmbH & Co. KG");
  });

  it("keeps a number after a dot in the name ('ProSiebenSat.1 Media SE'), and no number '1'", () => {
    const found = entities("Die ProSiebenSat.1 Media SE verlor 2023 rund 300 Millionen Euro.", "de");
    expect(found).toContain("organisation:ProSiebenSat.1 Media SE");
    expect(found).not.toContain("number:1");
  });

  it("does not end a sentence after 'h.c.' before an initial", () => {
    const text = "Die Dr. Ing. h.c. F. Porsche AG steigerte ihren Umsatz 2023 um 8 Prozent.";
    expect(extract(text, { language: "de" }).units).toHaveLength(1);
  });
});

// Hostile probe of stop 28: what stands before the speaker or the source.
describe("a word or phrase before the speaker or the source", () => {
  it("finds the German speaker after the verb and words the statement alone", () => {
    const lindner = "Außerdem erklärte Finanzminister Christian Lindner, die Schulden seien um 5 Prozent gestiegen.";
    expect(claimant(lindner, "de")).toBe("Christian Lindner");
    expect(wording(lindner, "de")).toBe("Die Schulden sind um 5 Prozent gestiegen");
    expect(claimant("Gestern sagte Kanzler Olaf Scholz, die Lage sei ernst.", "de")).toBe("Olaf Scholz");
    expect(wording("Zudem erklärte die Bundesbank, das Wachstum betrage 2 Prozent.", "de")).toBe("Das Wachstum beträgt 2 Prozent");
    const office = "Am Montag teilte das Statistische Bundesamt mit, die Preise seien um 2 Prozent gestiegen.";
    expect(claimant(office, "de")).toBe("Statistisches Bundesamt");
    expect(wording(office, "de")).toBe("Die Preise sind um 2 Prozent gestiegen");
    expect(wording("Gleichzeitig behauptete die AfD-Fraktion, die Zahl der Asylanträge habe sich verdoppelt.", "de")).toBe("Die Zahl der Asylanträge hat sich verdoppelt");
    expect(wording("Außerdem erklärte Lindner: „Die Schulden sind um 5 Prozent gestiegen.“", "de")).toBe("Die Schulden sind um 5 Prozent gestiegen");
    // With a "dass" clause the speaker stays; the title is not moved away from the name.
    expect(claimant("Allerdings betonte Wirtschaftsminister Robert Habeck, dass die Strompreise gefallen seien.", "de")).toBe("Robert Habeck");
    expect(wording("Allerdings betonte Wirtschaftsminister Robert Habeck, dass die Strompreise gefallen seien.", "de")).toBe("Allerdings betonte Wirtschaftsminister Robert Habeck, dass die Strompreise gefallen seien");
    expect(wording("Trotzdem meldete das Kraftfahrt-Bundesamt 12 Prozent mehr Neuzulassungen.", "de")).toBe("Das Kraftfahrt-Bundesamt meldete 12 Prozent mehr Neuzulassungen");
    // A separable verb is no verb of saying: "sagte … ab" is "absagen".
    expect(wording("Die Regierung sagte den Besuch ab, die Lage sei zu unsicher.", "de")).toBe("Die Regierung sagte den Besuch ab, die Lage sei zu unsicher");
  });

  it("takes a conjunction off before a source in front, and off the claimant", () => {
    expect(wording("Aber laut Bundesagentur für Arbeit sank die Zahl der Arbeitslosen um 50.000.", "de")).toBe("Die Zahl der Arbeitslosen sank um 50.000");
    expect(wording("Und laut Ifo-Institut stieg der Index um 4 Punkte.", "de")).toBe("Der Index stieg um 4 Punkte");
    expect(wording("And according to the IMF, growth slowed to 2 percent.", "en")).toBe("Growth slowed to 2 percent");
    expect(wording("Doch die Regierung plant 300 neue Stellen.", "de")).toBe("Die Regierung plant 300 neue Stellen");
    expect(claimant("But the minister said prices rose 5 percent.", "en")).toBe("the minister");
    // A relative clause after the source keeps it: without it, "which I read …" would open the wording.
    expect(wording("According to Investors Daily, which I read last week, 88 percent are covered.", "en")).toBe("According to Investors Daily, which I read last week, 88 percent are covered");
  });
});
