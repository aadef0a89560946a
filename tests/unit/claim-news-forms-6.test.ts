import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";
import { unitTexts } from "../support/claim-sentence";

// Forms found by the engine read of stop 36: sixteen new articles (German wire report on building permits, live
// ticker of a state election, interview on care work, Bundestag debate, study on short-sightedness, handball derby,
// regional railway, Reuters export report; English wire story on air traffic, UK local food bank, US state phone
// ban, health study, tech regulation, election campaign, Canadian housing, NBA report) the engine had never seen.

const kinds = (text: string, language: "de" | "en") => extract(text, { language }).units.map((unit) => [text.slice(unit.start, unit.end), unit.kind]);
const wordings = (text: string, language: "de" | "en", date: string) =>
  extract(text, { language, articleDate: new Date(date) }).units.map((unit) => unit.suggestedWording);

describe("sentences and lines", () => {
  it("keeps an ordinal of three digits inside its sentence", () => {
    expect(unitTexts("Der THW Kiel hat das 112. Nordderby gegen die SG Flensburg-Handewitt gewonnen. Es war knapp.", "de")).toEqual([
      "Der THW Kiel hat das 112. Nordderby gegen die SG Flensburg-Handewitt gewonnen.",
      "Es war knapp.",
    ]);
    expect(unitTexts("Die Stadt feiert den 100. Geburtstag des Bades.", "de")).toHaveLength(1);
  });

  it("joins a line that ends in a number to the line with its unit, and one that ends in 'als' or 'wie'", () => {
    const text = "Für die AfD bedeutet das Ergebnis ein leichtes Plus von 2,5\nProzentpunkten. Die Beteiligung lag höher als\nExperten erwartet hatten.";
    expect(unitTexts(text, "de")).toEqual([
      "Für die AfD bedeutet das Ergebnis ein leichtes Plus von 2,5\nProzentpunkten.",
      "Die Beteiligung lag höher als\nExperten erwartet hatten.",
    ]);
  });

  it("keeps a byline, its date line, listed related links and labelled line-ups apart", () => {
    expect(unitTexts("By Dr. Rachel Moore, Health Correspondent\nPublished Monday 14 July 2025, 11:05 BST\n\nPeople walk more.", "en")).toEqual([
      "By Dr. Rachel Moore, Health Correspondent",
      "Published Monday 14 July 2025, 11:05 BST",
      "People walk more.",
    ]);
    const links = "Lesen Sie auch:\nNeuer Radweg zwischen Metzingen und Neuhausen freigegeben\nMehr Busse im Landkreis: Das ändert sich zum Fahrplanwechsel";
    expect(unitTexts(links, "de").slice(1)).toEqual(["Neuer Radweg zwischen Metzingen und Neuhausen freigegeben", "Mehr Busse im Landkreis: Das ändert sich zum Fahrplanwechsel"]);
    const lineUps = "THW Kiel: Wolff, Landin – Ekberg 8, Bilyk 6\nSG Flensburg-Handewitt: Buric, Møller – Jakobsen 9/5, Golla 5";
    expect(unitTexts(lineUps, "de")).toHaveLength(2);
  });
});

describe("page furniture", () => {
  it("reads captions, credits, newsletter and social lines, agency lines and date lines as boilerplate", () => {
    const english = [
      "Sign up for our free Swindon Today newsletter and get the latest news straight to your inbox every morning.",
      "Photo caption: Oklahoma City Thunder guard Shai Gilgeous-Alexander drives past Golden State's Draymond Green.",
      "(AP Photo/Nate Billings)",
      "PICTURE: Volunteers sort donations at the Cheney Manor warehouse.",
      "Posted: Nov 4, 2025 6:00 AM EST",
      "This report by The Canadian Press was first published Nov. 4, 2025.",
      "Email newsdesk@swindonadvertiser.co.uk",
      "Follow Luis M. Carrasco on X: @LMCarrasco",
      "Join the conversation: Comments are closed on this article.",
      "AP Sports Writer",
      "AP NBA: https://apnews.com/hub/NBA",
      "Swindon Advertiser | Thursday, 6 March 2025",
    ];
    for (const line of english) expect(kinds(line, "en"), line).toEqual([[line, "boilerplate"]]);
    const german = [
      "Folgen Sie uns auch auf Instagram und WhatsApp.",
      "Hinweis: Dieser Ticker wird laufend aktualisiert.",
      "(Bericht von Rene Wagner, redigiert von Sabine Ehrhardt.",
      "Bei Rückfragen wenden Sie sich bitte an unsere Redaktion unter berlin.newsroom@example.com)",
      "Das Interview führte Jan Ohlsen.",
      "Weser-Kurier: Frau Lindner, vielen Dank für das Gespräch.",
      "Von unserem Redakteur Michael Weiß",
      "Metzingen/Bad Urach.",
      "(Archivbild) © Boris Roessler/dpa",
      "dpa-infocom, 17.05.2024",
      "Symbolbild: Justitia vor dem Amtsgericht.",
    ];
    for (const line of german) expect(kinds(line, "de"), line).toEqual([[line, "boilerplate"]]);
  });

  it("keeps sentences that only begin like furniture", () => {
    expect(kinds("Follow-up tests showed that 40 percent of the patients improved.", "en")[0]![1]).toBe("claim");
    expect(kinds("Emails show that the mayor knew of the 2 million pound overspend.", "en")[0]![1]).toBe("claim");
    expect(kinds("Bei Rückfragen zur Steuer verweist das Amt auf seine Website mit 40 Formularen.", "de")[0]![1]).not.toBe("boilerplate");
  });
});

describe("relative days", () => {
  it("leaves a relative day inside a quotation as it was said, and resolves one outside", () => {
    const text = "„Andi war heute einfach Weltklasse“, sagte THW-Trainer Filip Jícha nach dem Spiel. Die Regierung beschließt heute den Haushalt.";
    expect(wordings(text, "de", "2024-03-11")).toEqual(["Andi war heute einfach Weltklasse", "Die Regierung beschließt am 11. März 2024 den Haushalt"]);
    const english = '"What I saw today was extraordinary generosity," Ms Alexander said. The council voted today to close the library.';
    expect(wordings(english, "en", "2025-03-06")).toEqual(["What I saw today was extraordinary generosity", "The council voted on 6 March 2025 to close the library"]);
  });

  it("reads a capitalised 'Today' after a word as a name", () => {
    const text = "Speaking on BBC Radio 4's Today programme, he said the rules would change. Today, the council voted 7-2 to close the library.";
    const [programme, council] = wordings(text, "en", "2025-09-24");
    expect(programme).toContain("Radio 4's Today programme");
    expect(council).toBe("On 24 September 2025, the council voted 7-2 to close the library");
  });
});

describe("speakers", () => {
  const claimants = (text: string) => extract(text, { language: "en" }).units.map((unit) => unit.claimant?.text ?? null);

  it("reads a name after an office in lower case, and the quotations that follow as theirs", () => {
    const text =
      'Conservative immigration critic Michelle Rempel Garner said the plan had failed. Shaun Hildebrand, an economist, said rents fell. "They tripled temporary residents in five years," she said.';
    expect(claimants(text)).toEqual(["Michelle Rempel Garner", "Shaun Hildebrand", "Shaun Hildebrand"]);
    expect(claimants('Rempel Garner spoke first. "He is the best player in the world," Thunder coach Mark Daigneault said.')[1]).toBe("Mark Daigneault");
    expect(extract("Conservative immigration critic Michelle Rempel Garner said the plan had failed badly.", { language: "en" }).units[0]!.suggestedWording).toBe("The plan had failed badly");
  });

  it("finds the speaker after a quotation that has its own 'We said', and an office in apposition after a quotation", () => {
    const text = 'Immigration Minister Lena Metlege Diab spoke in Ottawa. "We said we would bring our population growth back," Diab told reporters on Parliament Hill.';
    expect(claimants(text)[1]).toBe("Lena Metlege Diab");
    expect(claimants('"Platforms had months of warning," Ofcom\'s online safety director, Oliver Griffiths, told reporters.')).toEqual(["Oliver Griffiths"]);
  });

  it("ends a sentence on 'no.' and reads a name with a middle initial as whom 'she' and 'he' mean", () => {
    const text = "Catherine D. Ingram, a Democrat from Cincinnati, voted no. She argued that parents needed to reach their children.";
    expect(unitTexts(text, "en")).toHaveLength(2);
    expect(claimants(text)).toEqual([null, "Catherine D. Ingram"]);
    const doctor = "Melody Ding led the study. Dr. James A. Whitaker, a neurologist who was not involved, called the findings interesting. He said randomised trials would be needed.";
    expect(claimants(doctor)[2]).toBe("James A. Whitaker");
    expect(unitTexts("The bill, No. 12, passed. He wore No. 7 for the Thunder.", "en")).toHaveLength(2);
  });
});

describe("German speakers and wordings", () => {
  const units = (text: string) => extract(text, { language: "de" }).units.map((unit) => ({ claimant: unit.claimant?.text ?? null, wording: unit.suggestedWording }));

  it("reads reported speech after a sentence naming one person without a verb of saying as theirs", () => {
    const text =
      "Auch Nationalmannschaftskapitän Johannes Golla, der für Flensburg spielt, fand deutliche Worte. Das Derby sei „das beste Spiel der Saison“ gewesen. Zudem kritisierte er die Schiedsrichter, die zwei Zeitstrafen verhängt hatten.";
    expect(units(text).map((unit) => unit.claimant)).toEqual([null, "Johannes Golla", "Johannes Golla"]);
    expect(units(text)[1]!.wording).toBe("Das Derby ist das beste Spiel der Saison gewesen");
    const sorge = units("Auch der CDU-Gesundheitspolitiker Tino Sorge unterstützte den Vorstoß. Die Entscheidungslösung von 2020 habe nicht den erhofften Effekt gehabt.");
    expect(sorge[1]).toEqual({ claimant: "Tino Sorge", wording: "Die Entscheidungslösung von 2020 hat nicht den erhofften Effekt gehabt" });
  });

  it("takes the addressee in the dative out with 'sagte er', and no place of work as a name", () => {
    const text =
      "Prof. Dr. Wolf Lagrèze, Kinderaugenarzt am Universitätsklinikum\nFreiburg, hält die Ergebnisse für plausibel. „Wir sehen das jeden\nTag in unserer Ambulanz“, sagte er dem Evangelischen Pressedienst.";
    expect(units(text)[1]).toEqual({ claimant: "Wolf Lagrèze", wording: "Wir sehen das jeden Tag in unserer Ambulanz" });
    expect(units("Handwerkspräsident Jörg Dittrich warnte. Es fehlten mehr als 700.000 Wohnungen, sagte er der Deutschen Presse-Agentur.")[1]!.wording).toBe("Es fehlten mehr als 700.000 Wohnungen");
    expect(extract("Das Landgericht verurteilt die Geschäftsführerin zu sechs Jahren Haft.", { language: "de" }).units[0]!.entities.filter((e) => e.type === "person")).toEqual([]);
  });

  it("keeps a noun's 'that' clause: 'said the evidence that …' is no 'said that …'", () => {
    const [unit] = extract('Dr. Lisa Orr, a researcher at Ohio State University, said the evidence that bans improve test scores was mixed at best.', { language: "en" }).units;
    expect(unit!.suggestedWording).toBe("The evidence that bans improve test scores was mixed at best");
  });

  it("names who wrote the report after 'according to', web names with their dot", () => {
    const read = (text: string) => extract(text, { language: "en" }).units.map((unit) => [unit.claimant?.text ?? null, unit.suggestedWording]);
    expect(read("The agency had 10,800 controllers in 2024, according to a 2023 report by the Department of Transportation's inspector general.")).toEqual([
      ["Department of Transportation's inspector general", "The agency had 10,800 controllers in 2024"],
    ]);
    expect(read("Rents fell 3.2% in October, according to a report released Friday by Rentals.ca and Urbanation.")).toEqual([["Rentals.ca and Urbanation", "Rents fell 3.2% in October"]]);
  });

  it("leaves datelines of a city and its state, or of a city long for an acronym, out of the wording (not an organisation's)", () => {
    const wording = (text: string) => extract(text, { language: "en" }).units[0]!.suggestedWording;
    expect(wording("COLUMBUS, Ohio — The Ohio Senate voted 31-1 to ban phones.")).toBe("The Ohio Senate voted 31-1 to ban phones");
    expect(wording("PHOENIX — The two leading candidates clashed over water.")).toBe("The two leading candidates clashed over water");
    expect(wording("NATO — The alliance grew to 32 members.")).toBe("NATO — The alliance grew to 32 members");
    expect(wording("UNICEF — Five million children were hungry.")).toBe("UNICEF — Five million children were hungry");
    expect(wording("In fact, the state had a surplus of $1.2 billion in 2023.")).toBe("The state had a surplus of $1.2 billion in 2023");
    expect(wording("In fact checking is hard work for 40 people.")).toBe("In fact checking is hard work for 40 people");
  });

  it("reads the party AfD and the regulators BaFin and KfW as organisations", () => {
    const [unit] = extract("Die AfD legte zu, die BaFin prüft die Kredite der KfW.", { language: "de" }).units;
    expect(unit!.entities.filter((e) => e.type === "organisation").map((e) => e.text)).toEqual(["AfD", "BaFin", "KfW"]);
  });

  it("joins an English quotation split before 'that' without its comma", () => {
    const [unit] = extract('"A diabetic child\'s phone may be the thing," Ingram said, "that keeps her alive."', { language: "en" }).units;
    expect(unit!.suggestedWording).toBe("A diabetic child's phone may be the thing that keeps her alive");
  });
});
