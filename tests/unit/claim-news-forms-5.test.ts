import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";
import { claimantOf as claimant, entitiesOf, unitsOf as units, wordingOf as wording } from "../support/claim-sentence";

// Forms found by the engine read of stop 35: sixteen new articles (German city budget, regional court, study with
// its lead author, energy prices, doping case, wire report on a conflict, quarterly results, interview; English
// council budget, US appeals court, health study, energy markets, doping appeal, wire conflict report, tech
// earnings, Q&A) the engine had never seen.


describe("'she said' means the person named last, not an earlier speaker", () => {
  it("takes a name introduced with an apposition as whom a later 'she said' means", () => {
    const text =
      'Priya Nair said the cuts hurt. Margaret Lyle, 71, who uses Eastfield library twice a week, said she felt "completely let down".\n\n“It’s the only warm place some people go,” she said.';
    const [, lyle, quote] = units(text, "en");
    expect(lyle!.claimant).toBe("Margaret Lyle");
    expect(quote!.claimant).toBe("Margaret Lyle");
    const coles =
      'Delaney said the state would appeal. Jennifer Coles, a senior staff attorney at the ACLU, called the ruling "a clear win for patients."\n\n“People have had to drive hundreds of miles,” she said.';
    expect(units(coles, "en")[2]!.claimant).toBe("Jennifer Coles");
  });

  it("reads German occupations as titles, and a subject after the verb", () => {
    const energy = "Henning Maaß sagte, der Preis steige. Analystin Carolin Dettmer von der DZ Bank rechnet mit sinkenden Preisen. „Der Markt muss die Speicher im Sommer wieder auffüllen“, sagte sie.";
    expect(units(energy, "de")[2]!.claimant).toBe("Carolin Dettmer");
    const doping =
      'Der DSV-Sportdirektor Felix Bitterling sagte, man prüfe alles. Kritischer äußerte sich der frühere Weltmeister Sven Kittelmann, der heute als TV-Experte arbeitet. "Jeder Profi weiß, dass Nahrungsergänzungsmittel ein Risiko sind", sagte er.';
    const [, critic, quote] = units(doping, "de");
    expect(critic!.claimant).toBeNull(); // not "Kritischer"
    expect(quote!.claimant).toBe("Sven Kittelmann");
    expect(claimant("Merz äußerte sich zurückhaltend zu den Zahlen.", "de")).toBe("Merz");
  });

  it("names the person after titles in a row, not a title", () => {
    expect(entitiesOf("Der Vorsitzende Richter Dr. Markus Heitmann sagte, die Mieter hätten recht.", "de")).toContain("person:Markus Heitmann");
  });

  it("reads names with an Arabic particle", () => {
    const text = "“We will not negotiate,” Information Minister Khalid al-Amin told reporters on Wednesday. He said nine of the dead were workers at the fuel depot.";
    const [told, said] = units(text, "en");
    expect(told).toMatchObject({ claimant: "Khalid al-Amin", wording: "We will not negotiate" });
    expect(said!.claimant).toBe("Khalid al-Amin");
  });
});

describe("wordings", () => {
  it("keeps German 'So', which is no connective", () => {
    expect(wording("So viel Geld hatten wir nie.", "de")).toBe("So viel Geld hatten wir nie");
    expect(wording("„So geht man nicht miteinander um“, sagte Winkler.", "de")).toBe("So geht man nicht miteinander um");
  });

  it("moves 'der Studie zufolge' inside a sentence, and 'Diplomaten in Brüssel zufolge', into the claimant", () => {
    const study = "Wer sich mehr als 45 Minuten täglich bewegte, hatte der Studie zufolge sogar ein um 41 Prozent geringeres Risiko.";
    expect(claimant(study, "de")).toBe("Studie");
    expect(wording(study, "de")).toBe("Wer sich mehr als 45 Minuten täglich bewegte, hatte sogar ein um 41 Prozent geringeres Risiko");
    expect(claimant("Diplomaten in Brüssel zufolge wird bereits über die Aussetzung von Fördergeldern diskutiert.", "de")).toBe("Diplomaten in Brüssel");
  });

  it("drops datelines with a date, with slashes and with two agencies", () => {
    expect(wording("CINCINNATI, March 18, 2025 — A federal appeals court struck down the Ohio law on Tuesday.", "en")).toBe("A federal appeals court struck down the Ohio law on Tuesday");
    expect(wording("Bonn/Ruhpolding – Der Deutsche Skiverband hat die Athletin gesperrt.", "de")).toBe("Der Deutsche Skiverband hat die Athletin gesperrt");
    expect(wording("Pristina/Belgrad (dpa/AFP) – Bei Zusammenstößen wurden 12 Menschen verletzt.", "de")).toBe("Bei Zusammenstößen wurden 12 Menschen verletzt");
    expect(wording("WHO — the agency said 5 people died.", "en")).toContain("WHO");
  });

  it("reads a time of day after the day of saying", () => {
    expect(wording("Ohio Attorney General Mark Delaney said on Tuesday evening that the state would ask the full court to rehear the case.", "en")).toBe(
      "The state will ask the full court to rehear the case",
    );
    expect(wording("Smith said yesterday afternoon that prices rose 5%.", "en")).toBe("Prices rose 5%");
  });

  it("leaves out what the speaker went on to warn after 'but'", () => {
    expect(wording('Dan Morales, an analyst at Baird, said the numbers were "undeniably strong" but warned that investors were "pricing in perfection".', "en")).toBe(
      "The numbers were undeniably strong",
    );
  });
});

describe("attribution out of the wording", () => {
  it("reads offices before and in apposition to a name, and moves them out", () => {
    const marchetti = "The lead author, Dr. Elena Marchetti of the University of Edinburgh, said the risk fell by 41%.";
    expect(units(marchetti, "en")[0]).toMatchObject({ claimant: "Elena Marchetti", wording: "The risk fell by 41%" });
    expect(units("The council’s chief executive, Andrew Bayliss, told councillors that the deficit was £12m.", "en")[0]).toMatchObject({
      claimant: "Andrew Bayliss",
      wording: "The deficit was £12m",
    });
    expect(wording("Chief financial officer David Lindgren said revenue rose 14% to $18.4bn.", "en")).toBe("Revenue rose 14% to $18.4bn");
    expect(units("Regional organiser Dr. Priya Nair said 300 jobs were at risk.", "en")[0]).toMatchObject({ claimant: "Priya Nair", wording: "300 jobs were at risk" });
    // "chief executive says" in a standfirst names nobody.
    expect(claimant("Quarterly sales rose 31% to $18.4bn; chief executive says demand far exceeds supply.", "en")).toBeUndefined();
  });

  it("moves 'X’s figures showed that' into the claimant", () => {
    expect(units("Eurostat’s figures showed that inflation fell to 2.1% in May.", "en")[0]).toMatchObject({ claimant: "Eurostat", wording: "Inflation fell to 2.1% in May" });
    expect(wording("Ofgem’s latest figures show the price cap will rise by 5% in April.", "en")).toBe("The price cap will rise by 5% in April");
  });

  it("joins a German quotation split by its speaker without a stray comma, and reads 'fügte er hinzu'", () => {
    const text = "Der Anwalt Heiko Brandtner widersprach. »Von Überforderung«, fügte er hinzu, »kann bei diesen Zahlen keine Rede sein.« Er fügte hinzu, die Lage sei ernst.";
    const [, split, added] = units(text, "de");
    expect(split).toMatchObject({ claimant: "Heiko Brandtner", wording: "Von Überforderung kann bei diesen Zahlen keine Rede sein" });
    expect(added).toMatchObject({ claimant: "Heiko Brandtner", wording: "Die Lage ist ernst" });
    expect(wording("„Bei solchen Mengen“, sagte Lehmann-Brandt, „ist eine leistungssteigernde Wirkung ausgeschlossen.“", "de")).toBe(
      "Bei solchen Mengen ist eine leistungssteigernde Wirkung ausgeschlossen",
    );
  });
});

describe("second engine read of stop 35 (sixteen more articles)", () => {
  it("reads 'am Morgen' as the morning, not tomorrow", () => {
    const date = new Date(Date.UTC(2024, 0, 10));
    const wordings = extract("An den Bahnhöfen blieb es am Morgen ruhig. Morgen beginnt der Streik.", { language: "de", articleDate: date }).units.map((unit) => unit.suggestedWording);
    expect(wordings).toEqual(["An den Bahnhöfen blieb es am Morgen ruhig", "Am 11. Januar 2024 beginnt der Streik"]);
  });

  it("writes 'yesterday afternoon' and 'gestern Abend' as that part of the day", () => {
    const wordings = (text: string, language: "de" | "en", date: Date) => extract(text, { language, articleDate: date }).units.map((unit) => unit.suggestedWording);
    expect(wordings("The body was recovered yesterday afternoon. Prices have risen since yesterday morning.", "en", new Date(Date.UTC(2025, 10, 17)))).toEqual([
      "The body was recovered on the afternoon of 16 November 2025",
      "Prices have risen since the morning of 16 November 2025",
    ]);
    expect(wordings("Die Polizei meldete gestern Abend 12 Unfälle. Seit gestern Abend gilt die Warnung.", "de", new Date(Date.UTC(2024, 0, 10)))).toEqual([
      "Die Polizei meldete am Abend des 9. Januar 2024 12 Unfälle",
      "Seit dem Abend des 9. Januar 2024 gilt die Warnung",
    ]);
  });

  it("takes 'He added:' and 'Er sagte:' before a quotation out of the wording", () => {
    expect(units('Mick Lynch said the offer was poor. He added: "Nobody wants to strike, but 5% is not enough."', "en")[1]).toMatchObject({
      claimant: "Mick Lynch",
      wording: "Nobody wants to strike, but 5% is not enough",
    });
    expect(units('Landrat Bernd Sibler sprach von einem Ausnahmezustand. Er sagte: "Die Einsatzkräfte haben die ganze Nacht gearbeitet."', "de")[1]).toMatchObject({
      claimant: "Bernd Sibler",
      wording: "Die Einsatzkräfte haben die ganze Nacht gearbeitet",
    });
  });

  it("keeps police ranks with their name, out of the claimant", () => {
    expect(units("Det. Ch. Supt. Mark Garrard said 40 cameras were installed.", "en")).toEqual([
      expect.objectContaining({ claimant: "Mark Garrard", wording: "40 cameras were installed" }),
    ]);
  });

  it("reads offices after 'Its' and 'Her', and no adverb or addressee as the speaker", () => {
    expect(claimant("Its chief meteorologist, Dr. Neil Armitage, said rainfall was 40% above average.", "en")).toBe("Neil Armitage");
    expect(claimant("Her neighbour, Ian Prosser, said the water rose in 20 minutes.", "en")).toBe("Ian Prosser");
    expect(claimant('Skeptischer äußerte sich Jan-Hendrik Sievers von Jefferies: "Das wird teuer."', "de")).not.toBe("Skeptischer");
    expect(claimant("Weiter behauptet er, die Bundesregierung habe bereits zugestimmt.", "de")).not.toBe("Weiter");
    expect(claimant("„Er ist ein großartiger Spieler“, sagte der Niederländer dem Klubsender LFCTV.", "de")).toBe("Niederländer");
  });

  it("keeps 'Auch' rather than scramble a prepositional phrase", () => {
    expect(wording("Auch um Florian Wirtz ranken sich weiter Wechselgerüchte.", "de")).not.toMatch(/^Florian um/);
  });

  it("gives a later sentence of an open quotation to its speaker", () => {
    const text = 'The Conservatives said the government was failing. Shadow health\nsecretary Edward Argar said: "Labour promised to cut waiting lists.\nInstead they are going up, and patients are paying the price."';
    expect(units(text, "en").at(-1)!.claimant).toBe("Edward Argar");
  });

  it("never takes an office's organisation for a person, so a later 'he said' means the person named since", () => {
    const text =
      "A spokesperson for Kent Police said the force had received 31 reports.\n\nThe injured firefighter, Watch Manager Dean Phillips, spent eleven days in hospital. In a statement read to the court, he said he still could not sleep.";
    expect(entitiesOf("A spokesperson for Kent Police said the force had received 31 reports.", "en")).not.toContain("person:Kent Police");
    expect(units(text, "en").at(-1)!.claimant).toBe("Dean Phillips");
  });

  it("joins a name cut in two by a hard wrap when a comma follows it, not a heading above 'Yesterday, …'", () => {
    expect(units("The spectrometer, built in Milton\nKeynes, would begin taking readings on Saturday.", "en")).toHaveLength(1);
    expect(units("Flood warnings in England\nYesterday, the river rose 3 metres.", "en")).toHaveLength(2);
  });

  it("reads a German speaker in the perfect, and 'X berichtete, …' / 'X betont, …' out of the wording", () => {
    const text = 'Sky Sport berichtete, Leverkusen fordere 150 Millionen. Gestern hatte Rolfes noch erklärt, Wirtz sei "nicht verkäuflich". Die Regierung hat zuvor betont, die Lage sei stabil.';
    const [sky, rolfes, government] = units(text, "de");
    expect(sky).toMatchObject({ claimant: "Sky Sport" });
    expect(sky!.wording.startsWith("Leverkusen")).toBe(true);
    expect(rolfes).toMatchObject({ claimant: "Rolfes", wording: "Wirtz ist nicht verkäuflich" });
    expect(government).toMatchObject({ claimant: "Regierung", wording: "Die Lage ist stabil" });
    expect(wording("Merz betont, die Lage sei ernst.", "de")).toBe("Die Lage ist ernst");
  });

  it("drops a known place's dateline, and marks more furniture as boilerplate", () => {
    expect(wording("Berlin – Wer gesetzlich versichert ist, wartet 30 Tage.", "de")).toBe("Wer gesetzlich versichert ist, wartet 30 Tage");
    const lines = ["Harwell, Oxfordshire, Friday 12 December 2025", "Published Wednesday 22 October 2025", "Pictured: Morgan Rogers celebrates his goal.", "Share this article: Facebook | X | WhatsApp | Email", "This article was checked by our editorial team."];
    expect(units(lines.join("\n\n"), "en").map((unit) => unit.kind)).toEqual(Array(5).fill("boilerplate"));
    expect(units("Fehler gefunden? Schreiben Sie uns an redaktion@example.de.", "de").map((unit) => unit.kind)).toEqual(["boilerplate", "boilerplate"]);
  });
});

describe("hard-wrapped lines", () => {
  it("joins a line that stops inside a noun phrase: after an adjective, between a first name and a last name", () => {
    const text = "Die Lage hat sich am Wochenende weiter verschärft, wie die kosovarische\nPolizei mitteilte. Der russische Außenamtssprecher Dmitri\nOrlow warf dem Westen vor, die Gewalt zu schüren.";
    expect(units(text, "de").map((unit) => unit.text.replace(/\n/g, " "))).toEqual([
      "Die Lage hat sich am Wochenende weiter verschärft, wie die kosovarische Polizei mitteilte.",
      "Der russische Außenamtssprecher Dmitri Orlow warf dem Westen vor, die Gewalt zu schüren.",
    ]);
    // A heading that ends with an office and a name stays apart from the paragraph under it.
    expect(units("Interview mit Außenminister Johann\nWadephul sagt, die Lage sei ernst.", "de")).toHaveLength(2);
  });
});

describe("page furniture", () => {
  const kinds = (text: string, language: "de" | "en") => units(text, language).map((unit) => unit.kind);
  it("marks date lines, captions, editors' notes, rate and contact lines as boilerplate", () => {
    const english = [
      "SAN FRANCISCO — Published 29 October 2025",
      "LONDON/NEW YORK, Thursday, June 12, 2025 (Business Wire)",
      "($1 = 0.8701 euros)",
      "((ahmed.hassan@wire.com; +20 2 2578 3290))",
      "This article was amended on 10 April 2025 to correct a figure.",
      "Caption: Two women walk by the river.",
    ].join("\n\n");
    expect(kinds(english, "en")).toEqual(Array(6).fill("boilerplate"));
    const german = [
      "Wiesbaden/Frankfurt, 21. Februar 2025",
      "Bildunterschrift: Zwei Seniorinnen beim Nordic Walking am Neckarufer.",
      "Kurse Stand: 07.11.2024, 17:35 Uhr.",
      "Dieser Artikel erschien zuerst in der Print-Ausgabe vom 18. Juni 2025.",
    ].join("\n\n");
    expect(kinds(german, "de")).toEqual(Array(4).fill("boilerplate"));
  });
});
