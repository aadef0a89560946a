import { spawnSync } from "node:child_process";
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

  it("fails clearly on a missing file, binary data, invalid UTF-8 and a bad language", () => {
    expect(run(["extract", "no/such/file.txt"])).toMatchObject({ status: 1, stderr: expect.stringContaining("no such file") });
    expect(run(["classify"], Buffer.from([0x61, 0x00, 0x62]))).toMatchObject({ status: 1, stderr: expect.stringContaining("binary") });
    expect(run(["classify"], Buffer.from([0xff, 0xfe, 0x41]))).toMatchObject({ status: 1, stderr: expect.stringContaining("UTF-8") });
    expect(run(["classify", "--lang", "fr"], "x")).toMatchObject({ status: 2 });
  });
});
