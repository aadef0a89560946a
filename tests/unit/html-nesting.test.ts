import { describe, expect, it } from "vitest";
import { MAX_HTML_DEPTH, nestsDeeperThan } from "@/lib/server/import/html-nesting";

const nested = (depth: number) => `<html><body>${"<div>".repeat(depth)}Text${"</div>".repeat(depth)}</body></html>`;

describe("the nesting pre-check for imported HTML", () => {
  it("passes real pages: siblings, void elements and implied closes do not add depth", () => {
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>T</title></head><body>${"<p>one<br>two<img src=x>".repeat(5000)}<ul>${"<li>item".repeat(1000)}</ul></body></html>`;
    expect(nestsDeeperThan(page)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_HTML_DEPTH - 2))).toBe(false); // html and body count too
  });

  it.each([MAX_HTML_DEPTH, 1000, 3000, 100_000])("refuses %i nested elements at once", (depth) => {
    const started = performance.now();
    expect(nestsDeeperThan(nested(depth))).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("counts unclosed elements as nested, as the DOM would", () => {
    expect(nestsDeeperThan(`<html><body>${"<span>".repeat(300)}`)).toBe(true);
  });
});
