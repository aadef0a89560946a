import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";
import { claimantOf, unitTexts, wordingOf } from "../support/claim-sentence";

// Forms found by the engine read of stop 40 (eight new articles: a Swiss avalanche story, a German supplier in crisis, an
// Austrian court report, a Bundestag debate; a UK council budget, a US jobs report, a health study, a football transfer)
// and by the page walk of the same stop.

const oneLine = (texts: string[]) => texts.map((text) => text.replace(/\n/g, "⏎"));
/** Suggested wordings with relative days resolved against `date` (a Thursday, 14 March 2024, unless given). */
const wordingsOn = (text: string, language: "de" | "en", date = "2024-03-14") =>
  extract(text, { language, articleDate: new Date(`${date}T10:00:00Z`) }).units.map((unit) => unit.suggestedWording);

describe("sentences across ragged hard line breaks", () => {
  it("goes on after an approximation and before an amount", () => {
    expect(oneLine(unitTexts("The libraries will shut by April, saving around\n£410,000 a year. The cabinet voted 7-2.", "en"))).toEqual([
      "The libraries will shut by April, saving around⏎£410,000 a year.",
      "The cabinet voted 7-2.",
    ]);
  });

  it("goes on while a quotation the line opened is open, and in a list of names past two commas", () => {
    const quote = '"Victor is one of the best strikers in Europe and we are delighted to bring him to Stamford\nBridge," Paul Winstanley said.';
    expect(unitTexts(quote, "en")).toHaveLength(1);
    const list = "Osimhen would become the fourth Nigerian to play for Chelsea, after Celestine Babayaro, John Obi\nMikel and Victor Moses.";
    expect(unitTexts(list, "en")).toHaveLength(1);
  });

  it("keeps a heading, a line of capitals and a handle apart, and reads a messenger's '….*' as a sentence end", () => {
    expect(unitTexts("Russland und Indien rüsten auf\nDie Regierung plant neue Verträge.", "de")).toHaveLength(2);
    expect(unitTexts("Good kid though, real good kid, really good kid RRS\nA face mask seller was arrested.", "en")).toHaveLength(2);
    const post = unitTexts('*"They have been pushed hard, they have been silenced and others have been killed".*\n*Before I finish, let me tell you.*', "en");
    expect(post.some((unit) => unit.includes("killed") && unit.includes("Before"))).toBe(false);
  });
});

describe("abbreviations in court reports", () => {
  it("reads the Austrian 'Mag.' before a name as a title, and lower-case 'mag' as the verb", () => {
    expect(unitTexts("Den Vorsitz führte Richterin Mag. Claudia Moravec. Sie verkündete das Urteil.", "de")).toEqual([
      "Den Vorsitz führte Richterin Mag. Claudia Moravec.",
      "Sie verkündete das Urteil.",
    ]);
    expect(unitTexts("Er mag. Sie nicht.", "de")).toHaveLength(2);
  });

  it("ends a sentence after a surname cut to its initial when a new sentence opens, and keeps the initial's full stop in the wording", () => {
    const text = "Mitangeklagt war der Bauunternehmer Gerhard P. Er wurde zu 18 Monaten bedingt verurteilt.";
    expect(unitTexts(text, "de")).toEqual(["Mitangeklagt war der Bauunternehmer Gerhard P.", "Er wurde zu 18 Monaten bedingt verurteilt."]);
    expect(wordingOf("Mitangeklagt war der Bauunternehmer Gerhard P.", "de")).toBe("Mitangeklagt war der Bauunternehmer Gerhard P.");
    expect(unitTexts("Der Angeklagte Thomas M. sagte nichts. It was John F. Kennedy who won.", "de")).toHaveLength(2);
  });
});

describe("relative days", () => {
  it("resolves a weekday in the perfect with a participle without 'ge-' to the past", () => {
    expect(wordingsOn("Das Landesgericht hat den Ex-Bürgermeister am Dienstag wegen Untreue verurteilt.", "de")).toEqual([
      "Das Landesgericht hat den Ex-Bürgermeister am 12. März 2024 wegen Untreue verurteilt",
    ]);
    expect(wordingsOn("Die Polizei hat den Mann am Montag verhaftet.", "de")).toEqual(["Die Polizei hat den Mann am 11. März 2024 verhaftet"]);
  });

  it("puts a date set 'für Freitag' or 'for Friday' ahead, with the preposition's article", () => {
    expect(wordingsOn("Die IG Metall kündigte für Freitag Warnstreiks an.", "de")).toEqual(["Die IG Metall kündigte für den 15. März 2024 Warnstreiks an"]);
    expect(wordingsOn("Talks are set for Friday.", "en")).toEqual(["Talks are set for 15 March 2024"]);
  });

  it("reads the tense of the weekday's own clause, not of an 'after' clause behind it", () => {
    expect(wordingsOn("The player is expected to undergo a medical in London on Monday after personal terms were agreed.", "en", "2024-07-20")).toEqual([
      "The player is expected to undergo a medical in London on 22 July 2024 after personal terms were agreed",
    ]);
  });
});

describe("wordings that stay faithful", () => {
  it("leaves the words as written where the subject after the verb is unsure", () => {
    expect(wordingOf("Nach Angaben der IG Metall beschäftigt Kessler Motion hierzulande rund 11.500 Menschen.", "de")).toBe(
      "Nach Angaben der IG Metall beschäftigt Kessler Motion hierzulande rund 11.500 Menschen",
    );
    expect(wordingOf("Laut einer Studie des SLF aus dem Jahr 2021 stieg die Zahl der Tage mit Neuschnee um 12 Prozent.", "de")).toBe(
      "Laut einer Studie des SLF aus dem Jahr 2021 stieg die Zahl der Tage mit Neuschnee um 12 Prozent",
    );
    // After a copula the first noun is the subject all the same.
    expect(wordingOf("Laut WEF ist Jesus Fake News.", "de")).toBe("Jesus ist Fake News");
  });

  it("names the source of 'nach Zahlen des …' and of a study by a brand with digits", () => {
    expect(claimantOf("Tatsächlich wurden 2023 nach Zahlen des Statistischen Bundesamts nur 294.000 Wohnungen fertiggestellt.", "de")).toBe("Statistisches Bundesamt");
    expect(wordingOf("Tatsächlich wurden 2023 nach Zahlen des Statistischen Bundesamts nur 294.000 Wohnungen fertiggestellt.", "de")).toBe(
      "Tatsächlich wurden 2023 nur 294.000 Wohnungen fertiggestellt",
    );
    const rents = "Die Mieten sind laut einer Auswertung des Immobilienportals ImmoScout24 deutlich gestiegen.";
    expect(claimantOf(rents, "de")).toBe("Immobilienportal ImmoScout24");
    expect(wordingOf(rents, "de")).toBe("Die Mieten sind deutlich gestiegen");
  });

  it("takes 'X ergänzte, …' off the front and puts the statement in the indicative", () => {
    expect(wordingOf("Finanzvorstand Thomas Brandt ergänzte, die Restrukturierung werde einmalig rund 150 Mio. Euro kosten.", "de")).toBe(
      "Die Restrukturierung wird einmalig rund 150 Mio. Euro kosten",
    );
  });

  it("names the speaker after a lower-case office behind a quotation, and takes 'he told the meeting' off", () => {
    expect(claimantOf('"We have never had so many passengers," said transport chief Paul Brandt.', "en")).toBe("Paul Brandt");
    expect(wordingOf('"We have never had so many passengers," said transport chief Paul Brandt.', "en")).toBe("We have never had so many passengers");
    expect(wordingOf('"We have lost 40 per cent of our funding since 2010," he told the meeting.', "en")).toBe("We have lost 40 per cent of our funding since 2010");
    expect(wordingOf('"They are walking a tightrope," she told the BBC.', "en")).toBe("They are walking a tightrope");
  });
});

describe("who a pronoun means", () => {
  it("gives 'she said' after an unnamed spokesperson to that spokesperson, not to a person named before", () => {
    const text = 'Joan Smith said: "It is cold." A ministry spokesperson said councils would get more money. "It is for councils to decide," she said.';
    expect(extract(text, { language: "en" }).units.map((unit) => unit.claimant?.text)).toEqual(["Joan Smith", "A ministry spokesperson", "A ministry spokesperson"]);
  });

  it("knows Swiss and Austrian offices before a name, so 'sagte er' goes to the person named", () => {
    const text = "Regierungsrat Peter Peyer lobte die Gemeinden. Sie hätten viel geleistet, sagte er.";
    expect(extract(text, { language: "de" }).units.map((unit) => unit.claimant?.text ?? null)).toEqual([null, "Peter Peyer"]);
  });
});

describe("page furniture", () => {
  it("takes a teaser line whole, whatever its title's punctuation, and share and live-blog lines", () => {
    const text = "Die Bahn fährt wieder.\n\nLesen Sie auch: Wie sicher sind unsere Alpenpässe? Eine Analyse\n\nTeilen Sie diesen Artikel\n\nFollow our live transfer blog for all the latest news.";
    const units = extract(text, { language: "de" }).units.map((unit) => [text.slice(unit.start, unit.end), unit.kind]);
    expect(units).toEqual([
      ["Die Bahn fährt wieder.", "claim"],
      ["Lesen Sie auch: Wie sicher sind unsere Alpenpässe? Eine Analyse", "boilerplate"],
      ["Teilen Sie diesen Artikel", "boilerplate"],
      ["Follow our live transfer blog for all the latest news.", "boilerplate"],
    ]);
  });
});

describe("entities", () => {
  it("writes a name across a line break on one line", () => {
    const text = "The opposition leader on the council, Conservative councillor Cllr Mark\nWeston, said the council had wasted millions on consultants.";
    const [unit] = extract(text, { language: "en" }).units;
    const weston = unit!.entities.find((entity) => entity.text.endsWith("Weston"))!;
    // (The short title "Cllr" is no part of the name.)
    expect(weston.text).toBe("Mark Weston");
    expect(text.slice(weston.start, weston.end)).toContain("Mark\nWeston");
  });

  it("reads Swiss thousands as one number", () => {
    const [unit] = extract("Die Zahl stieg auf 25'000 Franken.", { language: "de" }).units;
    expect(unit!.entities.filter((entity) => entity.type === "number").map((entity) => entity.text)).toEqual(["25'000"]);
  });
});
