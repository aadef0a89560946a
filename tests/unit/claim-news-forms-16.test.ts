import { describe, expect, it } from "vitest";
import { extract } from "@/lib/domain/claims/extract";
import { readUnits } from "../support/claim-units";

// Engine read of stop 46: ten more kinds of text (a wire item, a Landtag debate, a vaccine study, a transfer, a heat
// record, a police report, a social-media debunk, quarterly results, a Kommentar, an interview). Each case below was
// wrong in that read.
const byStart = (found: ReturnType<typeof readUnits>, start: string) => found.find((unit) => unit.text.startsWith(start))!;
const scoreOf = (text: string, language: "de" | "en") => extract(text, { language }).units[0]!;

describe("a German report of what happened, without a figure", () => {
  it("is check-worthy by the clause's shape: perfect, passive or the past of a separable verb", () => {
    for (const [text, reason] of [
      ["Die Staatsanwaltschaft hat Ermittlungen aufgenommen.", "event: hat … aufgenommen ↑"],
      ["Die Polizei nahm den mutmaßlichen Täter noch am Abend fest.", "event: nahm … fest ↑"],
      ["Der Verdächtige ist überführt worden.", "event: ist überführt worden ↑"],
      ["Die Ministerin hat den Plan kritisiert.", "event: hat … kritisiert ↑"],
      ["Er lehnte das Angebot ab.", "event: lehnte … ab ↑"],
    ] as const) {
      const unit = scoreOf(text, "de");
      expect(unit.checkworthy, text).toBe(true);
      expect(unit.reasons, text).toContain(reason);
    }
  });

  it("is not read into an adjective after 'ist', a negation or an opinion", () => {
    expect(scoreOf("Das Angebot ist für Familien geeignet.", "de").reasons.join()).not.toContain("event");
    expect(scoreOf("Konkrete Einzelheiten wurden dabei nicht genannt.", "de").checkworthy).toBe(false);
    expect(scoreOf("Das finde ich schlimm, und ich habe es immer gesagt.", "de").kind).toBe("opinion");
    // An imperative's particle, a copula's participle and an infinitive in a relative clause after "ist".
    for (const text of ["Frau Merkel, treten Sie endlich zurück.", "Verfassungsbruch ist ein Routinedelikt geworden.", "Der Junge ist eines von vielen Kindern, deren Bilder die Menschen bewegen."]) {
      expect(scoreOf(text, "de").reasons.join(), text).not.toContain("event");
    }
  });
});
