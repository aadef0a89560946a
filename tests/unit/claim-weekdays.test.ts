import { describe, expect, it } from "vitest";
import { classifySentence } from "@/lib/domain/claims/extract";

// The article came out on Thursday, 6 March 2025.
const THURSDAY = new Date("2025-03-06T10:00:00Z");
const unit = (sentence: string, language: "de" | "en") => classifySentence(sentence, { language, articleDate: THURSDAY });
const wording = (sentence: string, language: "de" | "en") => unit(sentence, language).suggestedWording;

describe("weekdays in a suggested wording", () => {
  it("names the day before the article's date when the sentence tells of the past", () => {
    expect(wording("Police arrested 12 people last Friday in Leeds.", "en")).toBe("Police arrested 12 people on 28 February 2025 in Leeds");
    expect(wording("Talks resumed Wednesday after a two-week break.", "en")).toBe("Talks resumed on 5 March 2025 after a two-week break");
    expect(wording("The strike began on Monday night and lasted 48 hours.", "en")).toBe("The strike began on the night of 3 March 2025 and lasted 48 hours");
    expect(wording("The company has been closed since Tuesday.", "en")).toBe("The company has been closed since 4 March 2025");
    expect(wording("Die Polizei nahm am Montag zwölf Verdächtige fest.", "de")).toBe("Die Polizei nahm am 3. März 2025 zwölf Verdächtige fest");
    expect(wording("Am vergangenen Freitag wurden in Köln 300 Menschen evakuiert.", "de")).toBe("Am 28. Februar 2025 wurden in Köln 300 Menschen evakuiert");
    expect(wording("Der Bundestag hat am Mittwoch das Gesetz beschlossen.", "de")).toBe("Der Bundestag hat am 5. März 2025 das Gesetz beschlossen");
    expect(wording("Am Montagabend brannte eine Lagerhalle in Essen.", "de")).toBe("Am Abend des 3. März 2025 brannte eine Lagerhalle in Essen");
    expect(wording("Seit Dienstag ist die Autobahn gesperrt.", "de")).toBe("Seit dem 4. März 2025 ist die Autobahn gesperrt");
  });

  it("names the day after it when the sentence tells of the future, and the article's own day for its weekday", () => {
    expect(wording("The talks are expected to resume next Tuesday.", "en")).toBe("The talks are expected to resume on 11 March 2025");
    expect(wording("The council will vote on Thursday on the new budget.", "en")).toBe("The council will vote on 6 March 2025 on the new budget");
    expect(wording("Next Tuesday is Election Day.", "en")).toBe("11 March 2025 is Election Day");
    expect(wording("Die Gespräche sollen am kommenden Dienstag fortgesetzt werden.", "de")).toBe("Die Gespräche sollen am 11. März 2025 fortgesetzt werden");
    expect(wording("Bis Freitag sollen alle Anträge geprüft sein.", "de")).toBe("Bis zum 7. März 2025 sollen alle Anträge geprüft sein");
  });

  it("leaves a weekday whose direction the sentence does not give, names, holidays, habits and dates already written", () => {
    for (const [sentence, language] of [
      ["The election takes place on Sunday.", "en"],
      ["Die Wahl findet am Sonntag statt.", "de"],
      // "sollte … empfangen werden" (was to be received): a plan told from the past may lie before or after the article.
      ["Sie sollte am Montag in Moskau empfangen werden.", "de"],
      ["The minister was due to meet her counterpart on Monday.", "en"],
      ["Shops were busy on Black Friday, when sales rose 12 per cent.", "en"],
      ["Monday's meeting ended without a deal.", "en"],
      ["Every Monday, 2,000 people visit the food bank.", "en"],
      ["Jeden Montag kommen 2000 Menschen zur Tafel.", "de"],
      ["Am Karfreitag blieben die Geschäfte geschlossen.", "de"],
      ["Am Montag, 3. März, wurde der Vertrag unterzeichnet.", "de"],
      ["The ambassador went on the Sunday television shows and spoke about the attack.", "en"],
    ] as const) {
      expect(wording(sentence, language)).toBe(sentence.slice(0, -1));
    }
    // Without the article's date there is nothing to count from.
    expect(classifySentence("Police arrested 12 people last Friday in Leeds.", { language: "en" }).suggestedWording).toBe("Police arrested 12 people last Friday in Leeds");
  });

  it("keeps a weekday said inside a quotation as it was said", () => {
    expect(wording("„Wir haben am Montag 300 Tonnen geliefert“, sagte der Sprecher.", "de")).toBe("Wir haben am Montag 300 Tonnen geliefert");
  });

  it("does not take a time in front of the verb for the speaker", () => {
    const scholz = unit("Letzten Montag sagte Scholz, die Lage sei ernst.", "de");
    expect([scholz.claimant?.text, scholz.suggestedWording]).toEqual(["Scholz", "Die Lage ist ernst"]);
    const ministry = unit("On Tuesday the ministry said 400 jobs were lost.", "en");
    expect([ministry.claimant?.text, ministry.suggestedWording]).toEqual(["the ministry", "400 jobs were lost"]);
    expect(unit("Last Monday Biden said the economy grew 3 per cent.", "en").claimant?.text).toBe("Biden");
    expect(unit("The Sunday Times reported that 300 jobs would go.", "en").claimant?.text).toBe("Sunday Times");
  });
});
