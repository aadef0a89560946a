import { describe, expect, it } from "vitest";
import { readUnits } from "../support/claim-units";

// Engine read of stop 45: ten more kinds of text (election night, earnings, a weather service's report, a study, an
// economy round-up, a UN report, a council meeting, an explainer, a press review, a web page copied whole). Each case
// below was wrong in that read.
const byStart = (found: ReturnType<typeof readUnits>, start: string) => found.find((unit) => unit.text.startsWith(start))!;

describe("a sentence opening with a figure", () => {
  it("starts a unit of its own after a sentence's end (Unicode's rules had glued it to the one before)", () => {
    expect(readUnits("Im Dezember war sie noch von einer Stagnation ausgegangen. 2026 soll die Wirtschaft um 0,7 Prozent wachsen.", "de").map((u) => u.text)).toEqual([
      "Im Dezember war sie noch von einer Stagnation ausgegangen.",
      "2026 soll die Wirtschaft um 0,7 Prozent wachsen.",
    ]);
    expect(readUnits("He resigned in March. 2,000 workers lost their jobs. Sales fell 4%. 2025 was worse.", "en").map((u) => u.text)).toEqual([
      "He resigned in March.", "2,000 workers lost their jobs.", "Sales fell 4%.", "2025 was worse.",
    ]);
  });

  it("stays with a label that numbers follow, an abbreviation and a German ordinal", () => {
    for (const text of ["Laut Abb. 3 stieg der Wert.", "Siehe Nr. 4 und S. 12 und No. 10 Downing Street.", "Das kostet 5 Mio. 2025 mehr.", "Er wurde am 3. Oktober gewählt."]) {
      expect(readUnits(text, "de").map((u) => u.text), text).toEqual([text]);
    }
  });
});

describe("German reported speech in the subjunctive II", () => {
  it("goes on in the speaker's words, read in the indicative, and keeps the speaker for the sentences after it", () => {
    const found = readUnits(
      "DWD-Klimaexperte Andreas Becker sagte, die Entwicklung sei eindeutig. Hitzeperioden würden häufiger, länger und intensiver. Die Böden im Osten seien bis in einen Meter Tiefe ausgetrocknet.",
      "de",
    );
    expect(byStart(found, "Hitzeperioden")).toMatchObject({ claimant: "Andreas Becker", wording: "Hitzeperioden werden häufiger, länger und intensiver", kind: "claim" });
    expect(byStart(found, "Die Böden")).toMatchObject({ claimant: "Andreas Becker", wording: "Die Böden im Osten sind bis in einen Meter Tiefe ausgetrocknet" });
  });

  it("is no reported speech in a condition", () => {
    const found = readUnits("Ifo-Präsident Clemens Fuest sagte, die Lage sei ernst. Ohne die Hilfen hätten viele Firmen schließen müssen.", "de");
    expect(byStart(found, "Ohne").claimant).toBeNull();
  });
});

describe("claimants", () => {
  it("reads a body with its abbreviation in brackets, and no fragment cut at a thousands comma", () => {
    expect(readUnits("According to the U.N. Office for the Coordination of Humanitarian Affairs (OCHA), 3 million people fled.", "en")[0]).toMatchObject({
      claimant: "U.N. Office for the Coordination of Humanitarian Affairs (OCHA)",
      wording: "3 million people fled",
    });
    expect(readUnits("Support for the plan fell to 41%, according to a survey of 1,200 likely voters conducted last week.", "en")[0]!.claimant).not.toBe("a survey of 1");
  });

  it("reads names in -est as names, not superlatives", () => {
    const found = readUnits("Ifo-Präsident Clemens Fuest sagte, Infratest dimap habe 1.200 Menschen befragt.", "de");
    expect(found[0]!.reasons.join(" ")).not.toMatch(/superlative/);
  });
});

describe("a web page copied whole", () => {
  const page = [
    "Skip to main content",
    "We value your privacy",
    'Click "Accept all" to consent or "Manage preferences" to choose.',
    "Accept all",
    "",
    "Thames Water has been told it must pay a record £122.7m penalty, Ofwat announced on Tuesday.",
    "",
    "A storm overflow discharges into the River Thames near Oxford. Photograph: Andrew Matthews/PA",
    "",
    "Read more",
    "Thames Water bosses to get bonuses despite debt crisis",
    "Why are Britain's rivers so polluted?",
    "",
    "Advertisement",
    "",
    "Related stories",
    "Sewage spills in England's rivers and seas hit record high in 2024",
    "Water bills to rise by average of 36% over next five years",
    "",
    "This article was amended on 7 May 2025. An earlier version said the fine was £123m; the correct figure is £122.7m. It also incorrectly described David Black as Ofwat's chair; he is the chief executive.",
    "This story has been updated.",
  ].join("\n");

  it("keeps page furniture, captions, link lists and the correction note out of the claims", () => {
    const found = readUnits(page, "en");
    const claims = found.filter((unit) => unit.kind !== "boilerplate").map((unit) => unit.text);
    expect(claims).toEqual(["Thames Water has been told it must pay a record £122.7m penalty, Ofwat announced on Tuesday."]);
  });

  it("keeps a German contributor's credit out", () => {
    expect(readUnits("Mitarbeit: Anne Lehmann", "de")[0]!.kind).toBe("boilerplate");
  });
});

describe("who said it", () => {
  it("gives a company's ', it said' to the company the sentence before is about, and takes it out of the wording", () => {
    const found = readUnits("Nvidia reported revenue of $46.7 billion for the quarter. The company did not record any H20 sales to China during the quarter, it said.", "en");
    expect(byStart(found, "The company")).toMatchObject({ claimant: "Nvidia", wording: "The company did not record any H20 sales to China during the quarter" });
  });

  it("leaves a sentence whole and the writer's when it goes on with what the speaker did", () => {
    const found = readUnits('Health Secretary Robert F. Kennedy Jr. has said the vaccine "protects children," but he has also promoted unproven treatments such as vitamin A.', "en");
    expect(found[0]!.claimant).toBeNull();
    expect(found[0]!.wording).toMatch(/^Health Secretary Robert F\. Kennedy Jr\. has said the vaccine protects children, but he has also promoted/);
  });

  it("names a press review's papers before their colon", () => {
    const review = [
      "Die SÜDDEUTSCHE ZEITUNG sieht das anders: „Das Rentenniveau ist seit 2000 von 53 auf 48 Prozent gefallen.“",
      "Im HANDELSBLATT heißt es: „Die Koalition hat im Bundestag nur zwölf Stimmen Mehrheit.“",
      "Die RHEIN-ZEITUNG aus Koblenz findet: „Die Rente ist nicht sicher.“",
      "Die MÄRKISCHE ODERZEITUNG aus Frankfurt (Oder) schließlich bemerkt: „Das ist fast ein Viertel aller Ausgaben des Bundes.“",
    ].join("\n\n");
    expect(readUnits(review, "de").map((unit) => [unit.claimant, unit.wording])).toEqual([
      ["SÜDDEUTSCHE ZEITUNG", "Das Rentenniveau ist seit 2000 von 53 auf 48 Prozent gefallen"],
      ["HANDELSBLATT", "Die Koalition hat im Bundestag nur zwölf Stimmen Mehrheit"],
      ["RHEIN-ZEITUNG", "Die Rente ist nicht sicher"],
      ["MÄRKISCHE ODERZEITUNG", "Das ist fast ein Viertel aller Ausgaben des Bundes"],
    ]);
    // "bemerkte" as "noticed" names nobody.
    expect(readUnits("Als Fernandez bemerkte, was los war, trieb er Mutai zum Sieg.", "de")[0]!.claimant).toBeNull();
  });

  it("keeps a candidate's title apart from the name", () => {
    const found = readUnits("AfD-Spitzenkandidat Ulrich Siegmund sagte, seine Partei sei der eigentliche Wahlsieger.", "de");
    expect(found[0]!.claimant).toBe("Ulrich Siegmund");
  });
});

describe("a political speech (engine read of stop 45, second round)", () => {
  it("keeps the speaker where the rest is the speech's 'we' or no statement at all", () => {
    const found = readUnits('Now, the Leader of the Opposition says we have "crashed the economy". He said it again on Tuesday.', "en", "2025-10-01");
    expect(found[0]!.wording).toMatch(/Leader of the Opposition says we have crashed the economy$/);
    expect(found[1]!.wording).toBe("He said it again on 30 September 2025");
  });

  it("reads stage directions as units of their own, and boilerplate", () => {
    const found = readUnits("[CHEERS] That did not happen by accident. [APPLAUSE]\n\n(Beifall bei der SPD) Die Rente ist sicher.", "en");
    expect(found.map((unit) => [unit.text, unit.kind === "boilerplate"])).toEqual([
      ["[CHEERS]", true], ["That did not happen by accident.", false], ["[APPLAUSE]", true], ["(Beifall bei der SPD)", true], ["Die Rente ist sicher.", false],
    ]);
    // Brackets inside a sentence stay: "[deutschen]" is an editor's insertion.
    expect(readUnits("Die Daten der [deutschen] Kassenärztlichen Bundesvereinigung belegen es.", "de")).toHaveLength(1);
  });

  it("resolves both relative years in one sentence, and leaves 'this year and next' as written", () => {
    expect(readUnits("The economy will grow by 3.3% this year and 3.7% next year.", "en", "2025-10-07")[0]!.wording).toBe("The economy will grow by 3.3% in 2025 and 3.7% in 2026");
    expect(readUnits("Sales fell last year and rose this year.", "en", "2025-10-07")[0]!.wording).toBe("Sales fell in 2024 and rose in 2025");
    expect(readUnits("Figures for this year and next are due.", "en", "2025-10-07")[0]!.wording).toBe("Figures for this year and next are due");
  });
});

describe("a consumer guide (engine read of stop 45, second round)", () => {
  it("takes 'Laut X' out before a reflexive verb, and names the body after ', warnt'", () => {
    const found = readUnits("Laut Stiftung Warentest amortisiert sich ein gutes Set nach sieben Jahren. Das sei in den meisten Fällen unrealistisch, warnt die Verbraucherzentrale NRW.", "de");
    expect(found[0]).toMatchObject({ claimant: "Stiftung Warentest", wording: "Ein gutes Set amortisiert sich nach sieben Jahren" });
    expect(found[1]).toMatchObject({ claimant: "Verbraucherzentrale NRW", wording: "Das ist in den meisten Fällen unrealistisch" });
  });
});

describe("a broadcaster's script (engine read of stop 45, second round)", () => {
  it("names the soundbite's speaker after 'O-Ton', keeps the newsreader's words the broadcaster's, and takes the labels out", () => {
    const script = [
      "tagesschau, 20:00 Uhr – Sendemanuskript",
      "",
      "Sprecherin: Der Bundestag hat den Haushalt für 2026 beschlossen.",
      "",
      "O-Ton Bundesfinanzminister: „Wir halten die Schuldenbremse ein.“",
    ].join("\n");
    const found = readUnits(script, "de");
    expect(found[0]!.kind).toBe("boilerplate");
    expect(byStart(found, "Sprecherin")).toMatchObject({ claimant: null, wording: "Der Bundestag hat den Haushalt für 2026 beschlossen" });
    expect(byStart(found, "O-Ton")).toMatchObject({ claimant: "Bundesfinanzminister", wording: "Wir halten die Schuldenbremse ein" });
  });
});
