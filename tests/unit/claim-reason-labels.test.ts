import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { reasonLabel } from "@/components/claims/reason-label";
import { extract } from "@/lib/domain/claims/extract";
import { parseReason, REASON_KINDS } from "@/lib/domain/claims/reason-parts";
import en from "@/lib/i18n/messages/en.json";
import de from "@/lib/i18n/messages/de.json";

// The engine's reasons are stored in English; the UI shows them in the reader's language.

const german = createTranslator({ locale: "de", messages: de, namespace: "claims" });
const english = createTranslator({ locale: "en", messages: en, namespace: "claims" });
const t = (translator: typeof german) => (key: string, values?: Record<string, string>) => translator(key as never, values as never);

describe("reasons in the reader's language", () => {
  it("translates the kind and keeps the article's words and the direction", () => {
    expect(reasonLabel("number: 45 per cent ↑", t(german))).toBe("Zahl: 45 per cent ↑");
    expect(reasonLabel("reported speech: Scott Bessent claimed ↑", t(german))).toBe("Redewiedergabe: Scott Bessent claimed ↑");
    expect(reasonLabel("word: record ↓", t(german))).toBe("Wort: record ↓");
    expect(reasonLabel("length: short ↓", t(german))).toBe("Länge: kurz ↓");
    expect(reasonLabel("speculation/modal: könnte", t(german))).toBe("Vermutung/Modalverb: könnte");
    expect(reasonLabel("stated position or plan: plant", t(german))).toBe("Position oder Vorhaben: plant");
    expect(reasonLabel("quotation", t(german))).toBe("Zitat");
    expect(reasonLabel("added by a reviewer", t(german))).toBe("Von Prüfenden hinzugefügt");
    expect(reasonLabel("word: massive (subjective)", t(german))).toBe("Wort: massive (subjektiv)");
    // Capitalised as a label, as in German (walk of stop 44: "named entity: …" read as raw data).
    expect(reasonLabel("number: 45 per cent ↑", t(english))).toBe("Number: 45 per cent ↑");
  });

  it("shows a reason of an unknown kind (a stored claim from another version) as stored", () => {
    expect(parseReason("something new: x ↑").kind).toBeNull();
    expect(reasonLabel("something new: x ↑", t(german))).toBe("something new: x ↑");
    expect(reasonLabel("", t(german))).toBe("");
  });

  it("knows every reason the engine gives on the sample articles and on English text, and both catalogues name every kind", () => {
    const seedDir = path.resolve(import.meta.dirname, "..", "..", "prisma", "seed");
    const texts: [string, "de" | "en"][] = [
      [readFileSync(path.join(seedDir, "article-1-qingdao-defence-ministers.de.txt"), "utf8"), "de"],
      [readFileSync(path.join(seedDir, "article-2-lavrov-jaishankar-arms.de.txt"), "utf8"), "de"],
      [
        "“India is the second-largest buyer of Russian oil,” US Treasury Secretary Scott Bessent claimed. Exports rose 45 per cent to a record $12 billion last year, according to data from Kpler! I think that is terrible? Cookies help us. Thanks.",
        "en",
      ],
    ];
    const reasons = new Set<string>();
    for (const [text, language] of texts) for (const unit of extract(text, { language }).units) for (const reason of unit.reasons) reasons.add(reason);
    expect(reasons.size).toBeGreaterThan(20);
    for (const reason of reasons) expect(parseReason(reason).kind, reason).not.toBeNull();
    for (const kind of new Set(Object.values(REASON_KINDS))) {
      expect(de.claims.reasonKinds).toHaveProperty(kind);
      expect(en.claims.reasonKinds).toHaveProperty(kind);
    }
    for (const reason of reasons) expect(reasonLabel(reason, t(german))).not.toMatch(/claims\.|reasonKinds/);
  });
});
