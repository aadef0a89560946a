import { describe, expect, it } from "vitest";
import { classifySentence } from "@/lib/domain/claims/extract";
import type { LinearModel } from "@/lib/domain/claims/model/linear-model";
import { shippedCheckworthinessModel } from "@/lib/domain/claims/model/shipped-models";
import { learnTeamModel, type Decision } from "@/lib/domain/claims/model/team-model";

// A team's decisions come from its own kind of articles (here: a local news desk). Replayed as
// decisions, half of them must improve how the engine labels the other half, not make it worse.

const subjects = ["The harbour authority", "The city council", "The water board", "The school district", "The fire brigade", "The county library", "The ferry company", "The hospital trust"];
const facts = ["closed the north pier", "approved the new ferry timetable", "cut the opening hours of the pool", "moved the market to the old square", "raised the parking fees", "sold the former post office", "hired two more inspectors", "stopped the night buses"];
const chatter = ["wishes everyone a happy holiday season", "thanks all volunteers for their help", "looks forward to seeing you at the fair", "invites readers to send in their photos", "hopes the weather stays fine", "wants to hear what you think", "reminds you to enjoy the summer", "says hello to all new neighbours"];
const sentences: Decision[] = [
  ...subjects.flatMap((subject) => facts.map((fact) => ({ sentence: `${subject} ${fact}.`, positive: true }))),
  ...subjects.flatMap((subject) => chatter.map((line) => ({ sentence: `${subject} ${line}.`, positive: false }))),
];
const replayed = sentences.filter((_, i) => i % 2 === 0);
const scored = sentences.filter((_, i) => i % 2 === 1);
const accuracy = (model: LinearModel | null) =>
  scored.filter((row) => classifySentence(row.sentence, { language: "en", model: model ?? undefined }).checkworthy === row.positive).length / scored.length;

describe("a team's check-worthiness model", () => {
  it("learns from the team's own kind of sentences: better on the ones it did not see than the shipped model", () => {
    const shipped = accuracy(null);
    const team = learnTeamModel(replayed, "en", "checkworthy")!;
    expect(accuracy(team)).toBeGreaterThan(shipped);
  });

  it("keeps the shipped decision point: both classes weigh the same, whatever share a team's articles hold", () => {
    const base = shippedCheckworthinessModel("en")!.threshold;
    expect(learnTeamModel(replayed.slice(0, 10), "en", "checkworthy")!.threshold).toBe(base);
    expect(learnTeamModel(replayed, "en", "checkworthy")!.threshold).toBe(base);
    expect(learnTeamModel([], "en", "checkworthy")).toBeNull();
  });
});

// German has no shipped weights: a team's model is stacked on the rules (their verdict is one of its
// signals), so a few decisions correct the rules instead of replacing them with a model of a few sentences.
// This desk does not check greetings, however many figures they hold; the rules rank figures up.
const germanSubjects = ["Der Stadtrat", "Die Hafenbehörde", "Der Wasserverband", "Das Schulamt", "Die Feuerwehr", "Die Stadtbibliothek", "Die Fährgesellschaft", "Das Klinikum"];
const germanFacts = ["hat die Nordmole geschlossen", "hat den neuen Fahrplan beschlossen", "hat die Öffnungszeiten des Bades gekürzt", "hat den Markt auf den Alten Platz verlegt", "hat die Parkgebühren erhöht", "hat die ehemalige Post verkauft", "hat zwei weitere Prüfer eingestellt", "hat die Nachtbusse eingestellt"];
const germanChatter = ["wünscht allen 1.200 Schülern schöne Ferien", "dankt den 85 Helferinnen und Helfern", "freut sich auf 3.000 Gäste beim Stadtfest", "lädt die 40 neuen Nachbarn zum Kaffee ein", "hofft auf 25 Grad am Wochenende", "gratuliert den 12 Jubilaren", "wünscht den 300 Läufern viel Glück", "grüßt die 60 Gäste aus der Partnerstadt"];
const german: Decision[] = [
  ...germanSubjects.flatMap((subject) => germanFacts.map((fact) => ({ sentence: `${subject} ${fact}.`, positive: true }))),
  ...germanSubjects.flatMap((subject) => germanChatter.map((line) => ({ sentence: `${subject} ${line}.`, positive: false }))),
];

describe("a German team's model, stacked on the rules", () => {
  const rulesSay = (sentence: string) => classifySentence(sentence, { language: "de", model: null });

  it("says what the rules say after a single decision, and names them as a reason", () => {
    const model = learnTeamModel([{ sentence: "Die Hafenbehörde hat die Nordmole geschlossen.", positive: true }], "de", "checkworthy")!;
    expect(model.prior).toBe("rules");
    for (const sentence of ["Der Stadtrat hat am Dienstag die Grundsteuer um 12 Prozent erhöht.", "Wir wünschen allen Lesern frohe Feiertage!", "Das Schulamt lädt zum Sommerfest ein."]) {
      const unit = classifySentence(sentence, { language: "de", model });
      expect(unit.checkworthy).toBe(rulesSay(sentence).checkworthy);
    }
    expect(classifySentence("Der Stadtrat hat am Dienstag die Grundsteuer um 12 Prozent erhöht.", { language: "de", model }).reasons.some((r) => r.startsWith("rules: "))).toBe(true);
  });

  it("learns the team's own kind of sentences: better on the ones it did not see than the rules", () => {
    const seen = german.filter((_, i) => i % 2 === 0);
    const unseen = german.filter((_, i) => i % 2 === 1);
    const model = learnTeamModel(seen, "de", "checkworthy");
    const accuracy = (m: LinearModel | null) =>
      unseen.filter((row) => classifySentence(row.sentence, { language: "de", model: m }).checkworthy === row.positive).length / unseen.length;
    expect(accuracy(model)).toBeGreaterThan(accuracy(null));
  });

  it("an opinion model starts from the rules' opinion words and keeps them as a reason", () => {
    const model = learnTeamModel(
      [
        { sentence: "Das ist eine katastrophale und völlig verfehlte Politik.", positive: true },
        { sentence: "Der Stadtrat hat die Nordmole geschlossen.", positive: false },
      ],
      "de",
      "subjective",
    )!;
    expect(model.prior).toBe("rules");
    const opinion = "Diese Reform ist ein schrecklicher Fehler und eine Schande!";
    expect(rulesSay(opinion).subjective).toBe(true);
    const unit = classifySentence(opinion, { language: "de", subjectivityModel: model });
    expect(unit.subjective).toBe(true);
    expect(unit.reasons).toContain("rules: opinion (subjective)");
  });
});
