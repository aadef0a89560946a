import { describe, expect, it } from "vitest";
import { claimantOf as claimant, entitiesOf, unitsOf as units, unitTexts, wordingOf as wording } from "../support/claim-sentence";

// Forms found by the engine read of stop 34: twelve new articles (German budget report, regional hospital closure,
// interview, RKI study, hard-wrapped energy piece, foreign affairs in reported speech; English wire report on rates,
// US school board, explainer, science report, hard-wrapped newsletter, political speech) the engine had never seen.


describe("English speakers named once and meant again", () => {
  it("gives a quotation on its own to the speaker of the quotation before it", () => {
    const text = '"Police-recorded crime and the survey tell different stories," said Dr. Fiona Marsh, a criminologist. "Politicians pick whichever number suits them."';
    expect(units(text, "en")[1]).toMatchObject({ claimant: "Fiona Marsh", wording: "Politicians pick whichever number suits them" });
  });

  it("reads 'he told reporters' after a sentence that opens with one person, and takes the attribution out", () => {
    const text =
      'Home Secretary Michael Thornbury dismissed the speech as "fantasy politics". "She knows that we have more police officers than ever," he told reporters outside Downing St. on Monday morning. "Crime is down by half since 2010."';
    const [, told, next] = units(text, "en");
    expect(told).toMatchObject({ claimant: "Michael Thornbury", wording: "She knows that we have more police officers than ever" });
    expect(next).toMatchObject({ claimant: "Michael Thornbury", wording: "Crime is down by half since 2010" });
  });

  it("follows 'She also claimed', 'However, she warned', 'He pointed out' and ', he said, adding that'", () => {
    const text =
      'Opposition leader Harriet Cole said crime had doubled. She also claimed that the number of officers was lower than in 2010. However, she warned that class sizes could rise to 28. She pointed out that 4% of burglaries were solved. "We are ready," she said, adding that the party had 20,000 recruits.';
    const [, also, however, pointed, adding] = units(text, "en");
    expect(also).toMatchObject({ claimant: "Harriet Cole", wording: "The number of officers was lower than in 2010" });
    expect(however).toMatchObject({ claimant: "Harriet Cole", wording: "Class sizes could rise to 28" });
    expect(pointed).toMatchObject({ claimant: "Harriet Cole", wording: "4% of burglaries were solved" });
    expect(adding).toMatchObject({ claimant: "Harriet Cole", wording: "We are ready, and the party had 20,000 recruits" });
  });

  it("finds a speaker with an adverb before the verb, and bodies whose data or work found something", () => {
    expect(claimant("Thornbury also claimed that the plans would cost £2.4 billion a year.", "en")).toBe("Thornbury");
    expect(wording("Thornbury also claimed that the plans would cost £2.4 billion a year.", "en")).toBe("The plans will cost £2.4 billion a year");
    expect(claimant("The Institute for Fiscal Studies has previously estimated the measure could raise £2bn.", "en")).toBe("Institute for Fiscal Studies");
    const ons = "Data from the Office for National Statistics show that offences rose from about 30,000 to 50,000.";
    expect([claimant(ons, "en"), wording(ons, "en")]).toEqual(["Office for National Statistics", "Offences rose from about 30,000 to 50,000"]);
    const bbc = "A 2021 investigation by the BBC found that around 667 police stations had closed.";
    expect([claimant(bbc, "en"), wording(bbc, "en")]).toEqual(["BBC", "Around 667 police stations had closed"]);
    // "Ohio also added 92,000 jobs" adds jobs, it says nothing.
    expect(claimant("Ohio also added 92,000 jobs.", "en")).toBeUndefined();
  });

  it("keeps titles, initials and lower-case offices apart from the name", () => {
    expect(claimant('"It works," said Prof. David M. Okonkwo, a neurologist at King\'s College London.', "en")).toBe("David M. Okonkwo");
    const solberg = '"It is encouraging," said lead author Dr. Ingrid Solberg, an epidemiologist at the institute.';
    expect([claimant(solberg, "en"), wording(solberg, "en")]).toEqual(["Ingrid Solberg", "It is encouraging"]);
    const ferreira = '"It would be appropriate to cut," ECB Vice-President Tomas Ferreira told a news conference.';
    expect([claimant(ferreira, "en"), wording(ferreira, "en")]).toEqual(["Tomas Ferreira", "It would be appropriate to cut"]);
    expect(entitiesOf("Opposition leader Harriet Cole accused the government.", "en")).toContain("person:Harriet Cole");
  });

  it("keeps the subject 'that' and leaves out what the speaker went on to warn", () => {
    expect(wording("District spokesperson Ben Alcott said that would not happen.", "en")).toBe("That will not happen");
    expect(wording("Dr. Markus Feld, an economist at IWE, said services inflation remained stubborn at 4.0% and warned that the ECB risked moving too early.", "en")).toBe(
      "Services inflation remained stubborn at 4.0%",
    );
    expect(wording("Smith said that prices rose and that wages fell.", "en")).toBe("Prices rose, and wages fell");
  });
});

describe("German speakers after the verb", () => {
  it("keeps academic titles with the speaker's description and takes the attribution out", () => {
    const haberland = "„Die Zahlen sind alarmierend“, sagte Studienleiterin Dr. Miriam Haberland vom RKI in Berlin.";
    expect([claimant(haberland, "de"), wording(haberland, "de")]).toEqual(["Miriam Haberland", "Die Zahlen sind alarmierend"]);
    const kolbeck = "Im Jahr 2024 habe das Haus ein Defizit von 4,7 Millionen Euro verbucht, teilte Geschäftsführerin Dr. med. Sabine Kolbeck mit.";
    expect([claimant(kolbeck, "de"), wording(kolbeck, "de")]).toEqual(["Sabine Kolbeck", "Im Jahr 2024 hat das Haus ein Defizit von 4,7 Millionen Euro verbucht"]);
    expect(claimant("„Das ist zu wenig“, sagte Prof. Dr. Hans Meier.", "de")).toBe("Hans Meier");
  });

  it("gives 'sagte er' to the one person the sentence before opened with", () => {
    const text = "Bürgermeister Thomas Reinhold (parteilos) reagierte fassungslos. „Ich habe davon aus der Zeitung erfahren“, sagte er am Montag im Rathaus.";
    expect(units(text, "de")[1]!.claimant).toBe("Thomas Reinhold");
  });
});

describe("German wordings and speakers", () => {
  it("drops a leading 'Auch' without moving the words after it, and keeps a subject joined by 'und' whole", () => {
    expect(wording("Auch neue Autos sind teuer.", "de")).toBe("Neue Autos sind teuer");
    expect(wording("Auch viele Bürgerinnen und Bürger sind besorgt.", "de")).toBe("Viele Bürgerinnen und Bürger sind besorgt");
    expect(wording("Laut der Studie erreichen nur 21,4 Prozent der Mädchen und 29,8 Prozent der Jungen die Empfehlung.", "de")).toBe(
      "Nur 21,4 Prozent der Mädchen und 29,8 Prozent der Jungen erreichen die Empfehlung",
    );
    // A comma after a verb's object opens a relative clause, no speech: the sentence stays whole.
    const linke = "Die Linke forderte eine Vermögensteuer, die nach ihren Berechnungen jährlich 25 Mrd. Euro einbringen würde.";
    expect(wording(linke, "de")).toBe(linke.slice(0, -1));
    // "zu hoch" is "too high", no infinitive clause.
    expect(wording("Außerdem erklärte Finanzminister Christian Lindner, die Schulden seien zu hoch.", "de")).toBe("Die Schulden sind zu hoch");
  });

  it("reads more reported speech in the indicative and finds the office it came from", () => {
    const text =
      "„Wir helfen“, sagte Wernicke. Dafür stünden 48 Mio. Euro zur Verfügung. In einigen Regionen herrsche Wassermangel, dort sollten ab 2027 rund 600 Fachkräfte ausgebildet werden.";
    const [, available, planned] = units(text, "de");
    expect(available).toMatchObject({ claimant: "Wernicke", wording: "Dafür stehen 48 Mio. Euro zur Verfügung" });
    expect(planned).toMatchObject({ claimant: "Wernicke", wording: "In einigen Regionen herrscht Wassermangel, dort sollen ab 2027 rund 600 Fachkräfte ausgebildet werden" });
    const office = "Aus dem Auswärtigen Amt hieß es dazu, die Projekte sollten mit entsalztem Meerwasser betrieben werden.";
    expect([claimant(office, "de"), wording(office, "de")]).toEqual(["Auswärtiges Amt", "Die Projekte sollen mit entsalztem Meerwasser betrieben werden"]);
    expect(claimant("Nach einem Treffen mit seiner Amtskollegin Grace Wanjiru sagte Reimers am Mittwoch, man habe sich verständigt.", "de")).toBe("Reimers");
  });

  it("gives a speaker named by office alone to the person introduced with that office", () => {
    const text = "Bundesaußenminister Konstantin Reimers (CDU) ist in Kenia. Deutschland werde bis zu 450 Millionen Euro bereitstellen, erklärte der Minister.";
    expect(units(text, "de")[1]!.claimant).toBe("Konstantin Reimers");
  });

  it("gives an interviewer's turns no speaker and takes their label out of the wording", () => {
    const text = [
      "SZ: Frau Stahlberg, es wurden nur 215.000 Wohnungen gebaut.",
      "Stahlberg: Die Zahl der Baugenehmigungen stieg im August um 11,3 Prozent.",
      "SZ: Kritiker sagen, das sei nur ein statistischer Effekt.",
      "Stahlberg: Die Zinsen sind gesunken.",
    ].join("\n\n");
    const [question, answer, critics, second] = units(text, "de");
    expect(question).toMatchObject({ claimant: null, wording: "Frau Stahlberg, es wurden nur 215.000 Wohnungen gebaut" });
    expect(answer!.claimant).toBe("Stahlberg");
    expect(critics).toMatchObject({ claimant: "Kritiker" });
    expect(critics!.wording.startsWith("SZ:")).toBe(false);
    expect(second!.claimant).toBe("Stahlberg");
  });

  it("reads 'elf' as a number and 'Bad' in a place's name as no judgement", () => {
    expect(entitiesOf("In Hessen wurden elf Kliniken geschlossen.", "de")).toContain("number:elf");
    expect(units("Ein Rettungswagen-Standort in Bad Wernstein ist geplant.", "de")[0]!.kind).not.toBe("opinion");
  });
});

describe("page furniture and line breaks", () => {
  it("reads contact, subscription, issue, agency-code, interview-credit and dateline lines as boilerplate", () => {
    const lines = [
      ["Contact Carla Mendez at cmendez@example.com or 330-555-0147.", "en"],
      ["You are receiving this because you subscribed to The Ledger.", "en"],
      ["Issue 212 | Friday 26 July", "en"],
      ["dpa mey/kot yyzz a3 fi", "de"],
      ["Das Gespräch führte Tobias Krämer.", "de"],
      ["Interview: Tobias Krämer", "de"],
      ["Bad Wernstein.", "de"],
      ["Frankfurt am Main.", "de"],
    ] as const;
    for (const [line, language] of lines) expect(units(line, language).map((unit) => unit.kind), line).toEqual(["boilerplate"]);
    expect(units("Contact lenses cost 40 dollars on average.", "en")[0]!.kind).not.toBe("boilerplate");
  });

  it("ends a byline at its line, and joins lines broken after a title, a possessive or before a date's day", () => {
    expect(unitTexts("By Carla Mendez | Staff Writer\nPublished 9:42 p.m. ET Feb. 20, 2024", "en")).toEqual(["By Carla Mendez | Staff Writer", "Published 9:42 p.m. ET Feb. 20, 2024"]);
    expect(unitTexts("Unsubscribe | Manage\npreferences", "en")).toEqual(["Unsubscribe | Manage\npreferences"]);
    expect(unitTexts("Energieexperte Prof.\nDr. Jan Weber rät allen Kunden, ihre\nVerträge zu prüfen.", "de")).toEqual(["Energieexperte Prof.\nDr. Jan Weber rät allen Kunden, ihre\nVerträge zu prüfen."]);
    expect(unitTexts("Seit dem\n1. Januar 2025 gilt die Regel für alle.", "de")).toEqual(["Seit dem\n1. Januar 2025 gilt die Regel für alle."]);
  });

  it("reads a decimal with more than three digits whole", () => {
    expect(entitiesOf("The euro rose to $1.0695 and the yield to 2.9125%.", "en")).toEqual(["number:$1.0695", "number:2.9125%"]);
    expect(entitiesOf("Die Stadt hat 1.234.567 Einwohner.", "de")).toContain("number:1.234.567");
  });
});

// Second engine read of stop 34: eight more articles (Bundestag debate, Amtsgericht, doping with »…«, DWD climate
// report hard-wrapped; Guardian politics with a quotation over three paragraphs, AP flood, AI regulation, FDA approval).
describe("quotations over several sentences and paragraphs", () => {
  it("closes German »…« quotations with «, so the sentences after them are units of their own", () => {
    const text = "»Ich habe nie verbotene Substanzen genommen«, heißt es darin. Ihr Anwalt Christoph Wegener sagte, es gebe »erhebliche Zweifel«. Der Transport habe 72 Stunden gedauert.";
    expect(units(text, "de").map((unit) => [unit.text, unit.claimant])).toEqual([
      ["»Ich habe nie verbotene Substanzen genommen«, heißt es darin.", null],
      ["Ihr Anwalt Christoph Wegener sagte, es gebe »erhebliche Zweifel«.", "Christoph Wegener"],
      ["Der Transport habe 72 Stunden gedauert.", "Christoph Wegener"],
    ]);
    // French «…» still opens with «.
    expect(unitTexts("Il a dit: «Les prix montent. Les salaires aussi.» Puis il est parti.", "de")).toHaveLength(2);
  });

  it("gives every paragraph of a quotation introduced by a colon to the speaker named before it, not to a name inside it", () => {
    const text = [
      "Speaking to the Guardian, the Labour MP for Leeds East, Richard Burgon, set out his objections:",
      '"I did not come into politics to take money away from disabled people.',
      '"The government says it wants to get people back into work. Nobody disagrees with that.',
      '"The Treasury has not published a full impact assessment, and I will not vote for it."',
    ].join("\n\n");
    const [, first, second, third] = units(text, "en");
    expect([first!.claimant, second!.claimant, third!.claimant]).toEqual(["Richard Burgon", "Richard Burgon", "Richard Burgon"]);
    expect(second!.wording).toBe("The government says it wants to get people back into work. Nobody disagrees with that");
  });
});

describe("more English speakers and sources", () => {
  it("reads dotted abbreviations in a source, occupations before a name and an apposition after 'A spokesperson'", () => {
    const usgs = "The river reached 37.5 feet, the second-highest level on record, according to U.S. Geological Survey data.";
    expect([claimant(usgs, "en"), wording(usgs, "en")]).toEqual(["U.S. Geological Survey", "The river reached 37.5 feet, the second-highest level on record"]);
    const runyen = "The National Weather Service issued a flash flood watch on Thursday, meteorologist Jason Runyen said.";
    expect([claimant(runyen, "en"), wording(runyen, "en")]).toEqual(["Jason Runyen", "The National Weather Service issued a flash flood watch on Thursday"]);
    const reyes = "A spokesperson, Daniel Reyes, said Atlas-4 is used by more than 60 million people each month.";
    expect([claimant(reyes, "en"), wording(reyes, "en")]).toEqual(["Daniel Reyes", "Atlas-4 is used by more than 60 million people each month"]);
    const kendall = "The work and pensions secretary, Liz Kendall, told the Commons on Tuesday that the reforms would save about £5bn a year.";
    expect([claimant(kendall, "en"), wording(kendall, "en")]).toEqual(["Liz Kendall", "The reforms will save about £5bn a year"]);
    expect(wording("The Ohio Department of Education reported last year that one in four districts lost 10% of their pupils.", "en")).toBe("One in four districts lost 10% of their pupils");
    expect(entitiesOf("The S&P 500 rose 1.2% and the FTSE 100 fell.", "en").filter((entity) => entity.startsWith("number"))).toEqual(["number:1.2%"]);
  });

  it("joins 'and that' after a speaker left out without a first 'that' only where a clause follows", () => {
    expect(wording("A Downing Street spokesperson said the reforms would pass and that the vast majority of MPs agree.", "en")).toBe("The reforms will pass, and the vast majority of MPs agree");
    expect(wording("Smith said prices rose and that hurt families.", "en")).toBe("Prices rose and that hurt families");
  });

  it("gives 'sagte er' to the party a court report opened the sentence before with ('Der Angeklagte')", () => {
    const text = "Der Angeklagte selbst gab in einer Erklärung zu, Geld genommen zu haben. „Es tut mir leid“, sagte er mit leiser Stimme. Er habe eine Therapie begonnen.";
    const [, sorry, therapy] = units(text, "de");
    expect(sorry).toMatchObject({ claimant: "Der Angeklagte", wording: "Es tut mir leid" });
    expect(therapy).toMatchObject({ claimant: "Der Angeklagte", wording: "Er hat eine Therapie begonnen" });
  });

  it("reads more page furniture as boilerplate", () => {
    const lines = [
      ["June 12, 2025 at 6:30 a.m. EDT", "en"],
      ["Stengle reported from Dallas.", "en"],
      ["(Credit: Suzanne Kreiter/Boston Globe via Getty Images)", "en"],
      ["Aktualisiert am 14.11.2024, 18:42 Uhr", "de"],
      ["Göttingen | 03.09.2024 | 15:10 Uhr | Von Jonas Brettschneider", "de"],
      ["Weiterlesen: Die größten Dopingfälle der Leichtathletik", "de"],
      ["(Foto: Imago/Beautiful Sports)", "de"],
    ] as const;
    for (const [line, language] of lines) expect(units(line, language).map((unit) => unit.kind), line).toEqual(["boilerplate"]);
    expect(units("The police reported from the scene that 3 people died.", "en")[0]!.kind).toBe("claim");
  });
});
