import { describe, expect, it } from "vitest";
import { highlightPieces } from "@/lib/domain/article/highlight-pieces";
import { extract } from "@/lib/domain/claims/extract";
import { planReextraction } from "@/lib/domain/claims/plan-reextraction";
import { reanchorClaims } from "@/lib/domain/claims/reanchor";
import { storableClaims } from "@/lib/domain/claims/storable-claims";
import { relatednessScore, sharedEntities } from "@/lib/domain/claims/shared-entities";
import { matchText, trigramSimilarity } from "@/lib/domain/text/trigrams";

const claimOf = (text: string, sentence: string, id = sentence) => {
  const start = text.indexOf(sentence);
  return { id, start, end: start + sentence.length, text: sentence };
};

describe("trigram similarity (as pg_trgm)", () => {
  it("folds case, punctuation and Unicode forms", () => {
    expect(matchText("„Indien ist nach China der ZWEITGRÖSSTE Abnehmer!“")).toBe("indien ist nach china der zweitgrösste abnehmer");
    expect(trigramSimilarity("Indien kauft Öl.", "indien kauft öl")).toBe(1);
    expect(trigramSimilarity("", "anything")).toBe(0);
  });

  it("rates a lightly edited sentence well above an unrelated one", () => {
    const original = "India is the second-largest buyer of Russian oil after China.";
    expect(trigramSimilarity(original, "India is now the second-largest buyer of Russian crude after China.")).toBeGreaterThan(0.6);
    expect(trigramSimilarity(original, "The weather in Berlin was sunny on Monday.")).toBeLessThan(0.15);
  });
});

describe("re-anchoring claims after an edit", () => {
  const before = "Erster Satz bleibt. Indien kauft 40 Prozent des Öls. Dritter Satz fällt weg.";

  it("never moves a claim onto a sentence that stood unchanged in the old text (probe of stop 29)", () => {
    const old = "The city of Bremen spent 50 million euros on buses in 2023. The city of Bremen spent 170 million euros on buses in 2023.";
    const edited = old.replace("spent 50 million euros on buses", "spent a few thousand on bus stops");
    const claim = claimOf(old, "The city of Bremen spent 50 million euros on buses in 2023.");
    const [result] = reanchorClaims([claim], old, edited, extract(edited, { language: "en" }).units);
    if (result!.state !== "orphaned") expect(edited.slice(result!.start, result!.end)).not.toContain("170 million");
    // Without the rule the unchanged sentence is the most similar one.
    expect(trigramSimilarity(claim.text, "The city of Bremen spent 170 million euros on buses in 2023.")).toBeGreaterThan(trigramSimilarity(claim.text, edited.slice(0, edited.indexOf("2023.") + 5)));
  });

  // Hostile probe of stop 36: a final verdict stayed "ok" on "200 people died" inside "1200 people died", and on
  // "42 bridges collapsed" inside "It is a myth that 42 bridges collapsed".
  it("never finds a claim's words inside a longer number or a sentence that changed around them", () => {
    const old = "Storm report.\n\n200 people died in the flood on Monday, officials said.\n\nMore later.";
    const claim = claimOf(old, "200 people died in the flood on Monday, officials said.");
    const edited = old.replace("200 people", "1200 people");
    const units = extract(edited, { language: "en" }).units;
    expect(reanchorClaims([{ ...claim, exactOnly: true }], old, edited, units)).toEqual([{ id: claim.id, state: "orphaned" }]);
    const [reviewed] = reanchorClaims([claim], old, edited, units);
    expect(reviewed).toMatchObject({ state: "reanchored" });
    if (reviewed!.state !== "orphaned") expect(edited.slice(reviewed!.start, reviewed!.end)).toBe("1200 people died in the flood on Monday, officials said.");

    const bridges = "Roads closed.\n\n42 bridges collapsed during the storm.\n\nThe mayor spoke.";
    const rated = claimOf(bridges, "42 bridges collapsed during the storm.");
    const myth = "Roads closed.\n\nThe mayor spoke. It is a myth that 42 bridges collapsed during the storm.";
    const mythUnits = extract(myth, { language: "en" }).units;
    expect(reanchorClaims([{ ...rated, exactOnly: true }], bridges, myth, mythUnits)).toEqual([{ id: rated.id, state: "orphaned" }]);
    const start = myth.indexOf("42 bridges");
    expect(reanchorClaims([rated], bridges, myth, mythUnits)).toEqual([{ id: rated.id, state: "reanchored", start, end: start + rated.text.length, verbatim: true }]);
  });

  // Hostile re-probe of stop 36: the final claim on the edited one of eight copies moved onto the unchanged copy after
  // it; and a line joined in front ("It is a myth that\n…") left the claim below "ok".
  it("never moves a final claim onto another unchanged copy, nor keeps it under a line joined to its sentence", () => {
    const copy = "Prices rose by 12 percent last year, the ministry said.";
    const old = `${Array.from({ length: 8 }, () => copy).join(" ")} Wages fell.`;
    const start = 3 * (copy.length + 1);
    const rated = { id: "rated", start, end: start + copy.length, text: copy, exactOnly: true };
    const edited = `${old.slice(0, start)}${copy.replace("12", "15")}${old.slice(start + copy.length)}`;
    expect(reanchorClaims([rated], old, edited, extract(edited, { language: "en" }).units)).toEqual([{ id: "rated", state: "orphaned" }]);

    const text = "The city council said on Monday that 200 people died in the floods. The mayor spoke.";
    const claim = { ...claimOf(text, "The city council said on Monday that 200 people died in the floods."), exactOnly: true };
    const myth = `It is a myth that\n${text}`;
    expect(reanchorClaims([claim], text, myth, extract(myth, { language: "en" }).units)).toEqual([{ id: claim.id, state: "orphaned" }]);
    const heading = `Flood report\n\n${text}`;
    expect(reanchorClaims([claim], text, heading, extract(heading, { language: "en" }).units)[0]).toMatchObject({ state: "ok" });
  });

  it("keeps each copy of a sentence repeated many times on its claim when the edit changes another copy", () => {
    const old = Array.from({ length: 400 }, () => "Tax rose 5% in Kent.").join(" ");
    const edited = `X${old.slice(1, -1)}!`;
    const claims = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, start: i * 21, end: i * 21 + 20, text: "Tax rose 5% in Kent.", exactOnly: true }));
    const results = reanchorClaims(claims, old, edited, extract(edited, { language: "en" }).units);
    expect(results[0]).toEqual({ id: "c0", state: "orphaned" });
    for (const [i, result] of results.slice(1).entries()) expect(result).toEqual({ id: `c${i + 1}`, state: "ok", start: (i + 1) * 21, end: (i + 1) * 21 + 20 });
  });

  it("keeps a claim on one of two identical sentences when an edit leaves one (hostile probe of stop 35)", () => {
    const old = "Prices rose by 5 percent. Prices rose by 5 percent. Wages fell.";
    const edited = "Prices rose by 5 percent. Wages fell.";
    const units = extract(edited, { language: "en" }).units;
    const first = claimOf(old, "Prices rose by 5 percent.", "first");
    const second = { ...first, id: "second", start: 26, end: 51 };
    expect(old.slice(second.start, second.end)).toBe(second.text);
    for (const claim of [first, second, { ...first, exactOnly: true }, { ...second, exactOnly: true }]) {
      expect(reanchorClaims([claim], old, edited, units)).toEqual([{ id: claim.id, state: "ok", start: 0, end: 25 }]);
    }
    // Both reviewed: one keeps the sentence, the other is orphaned (never two claims on one span).
    expect(reanchorClaims([first, second], old, edited, units).map((result) => result.state).sort()).toEqual(["ok", "orphaned"]);
  });

  it("never takes an unchanged copy of its sentence elsewhere when its own was reworded or deleted (re-probe of stop 29)", () => {
    const prices = "Prices rose by 5 percent in 2023 across the region.";
    const old = `Report opens here with a note. ${prices} The governor said 300 schools were closed. ${prices}`;
    const claim = { ...claimOf(old, prices), exactOnly: true };
    const reworded = old.replace(prices, "Prices rose by 7 percent in 2024 across the whole region.");
    expect(reanchorClaims([claim], old, reworded, extract(reworded, { language: "en" }).units)).toEqual([{ id: claim.id, state: "orphaned" }]);
    const deleted = old.replace(`${prices} `, "");
    const [gone] = reanchorClaims([{ ...claim, exactOnly: false }], old, deleted, extract(deleted, { language: "en" }).units);
    expect(gone).toEqual({ id: claim.id, state: "orphaned" });
    // Unchanged, or behind new text, each copy keeps its own claim.
    const second = { ...claimOf(old, prices), id: "second", start: old.lastIndexOf(prices), end: old.lastIndexOf(prices) + prices.length };
    const moved = `A new first sentence. ${old}`;
    const results = reanchorClaims([claim, second], old, moved, extract(moved, { language: "en" }).units);
    expect(results).toEqual([
      { id: claim.id, state: "ok", start: claim.start + 22, end: claim.end + 22 },
      { id: "second", state: "ok", start: second.start + 22, end: second.end + 22 },
    ]);
  });

  it("finds unchanged claims at their new offsets (German)", () => {
    const after = `Neuer Vorspann. ${before}`;
    const claim = claimOf(before, "Indien kauft 40 Prozent des Öls.");
    const [result] = reanchorClaims([claim], before, after, extract(after).units);
    expect(result).toMatchObject({ state: "ok" });
    if (result!.state === "orphaned") throw new Error("expected an anchor");
    expect(after.slice(result!.start, result!.end)).toBe(claim.text);
  });

  it("falls back to the most similar sentence when the wording changed (English)", () => {
    const old = "The minister said 20 people died. Prices rose by 5 percent in May.";
    const edited = "The minister said 20 people died. Prices rose by 6 percent in May, the office said.";
    const claim = claimOf(old, "Prices rose by 5 percent in May.");
    const [result] = reanchorClaims([claim], old, edited, extract(edited, { language: "en" }).units);
    expect(result!.state).toBe("reanchored");
    if (result!.state === "orphaned") throw new Error("expected an anchor");
    expect(edited.slice(result!.start, result!.end)).toBe("Prices rose by 6 percent in May, the office said.");
  });

  it("orphans a claim whose sentence is gone instead of dropping it", () => {
    const claim = claimOf(before, "Dritter Satz fällt weg.");
    const after = "Erster Satz bleibt. Indien kauft 40 Prozent des Öls.";
    expect(reanchorClaims([claim], before, after, extract(after).units)).toEqual([{ id: claim.id, state: "orphaned" }]);
  });

  it("picks the occurrence nearest the old position when a sentence repeats, and never anchors two claims to one span", () => {
    const old = "Ja. Das stimmt nicht. Nein. Das stimmt nicht.";
    const first = claimOf(old, "Das stimmt nicht.", "first");
    const second = { id: "second", start: old.lastIndexOf("Das"), end: old.length, text: "Das stimmt nicht." };
    const results = reanchorClaims([first, second], old, old, extract(old).units);
    expect(results.map((r) => (r.state === "orphaned" ? null : r.start))).toEqual([first.start, second.start]);
  });
});

describe("planning a re-extraction", () => {
  it("keeps touched claims, adds fresh claims elsewhere, never claims a sentence twice", () => {
    const old = "Laut Minister Nowak kauft Indien 40 Prozent des Öls. Am 7. Mai starben 20 Menschen.";
    const edited = `${old} Die Regierung erhöhte die Steuer um 3 Prozent.`;
    const touched = [claimOf(old, "Laut Minister Nowak kauft Indien 40 Prozent des Öls.", "touched")];
    const units = extract(edited).units;
    const plan = planReextraction(touched, old, edited, units);
    expect(plan.kept).toEqual([expect.objectContaining({ id: "touched", state: "ok", start: 0 })]);
    const added = plan.added.map((unit) => edited.slice(unit.start, unit.end));
    expect(added).toContain("Am 7. Mai starben 20 Menschen.");
    expect(added).toContain("Die Regierung erhöhte die Steuer um 3 Prozent.");
    expect(added.some((text) => text.startsWith("Laut Minister"))).toBe(false);
  });
});

describe("which units become claims", () => {
  it("stores claims and quotes as rated, opinions as not check-worthy, and leaves out questions and boilerplate", () => {
    const text = "Die Inflation stieg 2024 auf 6 Prozent. Das ist eine Katastrophe und völlig inakzeptabel! Warum? Teilen auf Facebook";
    const units = extract(text, { language: "de" }).units;
    const stored = storableClaims(units);
    expect(stored.map((unit) => unit.kind).every((kind) => ["claim", "quote", "opinion"].includes(kind))).toBe(true);
    expect(stored.filter((unit) => unit.kind === "opinion").every((unit) => !unit.checkworthy)).toBe(true);
    expect(stored.map((unit) => text.slice(unit.start, unit.end))).not.toContain("Warum?");
    expect(units.find((unit) => text.slice(unit.start, unit.end) === "Teilen auf Facebook")?.kind).toBe("boilerplate");
  });
});

describe("related-claim scoring", () => {
  it("counts shared names, not dates or numbers, and caps the bonus", () => {
    const a = [
      { type: "place" as const, text: "Indien" },
      { type: "person" as const, text: "Nowak" },
      { type: "number" as const, text: "40 Prozent" },
    ];
    const b = [
      { type: "place" as const, text: "indien" },
      { type: "number" as const, text: "40 Prozent" },
    ];
    expect(sharedEntities(a, b)).toEqual(["Indien"]); // as the first claim writes it
    expect(relatednessScore(0.3, 1)).toBeCloseTo(0.4);
    expect(relatednessScore(0.95, 5)).toBe(1);
  });
});

describe("highlight pieces", () => {
  it("cuts a paragraph into plain text and claim pieces, clipping a claim that crosses paragraphs", () => {
    const pieces = highlightPieces({ start: 10, end: 50 }, [
      { id: "a", start: 0, end: 15 },
      { id: "b", start: 20, end: 30 },
      { id: "c", start: 25, end: 35 },
      { id: "d", start: 60, end: 70 },
    ]);
    expect(pieces).toEqual([
      { start: 10, end: 15, claimId: "a" },
      { start: 15, end: 20, claimId: null },
      { start: 20, end: 30, claimId: "b" },
      { start: 30, end: 35, claimId: "c" },
      { start: 35, end: 50, claimId: null },
    ]);
  });
});
