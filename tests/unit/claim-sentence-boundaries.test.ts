import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { latinSentenceSegments } from "@/lib/domain/claims/sentence-boundaries";
import { claimbuster } from "@/scripts/lib/claim-datasets";

// The engine's own sentence boundaries must be Intl.Segmenter's, character for character: the claim
// engine's output (offsets of every unit) depends on them. Compared here on every covered character in
// the contexts the rules look at, on random strings of the characters that matter, and on real text.

const segmenter = new Intl.Segmenter("de", { granularity: "sentence" });
const viaIcu = (text: string) => [...segmenter.segment(text)].map(({ index, segment }) => `${index}+${segment.length}`).join(" ");
function viaEngine(text: string): string | null {
  const starts: number[] = [];
  const lengths: number[] = [];
  const count = latinSentenceSegments(text, 0, text.length, starts, lengths, 0);
  return count === -1 ? null : starts.slice(0, count).map((start, i) => `${start}+${lengths[i]}`).join(" ");
}

/** Texts the engine splits itself whose boundaries differ from ICU's (at most a few, to show). */
function mismatches(texts: Iterable<string>): { text: string; icu: string; engine: string }[] {
  const found: { text: string; icu: string; engine: string }[] = [];
  for (const text of texts) {
    const engine = viaEngine(text);
    if (engine === null) continue;
    const icu = viaIcu(text);
    if (engine !== icu && found.push({ text, icu, engine }) >= 5) break;
  }
  return found;
}

// One character of each sentence-break class (Lower, Upper, Numeric, ATerm, STerm, Close, SContinue, Sp, OLetter, Other).
const REPRESENTATIVES = ["a", "A", "0", ".", "!", ")", ",", " ", "ƻ", "#"];
const COVERED: [number, number][] = [
  [0x0000, 0x024f],
  [0x2010, 0x205e],
  [0x20a0, 0x20c0],
];

describe("latinSentenceSegments", () => {
  it("splits like Intl.Segmenter around every covered character", () => {
    const texts: string[] = [];
    for (const [from, to] of COVERED) {
      for (let code = from; code <= to; code++) {
        const c = String.fromCharCode(code);
        for (const x of REPRESENTATIVES) {
          for (const y of REPRESENTATIVES) texts.push(c + x + y, x + c + y, x + y + c);
          // After a full stop and space, before a space; followed by lower case (SB8) or upper case (SB7, SB11).
          for (const y of ["a", "A"]) texts.push(`${x}. ${c}${y}`, `${x}${c} ${y}`, `a${x}${c} ${y}`);
        }
      }
    }
    expect(texts.filter((text) => viaEngine(text) !== null).length).toBeGreaterThan(texts.length * 0.9);
    expect(mismatches(texts)).toEqual([]);
  }, 60_000);

  it("splits like Intl.Segmenter on random strings of terminators, quotes, spaces, letters and digits", () => {
    const alphabet = [..."abAB01..!?)(„“\"',;:-– \u00a0ßÉªǅƻ#%…\u2024‼\t\u0001€"];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const texts: string[] = [];
    for (let k = 0; k < 50_000; k++) {
      let text = "";
      for (let length = 1 + Math.floor(random() * 10); text.length < length; ) text += alphabet[Math.floor(random() * alphabet.length)];
      texts.push(text);
    }
    expect(mismatches(texts)).toEqual([]);
  }, 60_000);

  it("splits like Intl.Segmenter on the seed articles and ClaimBuster paragraphs", () => {
    const seedDir = path.resolve(import.meta.dirname, "..", "..", "prisma", "seed");
    const lines = ["article-1-qingdao-defence-ministers.de.txt", "article-2-lavrov-jaishankar-arms.de.txt"].flatMap((file) =>
      readFileSync(path.join(seedDir, file), "utf8").split("\n"),
    );
    const sentences = claimbuster("train").map((row) => row.text);
    for (let i = 0; i + 8 <= sentences.length; i += 8) lines.push(sentences.slice(i, i + 8).join(" "));
    expect(lines.filter((line) => viaEngine(line) !== null).length).toBeGreaterThan(lines.length * 0.9);
    expect(mismatches(lines)).toEqual([]);
  }, 60_000);

  it("leaves line breaks, soft hyphens, combining marks and other scripts to Intl.Segmenter", () => {
    for (const text of ["a.\nB", "Trenn\u00adung.", "Cafe\u0301. Ja", "Москва. Да", "北京。好"]) expect(viaEngine(text)).toBeNull();
  });
});
