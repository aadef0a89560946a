import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";
import { readUnits } from "../support/claim-units";

// Engine read of stop 46: ten more kinds of text (a wire item, a Landtag debate, a vaccine study, a transfer, a heat
// record, a police report, a social-media debunk, quarterly results, a Kommentar, an interview). Each case below was
// wrong in that read.
const byStart = (found: ReturnType<typeof readUnits>, start: string) => found.find((unit) => unit.text.startsWith(start))!;
const scoreOf = (text: string, language: "de" | "en") => extract(text, { language }).units[0]!;

describe("a German report of what happened, without a figure", () => {
  it("is check-worthy by the clause's shape: perfect, passive or the past of a separable verb", () => {
    for (const [text, reason] of [
      ["Die Staatsanwaltschaft hat Ermittlungen aufgenommen.", "event: hat … aufgenommen ↑"],
      ["Die Polizei nahm den mutmaßlichen Täter noch am Abend fest.", "event: nahm … fest ↑"],
      ["Der Verdächtige ist überführt worden.", "event: ist überführt worden ↑"],
      ["Die Ministerin hat den Plan kritisiert.", "event: hat … kritisiert ↑"],
      ["Er lehnte das Angebot ab.", "event: lehnte … ab ↑"],
    ] as const) {
      const unit = scoreOf(text, "de");
      expect(unit.checkworthy, text).toBe(true);
      expect(unit.reasons, text).toContain(reason);
    }
  });

  it("is not read into an adjective after 'ist', a negation or an opinion", () => {
    expect(scoreOf("Das Angebot ist für Familien geeignet.", "de").reasons.join()).not.toContain("event");
    expect(scoreOf("Konkrete Einzelheiten wurden dabei nicht genannt.", "de").checkworthy).toBe(false);
    expect(scoreOf("Das finde ich schlimm, und ich habe es immer gesagt.", "de").kind).toBe("opinion");
    // An imperative's particle, a copula's participle and an infinitive in a relative clause after "ist".
    for (const text of ["Frau Merkel, treten Sie endlich zurück.", "Verfassungsbruch ist ein Routinedelikt geworden.", "Der Junge ist eines von vielen Kindern, deren Bilder die Menschen bewegen."]) {
      expect(scoreOf(text, "de").reasons.join(), text).not.toContain("event");
    }
  });
});

describe("relative days and years in a suggested wording", () => {
  it("leaves 'today's', paired days of an idiom and a next weekday that may be tomorrow as written", () => {
    expect(readUnits("On current policies we will reach about 2.7 times today's capacity.", "en", "2024-10-21")[0]!.wording).toBe(
      "On current policies we will reach about 2.7 times today's capacity",
    );
    expect(readUnits("Die Reform muss kommen, besser heute als morgen.", "de", "2024-11-20")[0]!.wording).toBe("Die Reform muss kommen, besser heute als morgen");
    expect(readUnits("Am kommenden Mittwoch will der Rat entscheiden.", "de", "2024-10-15")[0]!.wording).toBe("Am kommenden Mittwoch will der Rat entscheiden");
  });

  it("writes 'in der Nacht zu Donnerstag' as 'zum' and a year after a noun with 'in'", () => {
    expect(readUnits("In der Nacht zu Donnerstag brachen Unbekannte in drei Geschäfte ein.", "de", "2024-10-18")[0]!.wording).toBe(
      "In der Nacht zum 17. Oktober 2024 brachen Unbekannte in drei Geschäfte ein",
    );
    expect(readUnits("The global average temperature last year was 1.48C above pre-industrial levels.", "en", "2024-10-21")[0]!.wording).toBe(
      "The global average temperature in 2023 was 1.48C above pre-industrial levels",
    );
    expect(readUnits("Last year was the hottest on record.", "en", "2024-10-21")[0]!.wording).toBe("2023 was the hottest on record");
  });
});

describe("claimants and sources", () => {
  it("is the person before two asides, not whom they told", () => {
    const [unit] = readUnits(
      "Prof. Peter English, a former chair of the BMA's public health medicine committee, who was not involved in the study, told the BBC: \"These are impressive numbers.\"",
      "en",
    );
    expect(unit).toMatchObject({ claimant: "Peter English", wording: "These are impressive numbers" });
    expect(readUnits("Ken Karipidis, the review's lead author and an assistant director at the Australian Radiation Protection and Nuclear Safety Agency, said the results were reassuring.", "en")[0]).toMatchObject({
      claimant: "Ken Karipidis",
      wording: "The results were reassuring",
    });
  });

  it("takes a German source put first in all its forms out of the wording", () => {
    expect(readUnits("Die Ablöse soll nach Informationen des „kicker“ bei 75 Millionen Euro liegen.", "de")[0]).toMatchObject({ claimant: "kicker", wording: "Die Ablöse soll bei 75 Millionen Euro liegen" });
    expect(readUnits("Nach Schätzung der Kreditanstalt für Wiederaufbau beträgt der Rückstand 186 Milliarden Euro.", "de")[0]).toMatchObject({
      claimant: "Kreditanstalt für Wiederaufbau",
      wording: "Der Rückstand beträgt 186 Milliarden Euro",
    });
    expect(readUnits("Nach Angaben der Polizei wurden drei Männer festgenommen.", "de")[0]).toMatchObject({ claimant: "Polizei", wording: "Drei Männer wurden festgenommen" });
    expect(readUnits("Nach Angaben der Polizei wurden drei Männer festgenommen.", "de")[0]!.reasons.join()).not.toContain("comparison");
  });

  it("reads a sentence that only names a body by its kind or a report as the source of the one before", () => {
    const found = readUnits("Thousands of passengers faced delays. That's according to the rail operator.", "en");
    expect(found.map((unit) => [unit.kind, unit.claimant])).toEqual([["claim", "the rail operator"], ["other", "the rail operator"]]);
    expect(readUnits("Der Umsatz stieg auf 412 Millionen Euro. Das geht aus dem Geschäftsbericht für das Jahr 2023 hervor.", "de")[1]!.reasons).toEqual(["source of the sentence before ↓"]);
  });
});

describe("a quotation nobody named is cited", () => {
  it("keeps its marks in the wording where the sentence goes on after it", () => {
    expect(readUnits('"BREAKING: WHO finally admits 5G causes cancer!!" reads the text of one post.', "en")[0]!.wording).toBe('"BREAKING: WHO finally admits 5G causes cancer!!" reads the text of one post');
    expect(readUnits("“We will win,” he said.", "en")[0]!.wording).not.toContain("“");
  });
});

describe("page furniture", () => {
  it("is an edit note, a writer's note, and a byline with its date line under it", () => {
    const found = readUnits("This interview has been edited for length and clarity.\n\nInterview by Helen Thomson\nMonday, 21 October 2024\n\nStefan Reinecke ist Redakteur im Parlamentsbüro der taz.", "en");
    expect(found.map((unit) => [unit.text, unit.kind])).toEqual([
      ["This interview has been edited for length and clarity.", "boilerplate"],
      ["Interview by Helen Thomson", "boilerplate"],
      ["Monday, 21 October 2024", "boilerplate"],
      ["Stefan Reinecke ist Redakteur im Parlamentsbüro der taz.", "boilerplate"],
    ]);
  });
});

describe("a quotation in reported speech carried on from a sentence before", () => {
  it("is the speaker's: its marks go", () => {
    const found = readUnits("Kapitän Johannes Golla fand deutliche Worte. Das Derby sei „das beste Spiel der Saison“ gewesen.", "de");
    expect(found[1]).toMatchObject({ claimant: "Johannes Golla", wording: "Das Derby ist das beste Spiel der Saison gewesen" });
  });
});

describe("an interview in questions and answers", () => {
  it("gives the answers to the interviewee named in the heading or addressed in a question", () => {
    const text = "Interview with Fatih Birol\n\nQ: What's the headline?\n\nA: The world added about 560 gigawatts of renewable capacity.\n\nQ: Why grids?\n\nA: Because 3,000 gigawatts of projects are waiting.";
    expect(readUnits(text, "en").filter((unit) => unit.text.startsWith("A:")).map((unit) => unit.claimant)).toEqual(["Fatih Birol", "Fatih Birol"]);
    const german = "Frage: Herr Brenner, wie teuer wird das?\n\nAntwort: Die Sanierung kostet 40 Millionen Euro.\n\nFrage: Und wann?\n\nAntwort: Bis 2027 ist alles fertig.";
    expect(readUnits(german, "de").filter((unit) => unit.text.startsWith("Antwort:")).map((unit) => [unit.claimant, unit.wording])).toEqual([
      ["Brenner", "Die Sanierung kostet 40 Millionen Euro"],
      ["Brenner", "Bis 2027 ist alles fertig"],
    ]);
  });
});

describe("a dateline", () => {
  it("goes from the wording with an agency after a date, a sports agency, or a local place before a dash", () => {
    for (const [text, wording] of [
      ["Aug 6 (Reuters) - Siemens Healthineers reported a 12% rise in quarterly profit.", "Siemens Healthineers reported a 12% rise in quarterly profit"],
      ["Stuttgart (SID) - Der VfB Stuttgart hat den Stürmer verkauft.", "Der VfB Stuttgart hat den Stürmer verkauft"],
      ["Leipzig – Nach einer Serie von Einbrüchen hat die Polizei drei Männer festgenommen.", "Nach einer Serie von Einbrüchen hat die Polizei drei Männer festgenommen"],
    ] as const) {
      expect(readUnits(text, /Reuters/.test(text) ? "en" : "de")[0]!.wording, text).toBe(wording);
    }
    expect(readUnits("Fazit – Die Reform kostet 3 Milliarden Euro.", "de")[0]!.wording).toContain("Fazit");
  });
});

describe("a body named by its kind", () => {
  it("is the one organisation its paragraph names", () => {
    const found = readUnits("Die Deutsche Bahn hat 2023 einen Verlust gemacht. Nach Angaben des Konzerns fielen 12 Prozent der Fernzüge aus.", "de");
    expect(found[1]).toMatchObject({ claimant: "Deutsche Bahn", wording: "12 Prozent der Fernzüge fielen aus" });
    expect(readUnits("Volkswagen AG will cut 5,000 jobs in Germany by 2027, the company said on Tuesday.", "en")[0]!.claimant).toBe("Volkswagen AG");
  });

  it("stays as written where another paragraph, two bodies or a name are meant", () => {
    const other = readUnits("Volkswagen AG cut 5,000 jobs.\n\nWie der Bundesligist am Montag mitteilte, kostet der Transfer 20 Millionen Euro.", "de");
    expect(other[1]!.claimant).toBe("Bundesligist");
    expect(readUnits("Die Allianz und die Munich Re meldeten Gewinne. Der Konzern erwartet Wachstum, teilte der Konzern mit.", "de")[1]!.claimant).not.toMatch(/Allianz|Munich/);
    expect(readUnits("ISIS claimed the attack. The State Department has said that.", "en")[1]!.claimant).toBe("State Department");
  });
});

describe("a headline quoting its interviewee", () => {
  it("names the person after the quotation as its claimant, and the quotation is the wording", () => {
    expect(readUnits('"We are not going to meet the 2030 target": Interview with Fatih Birol', "en")[0]).toMatchObject({ claimant: "Fatih Birol", wording: "We are not going to meet the 2030 target" });
    expect(readUnits("„Wir halten Kurs“ – Christian Lindner im Interview", "de")[0]).toMatchObject({ claimant: "Christian Lindner", wording: "Wir halten Kurs" });
  });
});

describe("a German ordinal naming a period", () => {
  it("is no superlative ('im ersten Quartal'); 'die erste Frau' still is", () => {
    expect(scoreOf("Der Umsatz stieg im ersten Quartal um 4 Prozent.", "de").reasons.join()).not.toContain("superlative");
    expect(scoreOf("Sie ist die erste Frau an der Spitze des Konzerns.", "de").reasons).toContain("superlative: erste ↑");
  });
});

describe("second engine read of stop 46", () => {
  it("does not put the speaker for a pronoun of the other sex ('Mr Pryce said she intended to appeal')", () => {
    expect(readUnits("Mr Pryce said she intended to appeal against the sentence.", "en")[0]!.wording).toBe("She intended to appeal against the sentence");
    expect(readUnits("Scholz said he would not resign.", "en")[0]!.wording).toBe("Scholz will not resign");
    expect(readUnits("Die Ministerin Anna Meier sagte, er habe gelogen.", "de")[0]!.wording).not.toContain("Anna Meier");
  });

  it("knows police ranks and a speaker named by nationality after the sentence naming them", () => {
    const police = readUnits('Detective Inspector Paul Graves said the case was complex. "This was a sophisticated scheme," he said.', "en");
    expect(police.map((unit) => unit.claimant)).toEqual(["Paul Graves", "Paul Graves"]);
    const coach = readUnits("Leverkusens Trainer Xabi Alonso war unzufrieden. „Wir haben schlecht verteidigt“, sagte der Spanier.", "de");
    expect(coach[1]!.claimant).toBe("Xabi Alonso");
    // Not the last speaker when the sentence before is about someone else.
    const other = readUnits('"We played well," said Paul Graves. Pat Nevin described the scenes. "This is horrible," said the Scot.', "en");
    expect(other[2]!.claimant).not.toBe("Paul Graves");
  });

  it("names a German body after 'laut' in the nominative ('laut Deutscher Bahn' → 'Deutsche Bahn')", () => {
    expect(readUnits("Laut Deutscher Bahn fielen im Oktober 12 Prozent der Fernzüge aus.", "de")[0]!.claimant).toBe("Deutsche Bahn");
    expect(readUnits("Laut Deutscher Fußball Liga war es der erste Sieg seit 2019.", "de")[0]!.claimant).toBe("Deutsche Fußball Liga");
  });
});

describe("a fact-check's own layout and German reports", () => {
  it("ranks the claim a fact-check names as check-worthy, without its label in the wording", () => {
    const [unit] = readUnits("Behauptung: Die EU schafft Bargeld zum Jahreswechsel ab, Scheine und Münzen verlieren ihre Gültigkeit.", "de");
    expect(unit).toMatchObject({ wording: "Die EU schafft Bargeld zum Jahreswechsel ab, Scheine und Münzen verlieren ihre Gültigkeit" });
    expect(scoreOf("Behauptung: Die EU schafft Bargeld zum Jahreswechsel ab.", "de").checkworthy).toBe(true);
  });

  it("keeps a goal list with a minute and its kind one sentence ('71./Foulelfmeter')", () => {
    expect(readUnits("Für Freiburg erzielte Vincenzo Grifo zwei Treffer (23., 71./Foulelfmeter), außerdem traf Ritsu Doan (58.).", "de")).toHaveLength(1);
  });

  it("takes 'teilte auf Anfrage mit' out, and names a body for 'er' with its article", () => {
    expect(readUnits("Die EZB teilte auf dpa-Anfrage mit, es gebe keinerlei Pläne, Bargeld abzuschaffen.", "de")[0]!.wording).toBe("Es gibt keinerlei Pläne, Bargeld abzuschaffen");
    expect(readUnits("Der Konzern teilte mit, er werde 500 Stellen streichen.", "de")[0]!.wording).toBe("Der Konzern wird 500 Stellen streichen");
    expect(readUnits("Ellison's barrister, Jonathan Pryce, told the court his client had suffered from an addiction.", "en")[0]!.claimant).toBe("Jonathan Pryce");
  });
});

describe("a parliament's record", () => {
  it("gives each speech to the speaker labelled on a line of its own, over its paragraphs, until the next label", () => {
    const text = [
      "Dr. Anja Weisgerber (CDU/CSU):",
      "Frau Präsidentin! Die Bundesregierung hat die Zahl der Baugenehmigungen um mehr als 30 Prozent einbrechen lassen. (Beifall bei der CDU/CSU – Zuruf von der SPD: Das stimmt doch gar nicht!)",
      "",
      "Im vergangenen Jahr wurden nur rund 260.000 Baugenehmigungen erteilt.",
      "",
      "Vizepräsidentin Petra Pau:",
      "Frau Kollegin, gestatten Sie eine Zwischenfrage?",
    ].join("\n");
    const found = readUnits(text, "de");
    expect(byStart(found, "Dr. Anja").kind).toBe("boilerplate");
    expect(byStart(found, "Die Bundesregierung").claimant).toBe("Anja Weisgerber");
    expect(byStart(found, "Im vergangenen Jahr").claimant).toBe("Anja Weisgerber");
    expect(byStart(found, "(Beifall").kind).toBe("boilerplate");
    expect(byStart(found, "Frau Kollegin").claimant).toBe("Petra Pau");
  });
});
