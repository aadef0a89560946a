import { describe, expect, it } from "vitest";
import { readUnits } from "../support/claim-units";

// Engine read of stop 47: ten more kinds of text (a court verdict, a statistics release, election night, a
// dementia study, a council budget, labour figures, quarterly results, a debunk, a storm live blog, a
// transfer rumour). Each case below was wrong in that read.
const only = (text: string, language: "de" | "en", date?: string) => {
  const units = readUnits(text, language, date);
  expect(units, text).toHaveLength(1);
  return units[0]!;
};

describe("a hard line break before a quotation", () => {
  it("does not end a sentence that goes on in it", () => {
    const unit = only('Die Ministerin sagte, die Reform werde\n„spätestens 2027" in Kraft treten.', "de");
    expect(unit.wording).toBe("Die Reform wird spätestens 2027 in Kraft treten");
  });
});

describe("a quotation after a colon", () => {
  it("is its speaker's, named before a verb and a few words of their own", () => {
    expect(only("Parteichef Georg Maier räumte ein: „Das ist eine bittere Niederlage für uns.“", "de")).toMatchObject({
      claimant: "Georg Maier",
      wording: "Das ist eine bittere Niederlage für uns",
    });
    expect(only("Kämmerer Matthias Nölke (FDP) verteidigte den Kurs: „Die Stadt muss 14 Millionen Euro sparen.“", "de")).toMatchObject({
      claimant: "Matthias Nölke",
      wording: "Die Stadt muss 14 Millionen Euro sparen",
    });
    // A label before a colon names nobody.
    expect(only("Das Fazit der Studie lautet: „Mehr Bewegung senkt das Risiko.“", "de").claimant).toBeNull();
  });

  it("loses the pronoun, the verb and when or where it was said in the wording", () => {
    const units = readUnits("Er warnte aber: „Die Zinsen werden 2025 sinken.“ Er sagte am Rande der Sitzung: „Wir brauchen 500 neue Lehrer.“", "de");
    expect(units.map((unit) => unit.wording)).toEqual(["Die Zinsen werden 2025 sinken", "Wir brauchen 500 neue Lehrer"]);
    expect(only('Asked whether Arsenal would sign a striker, he replied: "The squad has 23 players and that is enough."', "en").wording).toBe(
      "The squad has 23 players and that is enough",
    );
  });
});

describe("'räumte ein' (conceded)", () => {
  it("is a verb of saying after a name in apposition, not an event", () => {
    const unit = only("Der Vorstandschef der Deutschen Bahn, Richard Lutz, räumte ein, dass die Pünktlichkeit 2024 bei nur 62,5 Prozent lag.", "de");
    expect(unit.claimant).toBe("Richard Lutz");
    const quoted = only("„Das war ein schwieriges Jahr“, räumte Lutz ein.", "de");
    expect(quoted.reasons.join()).not.toContain("event");
  });

  it("clears a camp without anyone saying anything", () => {
    expect(only("Die Polizei räumte das Protestcamp am Morgen.", "de").claimant).toBeNull();
  });
});

describe("suggested wordings", () => {
  it("takes an outlet named by its kind out with the rest of the attribution, and a second 'but that'", () => {
    const unit = only(
      'Ortuño\'s agent, Miguel Ángel Ruiz, told Spanish radio station Cadena SER on Monday that "several top clubs" were interested but that "nothing has been signed".',
      "en",
      "2025-06-10",
    );
    expect(unit.claimant).toBe("Miguel Ángel Ruiz");
    expect(unit.wording).toBe("Several top clubs were interested, but nothing has been signed");
  });

  it("keeps that a figure is a first estimate", () => {
    expect(only("Payrolls fell by 41,000 in June, according to early estimates.", "en")).toMatchObject({
      claimant: null,
      wording: "Payrolls fell by 41,000 in June, according to early estimates",
    });
    expect(only("Die Verbraucherpreise stiegen im November um 2,2 Prozent, wie das Statistische Bundesamt am Mittwoch nach einer ersten Schätzung mitteilte.", "de").wording).toContain(
      "nach einer ersten Schätzung",
    );
  });

  it("keeps a warning given before the story's time as it was given", () => {
    expect(only("In January, the company had warned it might need to raise fresh capital by the end of 2025.", "en").wording).toBe(
      "In January, the company had warned it might need to raise fresh capital by the end of 2025",
    );
  });
});

describe("lines with nothing to check", () => {
  it("are furniture: a correction under an update's time, a live blog's end, no comment, what was not said", () => {
    for (const [text, language] of [
      ["Update, 14:30: An earlier version of this article said the post had been shared 400,000 times.", "en"],
      ["This live blog has now ended.", "en"],
      ["Mr. Johnson, 72, did not comment.", "en"],
      ["The ministry did not respond to a request for comment on Friday.", "en"],
      ["The company did not say when the cuts would take effect.", "en"],
      ["No further details have been released.", "en"],
      ["Die Bahn war für eine Stellungnahme zunächst nicht zu erreichen.", "de"],
      ["Das Ministerium wollte sich zu den Vorwürfen nicht äußern.", "de"],
    ] as const) {
      expect(only(text, language).kind, text).toBe("boilerplate");
    }
  });

  it("is not what someone declined to comment on, or said another did not", () => {
    expect(only("The senator declined to comment on the 40 per cent cut.", "en").kind).not.toBe("boilerplate");
    expect(only("I notice that Mr. Ford didn't comment on the prisons in Chile.", "en").kind).not.toBe("boilerplate");
  });
});

describe("German sources in more of their forms", () => {
  it("a quotation, its speaker with where they work and a clause on them: the speaker, and the quotation as the wording", () => {
    const [quote, next] = readUnits(
      "„Es ist möglich, dass Menschen sich weniger bewegen“, sagte der Neurologe Prof. Dr. med. Frank Jessen von der Uniklinik Köln, der nicht an der Studie beteiligt war. Auch die Studienpopulation sei nicht repräsentativ, gab Jessen zu bedenken.",
      "de",
    );
    expect(quote).toMatchObject({ claimant: "Frank Jessen", wording: "Es ist möglich, dass Menschen sich weniger bewegen" });
    // "gab … zu bedenken" names its speaker, by the full name the article gave first.
    expect(next).toMatchObject({ claimant: "Frank Jessen", wording: "Die Studienpopulation ist nicht repräsentativ" });
    expect(only("„Es ist möglich“, sagte Ursula von der Leyen.", "de").claimant).toBe("Ursula von der Leyen");
  });

  it("'nach ihren Angaben' and 'demnach' are the source the sentence before names", () => {
    const units = readUnits(
      "Die Deutsche Alzheimer Gesellschaft schätzt, dass in Deutschland etwa 1,8 Millionen Menschen mit Demenz leben. Jedes Jahr kommen nach ihren Angaben rund 440.000 Neuerkrankungen hinzu. Laut Hochrechnung der Forschungsgruppe Wahlen kam die CDU auf 31 Prozent. Die SPD erreichte demnach 16 Prozent.",
      "de",
    );
    expect(units.map((unit) => [unit.claimant, unit.wording])).toEqual([
      ["Deutsche Alzheimer Gesellschaft", expect.any(String)],
      ["Deutsche Alzheimer Gesellschaft", "Jedes Jahr kommen rund 440.000 Neuerkrankungen hinzu"],
      ["Forschungsgruppe Wahlen", "Die CDU kam auf 31 Prozent"],
      ["Forschungsgruppe Wahlen", "Die SPD erreichte 16 Prozent"],
    ]);
  });

  it("'geben an' states, an office after a place's genitive, a company after its kind", () => {
    expect(only("Die Autoren geben an, der Geldgeber habe keinen Einfluss auf die Auswertung gehabt.", "de")).toMatchObject({
      claimant: "Autoren",
      wording: "Der Geldgeber hat keinen Einfluss auf die Auswertung gehabt",
    });
    expect(only("Neustettens heutiger Bürgermeister Markus Feldl (CSU) sagte, die Gemeinde sei erleichtert.", "de").claimant).toBe("Markus Feldl");
    expect(only("Der Chemiekonzern BASF teilte mit, der Umsatz sei um 3 Prozent gestiegen.", "de").claimant).toBe("BASF");
    // "Angesichts der …" opens no speaker; "sagte … zu" (promised) is no saying.
    expect(only("Angesichts der türkischen Grenzöffnung sagte die Agentur Frontex Griechenland zusätzliche Unterstützung zu.", "de").claimant).toBeNull();
  });
});

describe("reasons and furniture of the same read", () => {
  it("'gut' before a figure is no evaluation, 'da' before its verb no cause", () => {
    expect(only("Die Union verlor gut acht Prozentpunkte.", "de").reasons.join()).not.toContain("evaluation");
    expect(only("Da gibt es nichts schönzureden, die Zahlen sind schlecht.", "de").reasons.join()).not.toContain("causal");
    expect(only("Die Preise stiegen, da die Nachfrage um 5 Prozent wuchs.", "de").reasons.join()).toContain("causal: da");
  });

  it("credits with an editor, pointers to a graphic, a live blog's label, a reporter's credit and a call to readers are furniture", () => {
    for (const [text, language] of [
      ["Mitarbeit: Rene Wagner; redigiert von Sabine Ehrhardt", "de"],
      ["Die Ergebnisse der Kreise finden Sie in unserer interaktiven Grafik.", "de"],
      ["Live updates", "en"],
      ["Our correspondent Aoife Gallagher contributed reporting from Galway.", "en"],
      ["If you have seen a claim you would like us to check, contact us at factcheck@example.org.", "en"],
      ["Rückfragen bitte an: Pressestelle, Tel. 0911 2112-1030", "de"],
      ["By Tom Hollis at the Gtech Community Stadium", "en"],
    ] as const) {
      expect(only(text, language).kind, text).toBe("boilerplate");
    }
  });
});

describe("times of day in English", () => {
  it("'this afternoon' and 'last night' are days of the article's date; 'the last night of' is none", () => {
    expect(only("All 40 schools closed this afternoon, the council said.", "en", "2025-01-24").wording).toBe("All 40 schools closed on the afternoon of 24 January 2025");
    expect(only("Two men were arrested last night, police said.", "en", "2025-01-24").wording).toBe("Two men were arrested on the night of 23 January 2025");
    expect(only("It was the last night of the festival, which drew 20,000 people.", "en", "2025-01-24").wording).toContain("the last night of the festival");
  });
});

describe("English sources of the same read", () => {
  const claimantOf = (text: string) => only(text, "en").claimant;
  it("a spokesperson for a body in lower case, who found it at the end, gardaí, a British title and where a person works", () => {
    expect(claimantOf("A spokesperson for the university said the advice did not come from any of its 30 physicians.")).toBe("A spokesperson for the university");
    expect(claimantOf("The post has been shared more than 400,000 times since Monday, AFP found.")).toBe("AFP");
    expect(claimantOf("Two men aged 24 and 31 were arrested in Galway, gardaí have confirmed.")).toBe("gardaí");
    expect(claimantOf("However, Prof Peter Thorne of Maynooth University said the storm was the strongest since 1839.")).toBe("Peter Thorne");
  });

  it("keeps bodies whole: the Bank of England, the Secretary of Defense, the Joint Chiefs of Staff", () => {
    expect(claimantOf("The Bank of England said rates would rise by 0.25 points.")).toBe("Bank of England");
    expect(claimantOf("The Secretary of Defense said 4,000 troops would leave.")).toContain("Secretary of Defense");
    expect(claimantOf("He found the keys under the mat in 2019.")).toBeNull();
  });
});

describe("German modal particles", () => {
  it("make a sentence with nothing to check an opinion, never a check-worthy one or 'Doch' opening a sentence", () => {
    expect(only("Der Steuerzahler zahlt ja alles.", "de")).toMatchObject({ kind: "opinion" });
    expect(only("Das muss doch jeder wissen.", "de").reasons).toContain("evaluation: doch ↓");
    expect(only("Die Zahl der Fälle stieg sogar um 20 Prozent.", "de").kind).toBe("claim");
    expect(only("Doch die Regierung hat das Gesetz beschlossen.", "de").kind).toBe("claim");
  });
});

describe("English stance adverbs", () => {
  it("make a sentence with nothing to check an opinion, not one with a figure", () => {
    expect(only("That is simply not how any of this works.", "en").kind).toBe("opinion");
    expect(only("Unemployment simply rose to 4.2 percent in March.", "en").kind).toBe("claim");
  });
});

describe("speakers of the second read", () => {
  it("are never a phrase that cannot speak: a place, a relative clause, an adjective, an object put first", () => {
    for (const [text, language] of [
      ["A former quality-control engineer at the company told The Associated Press that 300 units failed.", "en"],
      ["Measles spread to New Mexico, where officials confirmed 11 infections.", "en"],
      ["The vote was delayed by up to 16 months, a move critics said would hand a victory to industry.", "en"],
      ["Den Sachschaden schätzt die Polizei auf etwa 45.000 Euro.", "de"],
    ] as const) {
      expect(only(text, language).claimant, text).toBeNull();
    }
  });

  it("leave a verb's particle and a police rank out of the name", () => {
    expect(only("Die Preise sollen um 5 Prozent steigen, kündigte Miriam Adler an.", "de").claimant).toBe("Miriam Adler");
    expect(only("Kriminalhauptkommissarin Jana Roth sagte, der Täter sei mit 2.000 Euro geflohen.", "de").claimant).toBe("Jana Roth");
  });
});

describe("attributions of the second read", () => {
  it("'said in a statement it …' and 'Sie betonte jedoch, …' leave the wording", () => {
    expect(only('Meta said in a statement it welcomed "a more pragmatic approach" to the 16-month delay.', "en").wording).toBe(
      "It welcomed a more pragmatic approach to the 16-month delay",
    );
    const [, second] = readUnits("Ministerin Anna Berger sagte, die Steuern würden 2026 steigen. Sie betonte jedoch, eine Entscheidung sei noch nicht gefallen.", "de");
    expect(second).toMatchObject({ claimant: "Anna Berger", wording: "Eine Entscheidung ist noch nicht gefallen" });
  });
});
