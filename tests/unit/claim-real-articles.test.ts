import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifySentence, extract } from "@/lib/domain/claims/extract";
import { claimantOf as claimant, entitiesOf as entities, unitTexts as texts, wordingOf as wording } from "../support/claim-sentence";

// The problems issue 12 found on a real English business article and on the German sample articles.

const sample = (file: string) => readFileSync(path.join(import.meta.dirname, "../../prisma/seed", file), "utf8");

describe("sentences across hard line breaks", () => {
  it("keeps a sentence wrapped inside a line together, with exact offsets", () => {
    const text = "Russian crude made up 35 per cent of India’s imports, according to\ndata from maritime intelligence agency Kpler. Prices fell.";
    expect(texts(text, "en")).toEqual([
      "Russian crude made up 35 per cent of India’s imports, according to\ndata from maritime intelligence agency Kpler.",
      "Prices fell.",
    ]);
    expect(texts("Die Regierung sagte am Montag,\ndass alles gut sei.", "de")).toEqual(["Die Regierung sagte am Montag,\ndass alles gut sei."]);
  });

  // Probe of stop 30: wrapped text broke before every capitalised word (in German before every noun).
  it("joins lines wrapped at one width before a capitalised word, German and English", () => {
    const german =
      "Die Zahl der Erwerbstätigen in Deutschland ist im dritten Quartal um\n0,2 Prozent gesunken. Besonders betroffen war nach Angaben des Statistischen\n" +
      "Bundesamtes das verarbeitende Gewerbe, wo rund 120.000 Stellen verloren\ngingen. Im Dienstleistungssektor entstanden dagegen 45.000 neue\n" +
      "Arbeitsplätze, wie die Behörde am Donnerstag in Wiesbaden mitteilte.";
    expect(texts(german, "de")).toEqual([
      "Die Zahl der Erwerbstätigen in Deutschland ist im dritten Quartal um\n0,2 Prozent gesunken.",
      "Besonders betroffen war nach Angaben des Statistischen\nBundesamtes das verarbeitende Gewerbe, wo rund 120.000 Stellen verloren\ngingen.",
      "Im Dienstleistungssektor entstanden dagegen 45.000 neue\nArbeitsplätze, wie die Behörde am Donnerstag in Wiesbaden mitteilte.",
    ]);
    expect(claimant(texts(german, "de")[1]!, "de")).toBe("Statistisches Bundesamt");
    const english =
      "OCEANS ARE RUNNING A FEVER\nGlobal average sea surface temperatures hit 21.1 degrees Celsius in\n" +
      "August, according to data from the Copernicus Climate Change Service,\nthe highest value ever recorded for that month.";
    expect(texts(english, "en")).toEqual([
      "OCEANS ARE RUNNING A FEVER",
      "Global average sea surface temperatures hit 21.1 degrees Celsius in\nAugust, according to data from the Copernicus Climate Change Service,\nthe highest value ever recorded for that month.",
    ]);
    // Lines of different lengths without sentence ends are a list of titles, not one wrapped sentence.
    expect(texts("Debating PTSD in Emergency Services and Mental Health Stigma\nDebating Workers Compensation\nDebating Cancer Legislation\nDebating Pay", "en")).toHaveLength(4);
  });

  it("does not end a German sentence at an ordinal that opens it or at 'Az.'", () => {
    expect(texts("Die 22. Zivilkammer wies die Berufung zurück (Az. 22 S 114/24). Eine Revision ließ sie nicht zu.", "de")).toEqual([
      "Die 22. Zivilkammer wies die Berufung zurück (Az. 22 S 114/24).",
      "Eine Revision ließ sie nicht zu.",
    ]);
  });

  it("still ends units at blank lines, headings and list items", () => {
    expect(texts("Russland und Indien rüsten auf\nDie Regierung plant neue Verträge.\n\nneuer Absatz\n- erster Punkt\n- zweiter Punkt", "de")).toEqual([
      "Russland und Indien rüsten auf",
      "Die Regierung plant neue Verträge.",
      "neuer Absatz",
      "- erster Punkt",
      "- zweiter Punkt",
    ]);
  });
});

describe("claimants in English and German", () => {
  it("finds English reported speech with the name apart from the title", () => {
    expect(claimant("“We will not back down on this,” US Treasury Secretary Scott Bessent claimed.", "en")).toBe("Scott Bessent");
    expect(claimant("Bessent added that the tariffs would stay in place.", "en")).toBe("Bessent");
    expect(claimant("Russian imports rose again in May, industry sources said.", "en")).toBe("industry sources");
    expect(claimant("Kpler's data showed imports of 1.8 million barrels a day.", "en")).toBe("Kpler");
    expect(claimant("Imports rose 5 per cent, according to data from maritime intelligence agency Kpler.", "en")).toBe("Kpler");
  });

  it("finds German claimants whole", () => {
    expect(claimant("Die Lieferungen sollen steigen, berichtete RT DE am Montag.", "de")).toBe("RT DE");
    expect(claimant("Laut dem russischen Energieminister Alexander Nowak ist Indien nach China der zweitgrößte Abnehmer von russischem Öl.", "de")).toBe("Alexander Nowak");
    expect(claimant("Die Zusammenarbeit werde ausgebaut, so Verteidigungsminister Andrei Beloussow.", "de")).toBe("Andrei Beloussow");
    expect(claimant("Wie das Verteidigungsministerium mitteilte, wurden 20 Panzer geliefert.", "de")).toBe("Verteidigungsministerium");
    expect(claimant("Sergej Lawrow erklärte, Russland sei zu Lieferungen bereit.", "de")).toBe("Sergej Lawrow");
    expect(claimant("Die Exporte stiegen, berichteten die indischen Medien.", "de")).toBe("die indischen Medien");
  });

  // Found on ClaimBuster: 158 of 676 claimants were "And" ("And so I know …") and most others pronouns.
  it("names nobody where the sentence names nobody: no connective, pronoun or English ', so …' as claimant", () => {
    expect(claimant("And so I know that this campaign has caused some questioning.", "en")).toBeUndefined();
    expect(claimant("It's so easy to promise tax cuts.", "en")).toBeUndefined();
    expect(claimant("I said we would cut the deficit in half.", "en")).toBeUndefined();
    expect(claimant("And I've said that before, and I'll say it again.", "en")).toBeUndefined();
    expect(claimant("He added that the plan costs 2 trillion dollars.", "en")).toBeUndefined();
    expect(claimant("Er sagte, die Steuern würden sinken.", "de")).toBeUndefined();
    expect(claimant("Prices fell, so we keep getting the revenue we need.", "en")).toBeUndefined();
    expect(claimant("As George Will said, the deficit is a choice.", "en")).toBe("George Will");
    expect(claimant("Taxes went up 40 percent, said the minister.", "en")).toBe("the minister");
  });
});

// Found by a hostile probe on news sentences (stop 22): attribution forms the engine did not know yet.
describe("more forms of attribution, and the wording without them", () => {

  it("finds anonymous and trailing English speakers and drops them from the wording", () => {
    expect(claimant("The deal was worth $3 billion, a senior official told Reuters.", "en")).toBe("a senior official");
    expect(wording("The deal was worth $3 billion, a senior official told Reuters.", "en")).toBe("The deal was worth $3 billion");
    expect(claimant("Exports rose 12 per cent in May, Peskov told reporters on Tuesday.", "en")).toBe("Peskov");
    expect(wording("Exports rose 12 per cent in May, Peskov told reporters on Tuesday.", "en")).toBe("Exports rose 12 per cent in May");
    expect(claimant("Exports doubled, and officials said the trend would continue.", "en")).toBe("officials");
    // ", so a …" is a consequence, not a speaker.
    expect(claimant("Inflation fell to 2 per cent, so an agreement was reached.", "en")).toBeUndefined();
  });

  it("finds German sources after 'nach Angaben', 'laut' and 'wie', and in 'teilte … mit'", () => {
    const office = "Nach Angaben des Statistischen Bundesamtes stiegen die Preise um 2,4 Prozent.";
    expect(claimant(office, "de")).toBe("Statistisches Bundesamt");
    expect(wording(office, "de")).toBe("Die Preise stiegen um 2,4 Prozent");
    expect(claimant("Laut einer Studie der Universität Oxford ist die Zahl der Fälle um 20 Prozent gestiegen.", "de")).toBe("Universität Oxford");
    expect(wording("Laut einer Studie der Universität Oxford ist die Zahl der Fälle um 20 Prozent gestiegen.", "de")).toBe("Die Zahl der Fälle ist um 20 Prozent gestiegen");
    expect(wording("Laut Angaben des Ministeriums wurden 300 Panzer geliefert.", "de")).toBe("300 Panzer wurden geliefert");
    expect(claimant("Laut dpa stiegen die Preise um 3 Prozent.", "de")).toBe("dpa");
    const spokesman = "Die Lieferungen seien um 20 Prozent gestiegen, teilte ein Sprecher mit.";
    expect(claimant(spokesman, "de")).toBe("ein Sprecher");
    expect(wording(spokesman, "de")).toBe("Die Lieferungen sind um 20 Prozent gestiegen");
    const kpler = "Indien kaufte im Oktober 1,7 Millionen Barrel pro Tag, wie Daten von Kpler zeigen.";
    expect(claimant(kpler, "de")).toBe("Kpler");
    expect(wording(kpler, "de")).toBe("Indien kaufte im Oktober 1,7 Millionen Barrel pro Tag");
    expect(claimant("Die Zahl stieg auf 400, wie das Verteidigungsministerium am Montag mitteilte.", "de")).toBe("Verteidigungsministerium");
  });

  it("finds more of the forms news agencies use, and words the claim without them", () => {
    expect(claimant("Das teilte das Ministerium am Dienstag mit.", "de")).toBe("Ministerium");
    expect(claimant("Russland teilte Indien mit, dass 300 Panzer geliefert werden.", "de")).toBe("Russland");
    const spiegel = "Nach Informationen des Spiegel hat die Regierung 2 Milliarden Euro ausgegeben.";
    expect(claimant(spiegel, "de")).toBe("Spiegel");
    expect(wording(spiegel, "de")).toBe("Die Regierung hat 2 Milliarden Euro ausgegeben");
    expect(wording("Dem Bericht zufolge stiegen die Preise um 3 Prozent.", "de")).toBe("Die Preise stiegen um 3 Prozent");
    expect(wording("Kpler zufolge importierte Indien 1,7 Millionen Barrel.", "de")).toBe("Indien importierte 1,7 Millionen Barrel");
    const ons = "Prices rose 3 per cent last year, the Office for National Statistics said on Wednesday.";
    expect(claimant(ons, "en")).toBe("Office for National Statistics");
    expect(wording(ons, "en")).toBe("Prices rose 3 per cent last year");
    expect(wording("“We are not worried,” said Jane Doe, a spokeswoman for the ministry.", "en")).toBe("We are not worried");
    expect(wording("Officials told CNN that 300 troops had arrived.", "en")).toBe("300 troops had arrived");
    expect(wording("Reuters reported that exports fell 4 per cent.", "en")).toBe("Exports fell 4 per cent");
  });

  // Found by the hostile probe of stop 23.
  it("keeps 'Dr. med.' inside the sentence and its source whole, and drops long trailing attributions", () => {
    const doctor = "Laut Dr. med. Müller vom Uniklinikum Köln sind 30 Prozent der Patienten geimpft.";
    expect(texts(doctor, "de")).toEqual([doctor]);
    // Academic titles stay apart from the name like offices (since stop 34: "Geschäftsführerin Dr. med. Sabine Kolbeck" → Sabine Kolbeck).
    expect(claimant(doctor, "de")).toBe("Müller");
    expect(wording(doctor, "de")).toBe("30 Prozent der Patienten sind geimpft");
    expect(wording("Nach Angaben des Robert Koch-Instituts stieg die Zahl der Fälle um 12 Prozent.", "de")).toBe("Die Zahl der Fälle stieg um 12 Prozent");
    expect(wording("\"We have cut emissions by 40 percent,\" Prime Minister Rishi Sunak said in London on Tuesday.", "en")).toBe("We have cut emissions by 40 percent");
  });

  // Found by the hostile probe of stop 23 and on news prose in stop 24.
  it("takes the speaker before an apposition or relative clause, not what follows the verb", () => {
    const smith = "Mr. Smith, a spokesman for the U.S. Department of Defense, said the army had lost 300 tanks.";
    expect(claimant(smith, "en")).toBe("Smith");
    expect(wording(smith, "en")).toBe("The army had lost 300 tanks");
    const company = "The company, which employs 12,000 people, said profits rose 8% in 2023.";
    expect(claimant(company, "en")).toBe("The company");
    expect(wording(company, "en")).toBe("Profits rose 8% in 2023");
    const nowak = "Nowak, der russische Energieminister, sagte, Indien kaufe mehr Öl.";
    expect(claimant(nowak, "de")).toBe("Nowak");
    expect(wording(nowak, "de")).toBe("Indien kaufe mehr Öl");
    const bailey = "“Inflation is falling,” the central bank's governor, Andrew Bailey, said on Thursday.";
    expect(claimant(bailey, "en")).toBe("Andrew Bailey");
    expect(wording(bailey, "en")).toBe("Inflation is falling");
    const historian = "A great historian, Henry Steele Commager, said that neither party is looking beyond November.";
    expect(claimant(historian, "en")).toBe("Henry Steele Commager");
    expect(wording(historian, "en")).toBe("Neither party is looking beyond November");
    expect(wording("General Shinseki, the Army chief of staff, told him he would need 300,000 troops.", "en")).toBe("He will need 300,000 troops");
    // A clause after the verb is the statement, never its speaker; a name spoken to is no speaker.
    expect(claimant("The talks failed, said the army had lost 300 tanks.", "en")).toBeUndefined();
    expect(claimant("The fact that this has become part of your campaign, Senator McCain, says more about you.", "en")).toBeUndefined();
    // A trailing ", says that …" without the claimant in it stays: it is what was said.
    const trailing = "Prices fell, the president of Iran, Ahmadinejad, says that our debt makes us weak, and that is frightening.";
    expect(wording(trailing, "en")).toContain("our debt makes us weak");
  });

  it("drops an opening phrase with the speaker, and keeps a clause after a trailing verb of saying", () => {
    expect(wording("Speaking to reporters on Monday, Johnson said the deal would create 3,000 jobs.", "en")).toBe("The deal will create 3,000 jobs");
    const statement = "In a statement, the ministry said 14 soldiers were killed.";
    expect(claimant(statement, "en")).toBe("the ministry");
    expect(wording(statement, "en")).toBe("14 soldiers were killed");
    expect(wording("Prices rose 3%, wages fell 2%, analysts said.", "en")).toBe("Prices rose 3%, wages fell 2%");
    expect(wording("Now, John Podesta said you have terrible instincts.", "en")).toBe("You have terrible instincts");
    expect(claimant("Critics say the government has failed to act.", "en")).toBe("Critics");
    expect(wording("Some analysts say prices will rise 3%.", "en")).toBe("Prices will rise 3%");
    // "say" alone names nobody after "I", "To" or "Let's".
    expect(claimant("If I say yes, then 300 people die.", "en")).toBeUndefined();
    const trump = '"We are going to have the strongest economy," Trump told supporters at a rally in Pennsylvania.';
    expect(wording(trump, "en")).toBe("We are going to have the strongest economy");
    const leavitt = 'White House press secretary Karoline Leavitt said the administration was "confident" the policy would work.';
    expect(claimant(leavitt, "en")).toBe("Karoline Leavitt");
    expect(wording(leavitt, "en")).toBe("The administration was confident the policy would work");
    // A party tag between commas is no name: better no claimant than "R-Ky.".
    expect(claimant('"This is a tax on consumers," Sen. Rand Paul, R-Ky., wrote on X.', "en")).not.toBe("R-Ky.");
    const saliba = 'Dr Vanessa Saliba, a consultant epidemiologist at UKHSA, said: "Measles is not a mild illness."';
    expect(claimant(saliba, "en")).toBe("Vanessa Saliba");
    expect(wording(saliba, "en")).toBe("Measles is not a mild illness");
    // A clause of its own in front of the speaker stays: "When Reagan won …, Mr. Ford added back …".
    const ford = "When Ronald Reagan won the Texas primary, Mr. Ford added back another 1.5 billion dollars.";
    expect(wording(ford, "en")).toBe("When Ronald Reagan won the Texas primary, Mr. Ford added back another 1.5 billion dollars");
  });

  it("reads a news agency's wire copy: byline, dateline, credits, analysts and data as sources", () => {
    const wire = [
      "By Jane Porter and Luis Ortega",
      "",
      "BRUSSELS, Oct 20 (Reuters) - EU energy ministers agreed on Monday to phase out Russian gas by 2027.",
      "",
      "Analysts at Goldman Sachs estimate that the ban could raise prices by up to 10 per cent.",
      "",
      "Some 14 billion cubic metres of Russian LNG were shipped to Europe, Kpler data showed.",
      "",
      "(Reporting by Jane Porter; Editing by Mark Heinrich)",
    ].join("\n");
    const units = extract(wire, { language: "en" }).units;
    expect(units.map((unit) => unit.kind)).toEqual(["boilerplate", "claim", "claim", "claim", "boilerplate"]);
    expect(units[1]).toMatchObject({ suggestedWording: "EU energy ministers agreed on Monday to phase out Russian gas by 2027" });
    expect(units[1]!.entities.map((e) => `${e.type}:${e.text}`)).toContain("date:Oct 20");
    expect(units[2]).toMatchObject({ claimant: { text: "Analysts at Goldman Sachs" }, suggestedWording: "The ban could raise prices by up to 10 per cent" });
    expect(units[3]).toMatchObject({ claimant: { text: "Kpler" }, suggestedWording: "Some 14 billion cubic metres of Russian LNG were shipped to Europe" });
    // "a move that officials said …": a relative clause's subject is no speaker of the sentence.
    expect(claimant("Ministers agreed to the ban, a move that officials said would cost Moscow billions.", "en")).toBeUndefined();
    expect(wording("Berlin (dpa) - Die Inflation ist auf 2,3 Prozent gestiegen.", "de")).toBe("Die Inflation ist auf 2,3 Prozent gestiegen");
  });

  it("finds German speakers after compound offices, before a party in brackets, and after 'Nach Einschätzung'", () => {
    const klingbeil = "Bundesfinanzminister Lars Klingbeil (SPD) erklärte, die Regierung werde die Entwicklung genau beobachten.";
    expect(claimant(klingbeil, "de")).toBe("Lars Klingbeil");
    expect(wording(klingbeil, "de")).toBe("Die Regierung wird die Entwicklung genau beobachten");
    const kraemer = "„Die Preise ziehen weiter an“, sagte Commerzbank-Chefvolkswirt Jörg Krämer der Nachrichtenagentur dpa.";
    expect(claimant(kraemer, "de")).toBe("Jörg Krämer");
    const experts = "Nach Einschätzung vieler Experten dürfte sie die Zinsen im Dezember unverändert lassen.";
    expect(claimant(experts, "de")).toBe("Experten");
    expect(wording(experts, "de")).toBe("Sie dürfte die Zinsen im Dezember unverändert lassen");
    const reiche = "Wirtschaftsministerin Katherina Reiche (CDU) sagte am Mittwoch in Berlin, ohne staatliche Hilfe drohe der Verlust von 80.000 Stellen.";
    expect(claimant(reiche, "de")).toBe("Katherina Reiche");
    expect(wording(reiche, "de")).toBe("Ohne staatliche Hilfe droht der Verlust von 80.000 Stellen");
    expect(claimant("„Das ist ein Blankoscheck“, sagte Fraktionsvize Andreas Audretsch.", "de")).toBe("Andreas Audretsch");
    const iw = "Laut einer Studie des Instituts der deutschen Wirtschaft (IW) hängen rund 250.000 Jobs an der Stahlbranche.";
    expect(claimant(iw, "de")).toBe("Institut der deutschen Wirtschaft");
    const critics = "Kritiker warnen, die Subventionen könnten den Wettbewerb verzerren.";
    expect(claimant(critics, "de")).toBe("Kritiker");
    expect(wording(critics, "de")).toBe("Die Subventionen könnten den Wettbewerb verzerren");
    // A "dass" clause ends with its verb: without the speaker its verb goes back after the subject.
    const doctor = "Eine Ärztin erklärte, dass 99 Prozent aller Krankenhäuser korrupt seien.";
    // Since stop 43 a simple "dass" clause is worded as a sentence of its own (german-dass-clause.ts).
    expect(wording(doctor, "de")).toBe("99 Prozent aller Krankenhäuser sind korrupt");
    // An office followed by "des …" names an institution, not a person.
    expect(entities("Seit 2009 ist er Vorstandsvorsitzender des Universitätsklinikums Schleswig-Holstein.", "de")).not.toContain("person:Universitätsklinikums Schleswig-Holstein");
  });

  it("leaves the wording whole where the rest would not read as a sentence", () => {
    expect(wording("Laut Bericht stieg die Zahl.", "de")).toBe("Die Zahl stieg");
    expect(wording("Laut dem Bericht geliefert.", "de")).toBe("Laut dem Bericht geliefert");
    // Since stop 26 an approximate number with "Millionen" and its noun is put in front as a subject.
    expect(wording("Laut Bundesagentur für Arbeit waren rund 2,9 Millionen Menschen arbeitslos.", "de")).toBe("Rund 2,9 Millionen Menschen waren arbeitslos");
    expect(wording("Zudem waren rund 2,9 Millionen Menschen arbeitslos.", "de")).toBe("Rund 2,9 Millionen Menschen waren arbeitslos");
    expect(wording("Stattdessen setzt sie auf einen Dialog.", "de")).toBe("Sie setzt auf einen Dialog");
  });
});

describe("German sample articles rank as a careful reader would", () => {
  const units = [
    ...extract(sample("article-1-qingdao-defence-ministers.de.txt"), { language: "de" }).units.map((u) => ({ u, t: sample("article-1-qingdao-defence-ministers.de.txt") })),
    ...extract(sample("article-2-lavrov-jaishankar-arms.de.txt"), { language: "de" }).units.map((u) => ({ u, t: sample("article-2-lavrov-jaishankar-arms.de.txt") })),
  ];
  const find = (words: string) => {
    const found = units.find(({ u, t }) => t.slice(u.start, u.end).includes(words));
    if (!found) throw new Error(`no unit contains ${words}`);
    return found.u;
  };

  it("reads headline, stance and dependency sentences as check-worthy claims", () => {
    for (const words of [
      "planen massive Ausweitung ihrer Verteidigungskooperation",
      "Russland betrachtet Pakistan als wichtigen strategischen Partner",
      "auf Russland als Lieferanten für militärische Ausrüstung angewiesen",
    ]) {
      const unit = find(words);
      expect(unit.kind, words).toBe("claim");
      expect(unit.checkworthy, words).toBe(true);
      expect(unit.checkworthiness, words).toBeGreaterThan(0.2);
    }
  });

  it("reads 'sollte … empfangen werden' as a schedule, not an opinion", () => {
    const unit = find("sollte zudem von Präsident Wladimir Putin empfangen werden");
    expect(unit.kind).toBe("claim");
    expect(unit.subjective).toBe(false);
  });
});
