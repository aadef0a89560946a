import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";
import { findEntities } from "@/lib/domain/claims/entities";

// Page walk of stop 41: the lead of a pasted German article, "Die Deutsche Bahn hat im vergangenen Jahr so viele
// Verspätungen verzeichnet wie nie zuvor.", came out "not check-worthy, 0 %" with no reason at all.
const entities = (text: string) => findEntities(text).map((entity) => `${entity.type}:${entity.text}`);

describe("German records, relative periods and names of stop 41", () => {
  it("ranks the lead sentence check-worthy, with its reasons", () => {
    const [unit] = extract("Die Deutsche Bahn hat im vergangenen Jahr so viele Verspätungen verzeichnet wie nie zuvor.", { language: "de" }).units;
    expect(unit).toMatchObject({ kind: "claim", checkworthy: true });
    expect(unit!.reasons).toEqual(["date: vergangenen Jahr ↑", "named entity: Deutsche Bahn ↑", "superlative: wie nie zuvor ↑"]);
  });

  it("reads a capitalised adjective after an article as part of a name, not a lower-case one or a plural noun", () => {
    expect(entities("Die Deutsche Bahn meldet Verluste.")).toEqual(["organisation:Deutsche Bahn"]);
    expect(entities("Das sagte ein Sprecher der Europäischen Zentralbank.")).toEqual(["organisation:Europäischen Zentralbank"]);
    expect(entities("Die Zahl stammt vom Statistischen Bundesamt.")).toEqual(["organisation:Statistischen Bundesamt"]);
    expect(entities("Die deutsche Wirtschaft schrumpft.")).toEqual([]);
    expect(entities("Zur Desinfektion empfehlen die Forscher Mittel auf Alkoholbasis.")).toEqual([]);
    expect(entities("Anrufe bei den Notfallzentralen Bayerns nahmen zu.")).not.toContain("organisation:Notfallzentralen Bayerns");
  });

  it("dates a German period named relative to the article", () => {
    expect(entities("Der Umsatz lag im Vorjahr bei 3 Milliarden Euro.")).toContain("date:Vorjahr");
    expect(entities("Eine Studie startete letzte Woche.")).toEqual(["date:letzte Woche"]);
    expect(entities("Im kommenden Quartal soll es besser werden.")).toEqual(["date:kommenden Quartal"]);
  });

  it("reads 'Rekord…' and 'wie nie zuvor' as a record", () => {
    const reasons = (text: string) => extract(text, { language: "de" }).units[0]!.reasons;
    expect(reasons("Die Inflation erreichte ein Rekordniveau.")).toContain("superlative: Rekordniveau ↑");
    expect(reasons("Die Zahl der Anträge stieg so stark wie nie zuvor.")).toContain("superlative: wie nie zuvor ↑");
    expect(reasons("Die Preise sind höher als je zuvor.")).toContain("superlative: höher als je zuvor ↑");
  });

  it("keeps a number's unit (the walk's reader found \"32C\" counted as 32)", () => {
    expect(entities("Temperatures reached 32C on Tuesday.")).toContain("number:32C");
    expect(entities("The phone weighs 187 grams.")).toContain("number:187 grams");
    expect(entities("Die Temperatur stieg um 2 Grad.")).toContain("number:2 Grad");
    expect(entities("Die Anlage liefert 40 MW.")).toContain("number:40 MW");
  });
});
