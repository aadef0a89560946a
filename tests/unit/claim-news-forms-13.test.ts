import { describe, expect, it } from "vitest";
import { analyseSentence } from "@/lib/domain/claims/extract";
import { readUnits } from "../support/claim-units";
import { signalEvidence } from "@/lib/domain/claims/model/features";
import { findEntities } from "@/lib/domain/claims/entities";
import { parseReason } from "@/lib/domain/claims/reason-parts";

// Engine read of stop 43: eleven articles written the way newsrooms paste them (wire copy, a press release from a
// PDF, an interview, a comment page). Each case below was wrong in that read.
const units = readUnits;

describe("page furniture of stop 43", () => {
  it("reads page numbers, reading times, share bars and a press release's heading lines as boilerplate", () => {
    const lines = [
      "Page 2 of 2",
      "Lesezeit: 3 Min.",
      "Teilen auf Facebook  Twitter  WhatsApp  E-Mail",
      "Tel. 0211 939-0 | pressestelle.lka@polizei.nrw.de",
      "Pressemitteilung des Landeskriminalamts Nordrhein-Westfalen",
      "Nr. 47/2025 – Düsseldorf, 18. März 2025",
      "Health & Science Reporter",
    ];
    for (const line of lines) expect(units(line, "de")[0]!.kind, line).toBe("boilerplate");
    // Sentences with the same words are not.
    for (const sentence of ["Die Seite 3 der Zeitung blieb am Montag leer.", "Share prices fell 4 percent on Monday."]) {
      expect(units(sentence, sentence.startsWith("Die") ? "de" : "en")[0]!.kind, sentence).not.toBe("boilerplate");
    }
  });
});

describe("reasons of stop 43", () => {
  it("says 'nothing to check' where no signal fired, rather than showing no reason at all", () => {
    const [headline] = units("Studie: Intervallfasten hilft kaum", "de");
    expect(headline!.reasons).toEqual(["nothing to check ↓"]);
    expect(parseReason(headline!.reasons[0]!)).toEqual({ kind: "nothingToCheck", evidence: "", direction: "down" });
  });
});

describe("numbers of stop 43", () => {
  it("keeps a number's unit: mmHg, watts, the euro sign", () => {
    const numbers = (text: string) => findEntities(text).filter((entity) => entity.type === "number").map((entity) => entity.text);
    expect(numbers("Der Blutdruck sank um 6 mmHg.")).toEqual(["6 mmHg"]);
    expect(numbers("Offshore wind reached 38 gigawatts.")).toEqual(["38 gigawatts"]);
    expect(numbers("Der Konzern verlor 1,2 Mrd. € und zahlt 20 € je Aktie.")).toEqual(["1,2 Mrd. €", "20 €"]);
  });
});

describe("sources and speakers of stop 43", () => {
  it("reads a sentence that only names the source as the source of the one before", () => {
    const [figure, source] = units("Der Konzern streicht 3000 Stellen. Das berichtet die Süddeutsche Zeitung.", "de");
    expect(source!.reasons).toEqual(["source of the sentence before ↓"]);
    expect(figure!.claimant).toBe("Süddeutsche Zeitung");
    const [crime, statistics] = units("Die Zahl der Einbrüche stieg um 12 Prozent. Das geht aus der Polizeilichen Kriminalstatistik (PKS) hervor, die Innenminister Herbert Reul (CDU) gestern in Düsseldorf vorgestellt hat.", "de");
    expect(statistics!.reasons).toEqual(["source of the sentence before ↓"]);
    expect(crime!.claimant).toContain("Kriminalstatistik");
    const [rates, index] = units("Freight rates rose 40 percent in a week. That's according to the shipping consultancy's weekly World Container Index.", "en");
    expect(index!.reasons).toEqual(["source of the sentence before ↓"]);
    expect(rates!.claimant).toContain("World Container Index");
    // Explaining is not reporting.
    expect(units("Das erklärt die Inflation.", "de")[0]!.reasons).not.toContain("source of the sentence before ↓");
  });

  it("finds German speakers in the perfect with a time between, and after a present-tense 'schreiben'", () => {
    const [merz] = units("Bundeskanzler Friedrich Merz hatte im vergangenen Monat erklärt, er halte eine Reform „nicht für ausgeschlossen“.", "de");
    expect(merz).toMatchObject({ claimant: "Friedrich Merz", wording: "Friedrich Merz hält eine Reform nicht für ausgeschlossen" });
    const [study] = units("Der Unterschied sei statistisch nicht signifikant, schreiben die Autorinnen und Autoren.", "de");
    expect(study).toMatchObject({ claimant: "Autorinnen und Autoren", wording: "Der Unterschied ist statistisch nicht signifikant" });
  });

  it("finds English speakers named with a lower-case office, a body's kind, or an office 'for' a body", () => {
    const claimant = (text: string) => units(text, "en")[0]!.claimant;
    expect(claimant("The city council voted 38-9 to approve the budget, council speaker Adrienne Adams said.")).toBe("Adrienne Adams");
    expect(claimant("Acting FAA Administrator Chris Rocheleau said 40 flights were delayed.")).toBe("Chris Rocheleau");
    expect(claimant("The drug cut heart attacks by 20 percent, its manufacturer Halvorsen Pharma A/S said on Monday.")).toBe("Halvorsen Pharma A/S");
    expect(units("A spokeswoman for the authority, Marieke van der Berg, said the stoppage was costing shippers millions.", "en")[0]).toMatchObject({
      claimant: "Marieke van der Berg",
      wording: "The stoppage was costing shippers millions",
    });
    expect(units("Officials at the Pentagon confirmed that 1,200 troops would be sent to the border.", "en")[0]).toMatchObject({
      claimant: "Officials at the Pentagon",
      wording: "1,200 troops would be sent to the border",
    });
    // "told analysts on a conference call" goes out of the wording with its pronoun speaker.
    const [, quote] = units('Chief executive Mary Barra said sales rose. "We expect margins to recover," she told analysts on a conference call.', "en");
    expect(quote).toMatchObject({ claimant: "Mary Barra", wording: "We expect margins to recover" });
  });

  it("names German speakers and bodies whole: 'IG Metall', 'Dt. Bahn AG', an office in '-rätin' apart from the name", () => {
    expect(units("Die IG Metall kündigte Warnstreiks an.", "de")[0]!.reasons).toContain("named entity: IG Metall ↑");
    expect(units("Die Dt. Bahn AG meldete 40 Prozent mehr Fahrgäste.", "de")).toHaveLength(1);
    expect(units("„Wir kämpfen um jeden Arbeitsplatz“, sagte Betriebsrätin Petra Vogel.", "de")[0]!.claimant).toBe("Petra Vogel");
  });

  it("reads 'der Allianz pro Schiene' whole, so its source phrase leaves no 'pro Schiene' behind", () => {
    expect(units("Pro Kopf gab Deutschland 2023 nach Zahlen der Allianz pro Schiene 115 Euro für die Schieneninfrastruktur aus.", "de")[0]).toMatchObject({
      claimant: "Allianz pro Schiene",
      wording: "Pro Kopf gab Deutschland 2023 115 Euro für die Schieneninfrastruktur aus",
    });
  });

  it("keeps no earlier speaker for reported speech that says 'hieß es'", () => {
    const [, commission] = units("„Wir prüfen das“, sagte ein Sprecher. Die Kommission habe vorgestern 4 Milliarden Euro freigegeben, hieß es in Brüssel.", "de");
    expect(commission!.claimant).toBeNull();
  });
});

describe("wordings and sentence ends of stop 43", () => {
  it("takes the time of saying out with the speaker ('said last Tuesday that', 'said two days ago that')", () => {
    expect(units("Governor Kathy Hochul said last Tuesday that New York had cut subway crime by 11% this year.", "en", "2025-03-14")[0]).toMatchObject({
      claimant: "Kathy Hochul",
      wording: "New York had cut subway crime by 11% in 2025",
    });
    expect(units("Mayor Karen Bass said last Friday that 16,000 structures had burned.", "en")[0]!.wording).toBe("16,000 structures had burned");
    expect(units("The agency said two days ago that it was investigating 14 cases.", "en")[0]!.wording).not.toMatch(/ago|^That/i);
  });

  it("keeps a German subject whole when a connective or source in front is taken off", () => {
    expect(units("Wie das Statistische Bundesamt mitteilte, lag die Schuldenquote Deutschlands Ende 2024 bei 62,5 Prozent.", "de")[0]!.wording).toBe(
      "Die Schuldenquote Deutschlands lag Ende 2024 bei 62,5 Prozent",
    );
    expect(units("Auch andere Zulieferer bauen Stellen ab.", "de")[0]!.wording).toBe("Andere Zulieferer bauen Stellen ab");
  });

  it("takes out German speakers with a time before the comma, and ', kündigte er an' with its subjunctive", () => {
    expect(units("Der Minister sagte letzte Woche in Brüssel, die Einigung sei nah.", "de")[0]!.wording).toBe("Die Einigung ist nah");
    expect(units("Man werde „alle Standorte auf den Prüfstand stellen“, kündigte er an.", "de")[0]!.wording).toBe("Man wird alle Standorte auf den Prüfstand stellen");
  });

  it("words a German speaker's simple 'dass' clause as a sentence, and keeps a clause whose subject is a pronoun whole", () => {
    const wording = (text: string) => units(text, "de", "2025-03-14")[0]!.wording;
    expect(wording("Der Stadtrat teilte am Montag mit, dass die Arbeitslosigkeit auf 4,2 Prozent gesunken sei.")).toBe("Die Arbeitslosigkeit ist auf 4,2 Prozent gesunken");
    expect(wording("Die Polizei erklärte, dass im vergangenen Jahr 300 Menschen gestorben seien.")).toBe("2024 sind 300 Menschen gestorben");
    expect(wording("Scholz sagte, dass er zurücktreten werde.")).toBe("Scholz wird zurücktreten");
    expect(wording("Pfizer teilte der FDA mit, dass es keine Informationen über den Impfstoff habe.")).toBe("Pfizer teilte der FDA mit, dass es keine Informationen über den Impfstoff habe");
    // Not where the speaker is not the claimant, nor a clause with a clause inside.
    expect(wording("Kritiker bemängeln, dass 30 Prozent der Stellen befristet sind.")).toBe("Kritiker bemängeln, dass 30 Prozent der Stellen befristet sind");
    expect(wording("Die Ministerin sagte, dass die Preise, die im Mai stiegen, wieder sinken würden.")).toContain("sagte, dass");
  });

  it("takes an interview's turn label out of a wording", () => {
    const wordings = units("Q: Will prices rise?\nA: Costs rose by about 40% in two years.\n\nFrage: Sollte der Staat eingreifen?\nAntwort: Der Staat hat 2024 bereits 3 Milliarden Euro ausgegeben.", "en").map((unit) => unit.wording);
    expect(wordings).toEqual(["Will prices rise?", "Costs rose by about 40% in two years", "Sollte der Staat eingreifen?", "Der Staat hat 2024 bereits 3 Milliarden Euro ausgegeben"]);
  });

  it("joins a German line that ends in a verb of saying or 'nur' with the line after it", () => {
    expect(units("Die Zahl stieg. Sie erfasst nur\nFälle, die der Polizei bekannt geworden sind.", "de")).toHaveLength(2);
    expect(units("Die Lage sei ernst, sagte\nHerbert Reul.", "de")[0]).toMatchObject({ claimant: "Herbert Reul", wording: "Die Lage ist ernst" });
  });

  it("ends a sentence after the answer 'No.', but not the abbreviation before a number", () => {
    expect(units("A: No. Costs for turbines and cables rose by about 40% in two years.", "en").map((unit) => unit.text)).toEqual([
      "A: No.",
      "Costs for turbines and cables rose by about 40% in two years.",
    ]);
    expect(units("He lives at No. 10 Downing Street.", "en")).toHaveLength(1);
  });

  it("shows a reason on one line and takes the speaker out when the speaker was wrapped across a line break", () => {
    const text = "Working hours fell 5 percent, the\norganisers said.";
    expect(signalEvidence(analyseSentence(text, "en"), "reported speech")).toBe("the organisers said");
    expect(units(text, "en")[0]).toMatchObject({ claimant: "the organisers", wording: "Working hours fell 5 percent" });
  });
});
