import { describe, expect, it } from "vitest";
import { unitsOf as units, unitTexts } from "../support/claim-sentence";

// Forms found by the engine read of stop 37: eight new articles (English state-budget politics, economy, health
// study, storm live ticker; German heating-law politics, fraud trial, Bundesliga report, utility press release),
// and by the page walk of stop 37 (a city-budget article in English and German).

describe("sentences", () => {
  it("keeps a German ordinal after a possessive, and a minute just inside a parenthesis, inside the sentence", () => {
    expect(unitTexts("Es war bereits sein 21. Saisontor. Danach kam Millot (76. Silas) ins Spiel.", "de")).toEqual([
      "Es war bereits sein 21. Saisontor.",
      "Danach kam Millot (76. Silas) ins Spiel.",
    ]);
    expect(unitTexts("Er wurde 67. Seine Frau lebt in Bonn.", "de")).toHaveLength(2);
  });
});

describe("sources and claimants", () => {
  it("reads 'That's according to' a lower-case report or data as the source of the sentence before", () => {
    const [figure, source] = units("Gas prices rose 12 percent in February. That's according to separate data the Labor Department published Tuesday.", "en");
    expect(source).toMatchObject({ kind: "other", wording: "" });
    expect(figure!.claimant).toBe("Labor Department");
    const [, outlook] = units("Unemployment fell to 3.9 percent. That is according to the office's most recent fiscal outlook.", "en");
    expect(outlook).toMatchObject({ kind: "other", claimant: "the office's most recent fiscal outlook" });
    expect(units("That's according to plan.", "en")[0]!.kind).not.toBe("other");
  });

  it("names whoever published the data after 'according to'", () => {
    expect(units("Wages rose 4 percent, according to data the Census Bureau released on Monday.", "en")[0]!.claimant).toBe("Census Bureau");
  });

  it("gives a spokesperson's words to the spokesperson, also in the next 'he added'", () => {
    const [first, second] = units("A spokesperson for Gov. Elena Marsh said the budget would be balanced by 2026. He added that 40 jobs would go.", "en");
    expect(first!.claimant).toBe("A spokesperson for Gov. Elena Marsh");
    expect(second!.claimant).toBe("A spokesperson for Gov. Elena Marsh");
  });

  it("gives a German 'Sie forderte' to the speaker just quoted, not to one named sentences before", () => {
    const text =
      "Ministerpräsident Markus Söder sagte, das sei Unsinn. Verbraucherschützer sehen die Debatte mit Sorge. Die Verunsicherung sei groß, sagte Ramona Pop, " +
      "Vorständin des Verbraucherzentrale Bundesverbands (vzbv). Sie forderte eine verlässliche Förderung über mindestens fünf Jahre.";
    expect(units(text, "de").at(-1)!.claimant).toBe("Ramona Pop");
  });
});

describe("speakers in the walk's budget articles", () => {
  it("gives 'he said' after 'Council member James Ortiz disagreed.' to Ortiz, not to the mayor quoted before", () => {
    const text =
      'Mayor Linda Harper said the plan would cut property taxes by 3 percent. Council member James Ortiz disagreed. ' +
      '"This budget hides a $300 million deficit in the transit authority," he said. He added that bus ridership had dropped by a quarter since 2019.';
    expect(units(text, "en").slice(-2).map((unit) => unit.claimant)).toEqual(["James Ortiz", "James Ortiz"]);
  });

  it("reads 'widersprach: „…“' as reported speech, and the office before the name apart from it", () => {
    const text =
      "„Wir haben mehr als 25.000 neue Lehrerstellen geschaffen“, sagte Finanzministerin Katrin Vogel. " +
      "Oppositionsführer Markus Brandt widersprach: „Die Neuverschuldung steigt um 1,2 Milliarden Euro.“ Er sagte, die Zahl der Pendler sei um ein Drittel gestiegen.";
    const [, objection, said] = units(text, "de");
    expect(objection).toMatchObject({ claimant: "Markus Brandt", wording: "Die Neuverschuldung steigt um 1,2 Milliarden Euro" });
    expect(said!.claimant).toBe("Markus Brandt");
  });

  it("gives the office that spoke to a later 'He said', and reads 'according to the state Department of Labor' as a source", () => {
    const text = "Flights were cancelled, a spokesman for Exeter Airport said. The Prime Minister said the government was ready to help. He said Cobra would meet at 16:00.";
    expect(units(text, "en").slice(1).map((unit) => unit.claimant)).toEqual(["Prime Minister", "Prime Minister"]);
    const [figure, source] = units("Unemployment fell to 3.8 percent in October. That's according to the state Department of Labor.", "en");
    expect(source!.kind).toBe("other");
    expect(figure!.claimant).toBe("the state Department of Labor");
  });

  it("never offers one word as the wording, and 'according to plan' names no source", () => {
    expect(units("That's according to plan.", "en")[0]).toMatchObject({ claimant: null, wording: "That's according to plan" });
    expect(units("Everything went according to plan, the minister said.", "en")[0]).toMatchObject({ claimant: "the minister", wording: "Everything went according to plan" });
  });
});

describe("furniture and sources of the engine read's ticker, court report and press release", () => {
  it("reads share lines, agency sigils, a release's number line, telephone lines and appeals for witnesses as furniture", () => {
    const text =
      "Share this page\n\n(dpa/lnw/red)\n\nNr. 112/24 vom 14. März 2024\n\nTel. 0561 782-1234\npresse@stadtwerke.example\n\n" +
      "Die Polizei bittet Zeugen, sich unter der Telefonnummer 0234 909-4441 zu melden.\n\nDie Reparatur kostet 2 Millionen Euro.";
    // (The telephone line and the address under it are one unit each since stop 38: contact lines stand alone.)
    expect(units(text, "de").map((unit) => unit.kind)).toEqual(["boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate", "claim"]);
    expect(units("Anyone with information is asked to call Kent Police on 101.", "en")[0]!.kind).toBe("boilerplate");
  });

  it("leaves 'gestern' and 'heute' out of a claimant, names a reporter in apposition, and no 'figures' as one", () => {
    expect(units("Die Kosten lägen bei 4 Millionen Euro, teilte das Statistische Bundesamt gestern mit.", "de")[0]!.claimant).toBe("Statistisches Bundesamt");
    expect(units("Our reporter in Plymouth, Gemma Lowe, says the sea wall was breached at 3am.", "en")[0]).toMatchObject({
      claimant: "Gemma Lowe",
      wording: "The sea wall was breached at 3am",
    });
    expect(units("The food bank handed out 9,412 parcels, according to figures released yesterday.", "en")[0]!.claimant).toBeNull();
  });
});

describe("reported speech", () => {
  it("reads 'would' after a verb of saying as a reported 'will', not as speculation", () => {
    const [reported, own] = units("Hartwell said the Senate would reconvene Wednesday and would not make further changes. It would be a disaster.", "en");
    expect(reported!.kind).toBe("claim");
    expect(own!.kind).toBe("opinion");
  });
});

describe("suggested wording", () => {
  it("keeps a German apposition with its noun when the subject moves back before the verb", () => {
    expect(units("Laut Anklage betrieb der Mann, ein gelernter Gastronom aus Herne, zeitweise elf Teststellen in Bochum.", "de")[0]!.wording).toBe(
      "Der Mann, ein gelernter Gastronom aus Herne, betrieb zeitweise elf Teststellen in Bochum",
    );
  });

  it("leaves out what the speaker went on to do, and keeps 'warned against' whole", () => {
    const [accused, urged, warned] = units(
      "Rep. Dana Whitfield said the collapse was entirely avoidable and accused House leaders of stalling for 3 weeks. " +
        "The mayor said the plan would cost $4 million and urged residents to comply. " +
        "Some experts also warned against over-interpreting the findings for people with chronic conditions.",
      "en",
    );
    expect(accused!.wording).toBe("The collapse was entirely avoidable");
    expect(urged!.wording).toBe("The plan will cost $4 million");
    expect(warned!.wording).toBe("Some experts also warned against over-interpreting the findings for people with chronic conditions");
  });
});
