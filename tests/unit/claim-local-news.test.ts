import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";

// Two local news texts the new-user walk of stop 31 pasted (Leipzig rents in German, Bristol bus lanes in
// English): sources named after the sentence they back, a pronoun speaker after a quotation, a resident with
// an age, an office written in lower case before the name.

describe("local news from the walk of stop 31", () => {
  const units = (text: string, language: "de" | "en") => extract(text, { language }).units.map((unit) => ({ kind: unit.kind, claimant: unit.claimant?.text ?? null, wording: unit.suggestedWording }));

  it("reads 'That's according to a survey of 240 businesses' as the source of the sentence before, figure and all", () => {
    const [figure, source] = units("Footfall had fallen by 12 per cent. That's according to a survey of 240 businesses.", "en");
    expect(source).toMatchObject({ kind: "other", wording: "" });
    expect(figure!.claimant).toBe("a survey of 240 businesses");
  });

  it("reads '… hervor, die am Dienstag veröffentlicht wurde' as a source too", () => {
    const [figure, source] = units("Die Mieten stiegen um 9,4 Prozent. Das geht aus einer Auswertung des Immobilienportals ImmoScout24 hervor, die am Dienstag veröffentlicht wurde.", "de");
    expect(source!.kind).toBe("other");
    expect(figure!.claimant).toBe("Immobilienportal ImmoScout24");
  });

  it("gives a quotation ending in 'he told reporters' to the person quoted last", () => {
    const text = 'Council leader Tony Dyer said the scheme would be extended to three more routes. "This is the most successful project in a generation," he told reporters.';
    expect(units(text, "en").map((unit) => unit.claimant)).toEqual(["Tony Dyer", "Tony Dyer"]);
    expect(units(text, "en")[0]!.wording).toBe("The scheme will be extended to three more routes");
  });

  it("takes a resident with an age as the speaker, and 'sagte er am Montag' out of a quotation's wording", () => {
    expect(units("Local resident Sarah Mills, 42, said she thinks the lanes are a good idea.", "en")[0]).toMatchObject({ claimant: "Sarah Mills", wording: "Sarah Mills thinks the lanes are a good idea" });
    expect(units("„Die Lage ist ernst“, sagte er am Montag.", "de")[0]!.wording).toBe("Die Lage ist ernst");
  });

  // Left open by stop 31: sentences that only say where figures come from or when they came out.
  it("reads counted people, where figures come from and when they came out as the source of the figure before", () => {
    const [figure, counted] = units("Ticket sales rose 40 percent last year. That's according to 12 people.", "en");
    expect(counted).toMatchObject({ kind: "other", wording: "" });
    expect(figure!.claimant).toBe("12 people");

    const english = units("Ticket sales rose 40 percent last year. The figures were published in a report on Tuesday. Those numbers come from the Office for National Statistics.", "en");
    expect(english.map((unit) => unit.kind)).toEqual(["claim", "other", "other"]);
    // Past the sentence between: the figure gets the source, the sentence about publishing none.
    expect(english.map((unit) => unit.claimant)).toEqual(["Office for National Statistics", null, "Office for National Statistics"]);

    const german = units("Die Arbeitslosigkeit stieg auf 6,1 Prozent. Die Zahlen stammen von der Bundesagentur für Arbeit. Die Daten wurden am Dienstag veröffentlicht.", "de");
    expect(german.map((unit) => unit.kind)).toEqual(["claim", "other", "other"]);
    expect(german[0]!.claimant).toBe("Bundesagentur für Arbeit");
    // What the figures say about themselves is a statement: "Die Zahlen stammen aus 2019 und sind veraltet."
    expect(units("Die Zahlen stammen aus 2019 und sind veraltet.", "de")[0]!.kind).toBe("claim");
  });

  // The walk of stop 32.
  it("reads 'Das kündigte X an' as a source, naming the person without office and party", () => {
    const [plan, source] = units("Die Landesregierung will bis 2027 rund 2.000 zusätzliche Stellen in der Altenpflege schaffen. Das kündigte Sozialministerin Karin Albrecht (SPD) am Dienstag in Dresden an.", "de");
    expect(source!.kind).toBe("other");
    expect(plan!.claimant).toBe("Karin Albrecht");
  });

  it("reads a think tank as a group that speaks, not as speculation", () => {
    const [unit] = extract("The think tank added that the number of people waiting more than a year had risen by 12,000 since June.", { language: "en" }).units;
    expect(unit!.claimant?.text).toBe("The think tank");
    expect(unit!.subjective).toBe(false);
    expect(unit!.reasons.join(" ")).not.toMatch(/speculation/);
  });

  it("reads reported criticism and confidence as opinions, and takes 'However, X said that' out of the wording", () => {
    const german = units("CDU-Fraktionschef Thomas Wendler kritisierte die Pläne als „Tropfen auf den heißen Stein“. Albrecht sagte, sie sei zuversichtlich, dass das Programm wirke. Der Fahrgastverband Pro Bahn kritisierte, die Sanierungen kämen viel zu spät.", "de");
    expect(german.map((unit) => unit.kind)).toEqual(["opinion", "opinion", "opinion"]);
    const [council, fund] = units("The council said it faced a £65 million funding gap. However, the King's Fund said that only 59.8 per cent of patients were seen within 18 weeks.", "en");
    expect(council!.claimant).toBe("The council");
    expect(fund).toMatchObject({ claimant: "King's Fund", wording: "Only 59.8 per cent of patients were seen within 18 weeks" });
  });
});

