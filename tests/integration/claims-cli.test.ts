import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/claims.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
  });

describe("claims command line", () => {
  it("extract prints the language and units of a file", () => {
    const result = run(["extract", "prisma/seed/article-2-lavrov-jaishankar-arms.de.txt"]);
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as { language: string; units: { start: number; end: number; kind: string }[] };
    expect(output.language).toBe("de");
    expect(output.units.length).toBeGreaterThan(10);
    expect(Object.keys(output.units[0]!)).toEqual(
      expect.arrayContaining(["start", "end", "kind", "checkworthiness", "checkworthy", "subjective", "claimant", "reasons", "entities", "suggestedWording"]),
    );
  });

  // Engine read of stop 35: the command line had no way to give the article's date, and ignored an option it did not know.
  it("resolves relative days against --date, and refuses a date that does not exist or an unknown option", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "claims-date-"));
    const file = path.join(dir, "article.txt");
    writeFileSync(file, "Seit gestern gilt die neue Regel. Die Zahl der Fälle stieg gestern auf 5.");
    const result = run(["extract", file, "--lang", "de", "--date", "2025-03-10"]);
    expect(result.status).toBe(0);
    const wordings = (JSON.parse(result.stdout) as { units: { suggestedWording: string }[] }).units.map((unit) => unit.suggestedWording);
    expect(wordings).toEqual(["Seit dem 9. März 2025 gilt die neue Regel", "Die Zahl der Fälle stieg am 9. März 2025 auf 5"]);
    const classified = run(["classify", "--lang", "en", "--date", "2025-03-10"], "Prices have risen since yesterday.\n");
    expect(JSON.parse(classified.stdout).suggestedWording).toBe("Prices have risen since 9 March 2025");
    for (const args of [["--date", "2025-02-30"], ["--date", "10.03.2025"], ["--date"], ["--dat", "2025-03-10"]]) {
      const refused = run(["extract", file, ...args]);
      expect(refused.status, args.join(" ")).toBe(2);
      expect(refused.stderr, args.join(" ")).toMatch(/--date|unknown option --dat/);
      expect(refused.stdout).toBe("");
    }
  });

  it("classify prints one JSON object per input line", () => {
    const result = run(["classify", "--lang", "en"], "India is the second-largest buyer of Russian oil, Novak said.\nI think this is wonderful!\n");
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ kind: "claim", checkworthy: true });
    expect(lines[1]).toMatchObject({ subjective: true });
    expect(Object.keys(lines[0]).sort()).toEqual(["checkworthiness", "checkworthy", "kind", "reasons", "subjective", "suggestedWording"]);
    expect(lines[0].suggestedWording).toBe("India is the second-largest buyer of Russian oil");
  });

  // Probe of stop 26: blank lines were skipped (outputs no longer lined up with their sentences), one
  // invalid line aborted the run, and extract dropped a byte order mark (its offsets were one off).
  it("classify answers every line in its place, and extract's offsets count a byte order mark", () => {
    const input = Buffer.concat([Buffer.from("\uFEFFTaxes rose 5 per cent in 2024.\n\n"), Buffer.from([0xff, 0x41, 0x0a]), Buffer.from("I think this is wonderful!\r\nThe end.\n")]);
    const result = run(["classify", "--lang", "en"], input);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("line 3 is not valid UTF-8");
    const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ kind: "claim", suggestedWording: "Taxes rose 5 per cent in 2024" });
    expect(lines[1]).toEqual({ kind: "other", subjective: false, checkworthy: false, checkworthiness: 0, reasons: [], suggestedWording: "" });
    expect(lines[2].error).toContain("line 3 is not valid UTF-8");
    expect(lines[3]).toMatchObject({ kind: "opinion", subjective: true });
    expect(lines[4]).toHaveProperty("kind");

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "claims-cli-")), "bom.txt");
    writeFileSync(file, "\uFEFFDie Regierung senkte die Steuer um 5 Prozent.");
    const extracted = run(["extract", file]);
    expect(extracted.status).toBe(0);
    const [unit] = JSON.parse(extracted.stdout).units as { start: number; end: number }[];
    expect(readFileSync(file, "utf8").slice(unit!.start, unit!.end)).toBe("Die Regierung senkte die Steuer um 5 Prozent.");
  });

  it("fails clearly on a missing file, binary data, invalid UTF-8 and a bad language", () => {
    expect(run(["extract", "no/such/file.txt"])).toMatchObject({ status: 1, stderr: expect.stringContaining("no such file") });
    expect(run(["classify"], Buffer.from([0x61, 0x00, 0x62]))).toMatchObject({ status: 1, stderr: expect.stringContaining("binary") });
    expect(run(["classify"], Buffer.from([0xff, 0xfe, 0x41]))).toMatchObject({ status: 1, stderr: expect.stringContaining("UTF-8") });
    expect(run(["classify", "--lang", "fr"], "x")).toMatchObject({ status: 2 });
  });

  it("learn writes a team model from sentence<TAB>1|0 lines that classify --model uses", () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "claims-cli-")), "team.json");
    const decisions = [
      "Ich finde das großartig!\t1",
      "Das ist eine Schande.\t1",
      "Die Regierung hat 20 Panzer geliefert.\t0",
      "Der Umsatz stieg um 5 Prozent.\t0",
    ].join("\n");
    const learned = run(["learn", "--lang", "de", "--label", "subjective", "--out", out], decisions);
    expect(learned.status).toBe(0);
    expect(learned.stderr).toContain("learned from 4 decisions");
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ format: "factdesk-linear-1", language: "de", label: "subjective", prior: "rules" });

    const result = run(["classify", "--lang", "de", "--model", out], "Das ist wirklich eine Schande!\nDer Umsatz stieg um 7 Prozent.\n");
    expect(result.status).toBe(0);
    const [opinion, claim] = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(Object.keys(opinion).sort()).toEqual(["checkworthiness", "checkworthy", "kind", "reasons", "subjective", "suggestedWording"]);
    expect(opinion).toMatchObject({ subjective: true, kind: "opinion" });
    expect(opinion.reasons).toContain("word: Schande (subjective)");
    expect(claim).toMatchObject({ subjective: false, kind: "claim", checkworthy: true });
  });

  it("learn and classify --model refuse bad input with a message", () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "claims-cli-")), "team.json");
    expect(run(["learn", "--lang", "de", "--label", "subjective", "--out", out], "no label here\n")).toMatchObject({ status: 1, stderr: expect.stringContaining("line 1") });
    expect(run(["learn", "--lang", "de", "--label", "maybe", "--out", out], "x\t1\n")).toMatchObject({ status: 2 });
    expect(run(["classify", "--model", "no/such/model.json"], "x")).toMatchObject({ status: 1, stderr: expect.stringContaining("no such model file") });
    expect(run(["learn", "--lang", "en", "--label", "checkworthy", "--out", out], "Taxes rose 5 per cent.\t1\nHello there.\t0\n").status).toBe(0);
    expect(run(["classify", "--lang", "de", "--model", out], "x")).toMatchObject({ status: 2, stderr: expect.stringContaining('model for "en"') });
  });
});
