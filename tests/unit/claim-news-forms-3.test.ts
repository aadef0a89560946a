import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";
import { claimantOf as claimant, entitiesOf, wordingOf as wording } from "../support/claim-sentence";

// Forms found by the engine read of stop 33: five new articles (German labour market, a hard-wrapped German
// interview, a German court ruling and climate report, an English wire story on measles, an English court
// and climate story) that the engine had never seen.

const kinds = (text: string, language: "de" | "en") => extract(text, { language }).units.map((unit) => [text.slice(unit.start, unit.end), unit.kind]);

describe("page furniture of real articles", () => {
  it("reads date lines, bylines with a post, photo credits and an interview's credit and close as boilerplate", () => {
    const lines = [
      "Damian Carrington, Environment editor",
      "Thu 20 Jun 2024 11.42 BST",
      "Berlin, 12. Februar 2025",
      "26.03.2025",
      "Photograph: Jill Mead/The Guardian",
      "Ein Interview von Thomas Gutschker und Eckart Lohse",
      "Our Standards: The Thomson Reuters Trust Principles.",
      "Herr Minister, vielen Dank für das Gespräch.",
      "Das Gespräch wurde schriftlich autorisiert.",
      "Dieses Thema im Programm: Das Erste, tagesschau, 04. März 2025, 12:00 Uhr",
    ];
    for (const line of lines) expect(kinds(line, line.includes("Gespräch") || line.includes("Februar") ? "de" : "en")).toEqual([[line, "boilerplate"]]);
  });

  it("keeps sentences that start with a date or end with an editor as statements", () => {
    expect(kinds("On 12 March 2024 the court ruled.", "en")[0]![1]).toBe("claim");
    expect(kinds("Sales rose sharply, said the editor.", "en")[0]![1]).toBe("claim");
  });
});

describe("English speakers", () => {
  it("finds the speaker after a quotation with a title or an apposition, and takes the attribution out of the wording", () => {
    const saliba = "\"Measles is not a mild illness,\" Dr Vanessa Saliba, a consultant epidemiologist at the UKHSA, told reporters.";
    expect(claimant(saliba, "en")).toBe("Vanessa Saliba");
    expect(wording(saliba, "en")).toBe("Measles is not a mild illness");
    const pritchard = "\"We are seeing pressure on every ward,\" NHS England chief executive Amanda Pritchard said in a statement.";
    expect(claimant(pritchard, "en")).toBe("Amanda Pritchard");
    expect(wording("\"This is a watershed moment,\" Finch told the Guardian outside the court.", "en")).toBe("This is a watershed moment");
  });

  it("names a body by its kind ('the committee said', 'The union said last month that …')", () => {
    const committee = "Only a third of the emissions reductions needed were covered by credible plans, the committee said.";
    expect(claimant(committee, "en")).toBe("the committee");
    expect(wording(committee, "en")).toBe("Only a third of the emissions reductions needed were covered by credible plans");
    expect(claimant("The union said last month that resident doctors could strike again if talks on pay failed.", "en")).toBe("The union");
    expect(claimant("The campaign will offer MMR jabs in schools, a Department of Health spokesperson said.", "en")).toBe("a Department of Health spokesperson");
    // Not a clause's subject or a pronoun after "the more".
    expect(claimant("Ministers agreed to the ban, a move that officials said would cost Moscow billions.", "en")).toBeUndefined();
    expect(claimant("The more he said, the less we knew.", "en")).toBeUndefined();
  });

  it("takes the office holder after a possessive office, and a body named with its kind in lower case", () => {
    const richardson = "The CCC's interim chief executive, James Richardson, told reporters that the next government had \"no time to lose\".";
    expect(claimant(richardson, "en")).toBe("James Richardson");
    expect(wording(richardson, "en")).toBe("The next government had no time to lose");
    const body = "Industry body Offshore Energies UK said the ruling created \"uncertainty\" for investors.";
    expect(claimant(body, "en")).toBe("Offshore Energies UK");
    expect(wording(body, "en")).toBe("The ruling created uncertainty for investors");
  });
});

describe("German speakers", () => {
  it("finds a speaker with article, adjective, office and party, so the speaker before does not carry over", () => {
    const units = extract(
      "„Das ist ein guter Tag“, sagte Präsident Reiner Holznagel. Der frühere Bundesfinanzminister Christian Lindner (FDP) erklärte, er respektiere das Urteil. Die Politik bleibe aber gefordert, den Soli vollständig abzuschaffen.",
      { language: "de" },
    ).units;
    expect(units.map((unit) => unit.claimant?.text)).toEqual(["Reiner Holznagel", "Christian Lindner", "Christian Lindner"]);
  });

  it("takes the person named after an office between commas as the speaker", () => {
    expect(claimant("„Die Frühjahrsbelebung ist bislang ausgeblieben“, sagte die Vorstandsvorsitzende der Bundesagentur, Andrea Nahles, am Dienstag in Nürnberg.", "de")).toBe("Andrea Nahles");
    expect(claimant("Der Chefvolkswirt der ING Deutschland, Carsten Brzeski, sprach von einer „strukturellen Krise“.", "de")).toBe("Carsten Brzeski");
  });

  it("reads compound offices before a name as titles, and the name as a person", () => {
    expect(claimant("Nato-Generalsekretär Mark Rutte sagte, die Allianz sei stark.", "de")).toBe("Mark Rutte");
    expect(entitiesOf("Die Wehrbeauftragte Eva Högl hat in ihrem Jahresbericht beklagt, dass Kasernen verfallen.", "de")).toContain("person:Eva Högl");
    expect(entitiesOf("Verfassungsrichterin Doris König sagte, das Urteil sei klar.", "de")).toContain("person:Doris König");
  });

  it("names nobody for a question word", () => {
    expect(claimant("Was sagen Sie diesen Menschen?", "de")).toBeUndefined();
  });
});

describe("German word order in a wording", () => {
  it("keeps a short name in brackets and an office with the subject when the verb goes back to second place", () => {
    expect(wording("Unterdessen hat das Umweltbundesamt (UBA) neue Zahlen zu den Treibhausgasemissionen vorgelegt.", "de")).toBe(
      "Das Umweltbundesamt (UBA) hat neue Zahlen zu den Treibhausgasemissionen vorgelegt",
    );
    expect(wording("Wie ein Sprecher des Auswärtigen Amtes mitteilte, reist Außenministerin Annalena Baerbock am Freitag nach Kiew.", "de")).toBe(
      "Außenministerin Annalena Baerbock reist am Freitag nach Kiew",
    );
    expect(wording("Laut Regierung liefert Deutschland Waffen an die Ukraine.", "de")).toBe("Deutschland liefert Waffen an die Ukraine");
  });
});

describe("writers' verdicts", () => {
  it("reads stance adverbs and verdict words as opinion", () => {
    const [overdue] = extract("Das ist längst überfällig.", { language: "de" }).units;
    expect(overdue).toMatchObject({ kind: "opinion", subjective: true });
    const [frankly] = extract("Frankly, the government's record on public health has been disappointing.", { language: "en" }).units;
    expect(frankly!.subjective).toBe(true);
  });
});

describe("relative days", () => {
  it("keeps 'heute' set against earlier times ('heute besser'), and still resolves the day", () => {
    const articleDate = new Date("2025-02-12T00:00:00Z");
    const nowadays = extract("Aber die Bundeswehr ist heute besser aufgestellt als vor drei Jahren.", { language: "de", articleDate }).units[0]!;
    expect(nowadays.suggestedWording).toBe("Die Bundeswehr ist heute besser aufgestellt als vor drei Jahren");
    const day = extract("Der Minister reist heute nach Kiew.", { language: "de", articleDate }).units[0]!;
    expect(day.suggestedWording).toBe("Der Minister reist am 12. Februar 2025 nach Kiew");
  });
});

describe("German sources by pronoun and continued reported speech", () => {
  it("reads 'Nach seinen Angaben …' as the person named just before, and puts the verb second again", () => {
    const units = extract("Arbeitsminister Hubertus Heil (SPD) verwies auf die Qualifizierungsoffensive. Nach seinen Angaben wurden seit April 2024 rund 12.000 Anträge bewilligt.", { language: "de" }).units;
    expect(units[1]).toMatchObject({ claimant: expect.objectContaining({ text: "Hubertus Heil" }), suggestedWording: "Seit April 2024 wurden rund 12.000 Anträge bewilligt" });
  });

  it("continues a speaker's reported speech in more subjunctive verbs, in the indicative", () => {
    const units = extract(
      "„Die Frühjahrsbelebung ist bislang ausgeblieben“, sagte die Vorstandsvorsitzende der Bundesagentur, Andrea Nahles. Die schwache Konjunktur hinterlasse deutliche Spuren auf dem Arbeitsmarkt.",
      { language: "de" },
    ).units;
    expect(units[1]).toMatchObject({ claimant: expect.objectContaining({ text: "Andrea Nahles" }), suggestedWording: "Die schwache Konjunktur hinterlässt deutliche Spuren auf dem Arbeitsmarkt" });
  });
});

describe("engine read of stop 33, second round", () => {
  it("moves a 'zufolge' in the middle of a sentence into the claimant (stop 35), and reads a source put first", () => {
    expect(wording("Bei Generika sanken die Ausgaben dem Report zufolge um 3 Prozent.", "de")).toBe("Bei Generika sanken die Ausgaben um 3 Prozent");
    expect(claimant("Bei Generika sanken die Ausgaben dem Report zufolge um 3 Prozent.", "de")).toBe("Report");
    expect(wording("Dem Bericht zufolge stiegen die Preise um 5 Prozent.", "de")).toBe("Die Preise stiegen um 5 Prozent");
    expect(claimant("Einer Studie des IW zufolge wird die Nachfrage sinken.", "de")).toBe("IW");
  });

  it("reads a genitive adjective inside a source's name, and no number after the source", () => {
    const vdp = "Nach Angaben des Verbands deutscher Pfandbriefbanken (vdp) stiegen die Preise um 3,1 Prozent.";
    expect(claimant(vdp, "de")).toBe("Verband deutscher Pfandbriefbanken");
    expect(wording(vdp, "de")).toBe("Die Preise stiegen um 3,1 Prozent");
    expect(claimant("Dort waren laut DB 89,9 Prozent der Züge pünktlich.", "de")).toBe("DB");
    expect(claimant("Der Frauenanteil sinkt nach Berechnungen des Landeswahlamts von 31 auf 27 Prozent.", "de")).toBe("Landeswahlamt");
    expect(claimant("Laut G 20 ist das Wachstum stabil.", "de")).toBe("G 20");
  });

  it("takes the name in apposition before a German verb with an object as the speaker, and keeps the sentence whole", () => {
    const ludwig = "Der Mitherausgeber des Reports, Prof. Dr. Wolf-Dieter Ludwig, kritisierte die Preisbildung scharf.";
    expect(claimant(ludwig, "de")).toBe("Wolf-Dieter Ludwig");
    expect(wording(ludwig, "de")).toBe("Der Mitherausgeber des Reports, Prof. Dr. Wolf-Dieter Ludwig, kritisierte die Preisbildung scharf");
  });

  it("words 'X said that A and that B' as 'A, and B', drops 'wrote for the majority', and keeps bodies named after a title word", () => {
    expect(wording("Mayor Jane Doe said on Monday that the city had hired 300 officers and that crime had fallen 10%.", "en")).toBe("The city had hired 300 officers, and crime had fallen 10%");
    const roberts = "Chief Justice John Roberts wrote for the majority that the law does not violate the equal protection clause.";
    expect(claimant(roberts, "en")).toBe("John Roberts");
    expect(wording(roberts, "en")).toBe("The law does not violate the equal protection clause");
    expect(claimant("The Justice Department said on Monday it would appeal the ruling.", "en")).toBe("Justice Department");
  });

  it("takes the person nearest the verb when an earlier name of the article appears in a title", () => {
    const [, crowley] = extract("Cal Fire said the blaze grew. Los Angeles Fire Chief Kristin Crowley said the city had not received enough funding.", { language: "en" }).units;
    expect(crowley!.claimant?.text).toBe("Kristin Crowley");
  });

  it("keeps a numbered list item's number with its item, out of its numbers and wording", () => {
    const units = extract("Die Zahlen:\n\n1. Die Ausgaben stiegen um 5 Prozent.\n2) Die Zahl sank auf 73 Millionen.", { language: "de" }).units;
    expect(units.slice(1).map((unit) => [unit.suggestedWording, unit.entities.map((entity) => entity.text)])).toEqual([
      ["Die Ausgaben stiegen um 5 Prozent", ["5 Prozent"]],
      ["Die Zahl sank auf 73 Millionen", ["73 Millionen"]],
    ]);
  });

  it("reads agency credits, broadcast notes, share lines and promo links as boilerplate", () => {
    for (const line of [
      "Associated Press writer Jonathan Mattise in Nashville contributed to this report.",
      "Über dieses Thema berichtete tagesschau24 am 14. Januar 2026 um 12:00 Uhr.",
      "Teilen auf: Facebook | X | WhatsApp",
      "Watch: Drone footage shows scale of devastation in Altadena",
    ]) expect(kinds(line, "en")).toEqual([[line, "boilerplate"]]);
  });
});

describe("engine read of stop 33, last round", () => {
  it("gives a statement ending in ', he said' to the speaker named before", () => {
    const [, sales] = extract("Nvidia CEO Jensen Huang said demand remained strong. Sales in China amounted to about $50 million in the quarter, he said.", { language: "en" }).units;
    expect(sales).toMatchObject({ claimant: expect.objectContaining({ text: "Jensen Huang" }), suggestedWording: "Sales in China amounted to about $50 million in the quarter" });
  });

  it("counts a share written in words as a number", () => {
    expect(entitiesOf("Etwa jedes dritte Haus schrieb im vergangenen Jahr rote Zahlen.", "de")).toContain("number:jedes dritte");
    expect(entitiesOf("Every fifth child lives in poverty.", "en")).toContain("number:Every fifth");
  });
});

describe("the walk's own article (stop 33)", () => {
  it("gives 'sagte er' to the office holder named in the sentence before, not to the minister quoted earlier", () => {
    const units = extract(
      "„Wir lassen keine Region zurück“, sagte Köpping vor Journalisten. Der Chef der Krankenhausgesellschaft Sachsen, Friedrich München, begrüßte das Programm. „Das Geld reicht nicht aus“, sagte er der Leipziger Zeitung. Nach seinen Worten fehlen in den Kliniken mehr als 4.000 Pflegekräfte.",
      { language: "de" },
    ).units;
    expect(units.map((unit) => unit.claimant?.text ?? null)).toEqual(["Köpping", null, "Friedrich München", "Friedrich München"]);
    expect(units[3]!.suggestedWording).toBe("In den Kliniken fehlen mehr als 4.000 Pflegekräfte");
  });

  it("reads a speaker after an article and an office with where they work, and a person's home town out of the name", () => {
    expect(claimant("Der Gesundheitsökonom Jonas Schreyögg von der Universität Hamburg sagte, ohne Bündelung werde es nicht gehen.", "de")).toBe("Jonas Schreyögg");
    expect(claimant("„Das ist unzumutbar“, sagte die Hebamme Anja Richter aus Annaberg-Buchholz.", "de")).toBe("Anja Richter");
  });

  it("gives '…, sagte sie.' without quotation marks to the last speaker", () => {
    const units = extract("Die Sprecherin der Grünen, Kathrin Kagelmann, kritisierte den Plan. Sachsen habe weniger investiert als jedes andere Land, sagte sie.", { language: "de" }).units;
    expect(units[1]!.claimant?.text).toBe("Kathrin Kagelmann");
  });
});
