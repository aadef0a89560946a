import { Parser } from "htmlparser2";
import { MAX_CLAIM_REVIEWS, MAX_JSON_VALUES, readClaimReviews, TooDeepError, type ReadResult } from "@/lib/domain/known-checks/read-claim-reviews";
import { countNonBlankLines, ndjsonLines } from "@/lib/domain/article/ndjson-lines";
import { nestsDeeperThan } from "@/lib/server/import/html-nesting";

// Runs in the worker pool (heavy-tasks.ts): no Prisma, no Next.js. A page, a JSON-LD document or
// NDJSON of ClaimReviews, all treated as hostile: nesting is refused before a DOM or a walk goes deep.

/** Non-blank NDJSON lines read from one file: one ClaimReview each, as many as one import keeps. */
const MAX_LINES = MAX_CLAIM_REVIEWS;

/** `numberedBy`: whether `errors[].item` counts lines (NDJSON) or ClaimReviews in reading order. */
export type KnownCheckDocument =
  | (ReadResult & { numberedBy: "line" | "item" })
  | { tooDeep: true }
  | { tooLarge: true }
  | { unreadable: string };

type JsonValues = { parsed: unknown[]; errors: { item: number; message: string }[]; lines?: number[] };

export function readKnownCheckDocument({ body, contentType, maxDepth }: { body: string; contentType: string; maxDepth: number }): KnownCheckDocument {
  const isHtml = /html/i.test(contentType) || /^\s*</.test(body);
  if (isHtml && nestsDeeperThan(body, maxDepth)) return { tooDeep: true };
  if (jsonValuesAtMost(body) > MAX_JSON_VALUES) return { tooLarge: true };
  const values = isHtml ? jsonLdScripts(body) : jsonValues(body);
  if ("unreadable" in values) return values;
  try {
    const read = readClaimReviews(values.parsed, values.lines);
    const errors = [...values.errors, ...read.errors].sort((a, b) => a.item - b.item).slice(0, 100);
    return { records: read.records, errors, numberedBy: values.lines ? "line" : "item" };
  } catch (error) {
    if (error instanceof TooDeepError) return { tooDeep: true };
    throw error;
  }
}

/** One JSON document, or NDJSON (one per line) when the whole is not JSON. */
function jsonValues(body: string): JsonValues | { unreadable: string } {
  try {
    return { parsed: [JSON.parse(body)], errors: [] };
  } catch {
    // Numbered as an editor shows them (blank lines count), so a reported line can be found; counted
    // first, without cutting lines out, so a file of millions of lines is refused before it fills memory.
    if (countNonBlankLines(body) > MAX_LINES) return { unreadable: `The file has more than ${MAX_LINES.toLocaleString("en")} lines. Split it into smaller files.` };
    const lines = ndjsonLines(body);
    if (lines.length < 2) return { unreadable: "The document is neither JSON nor NDJSON (one JSON object per line)." };
    const parsed: unknown[] = [];
    const lineNumbers: number[] = [];
    const errors: { item: number; message: string }[] = [];
    for (const { text: line, line: number } of lines) {
      try {
        const value: unknown = JSON.parse(line);
        // A number, string or null cannot hold a ClaimReview: said, not silently passed over.
        if (typeof value === "object" && value !== null) {
          parsed.push(value);
          lineNumbers.push(number);
        } else if (errors.length < 100) errors.push({ item: number, message: `Line ${number} is not a JSON object.` });
      } catch {
        if (errors.length < 100) errors.push({ item: number, message: `Line ${number} is not JSON.` });
      }
    }
    return { parsed, errors, lines: lineNumbers };
  }
}

/** An upper bound of the JSON values in `body`: its `{`, `[` and `,` (one pass, nothing allocated). */
function jsonValuesAtMost(body: string): number {
  let count = 1;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    if (code === 123 || code === 91 || code === 44) count++;
  }
  return count;
}

/** The contents of every `<script type="application/ld+json">` of a page, parsed (broken ones skipped). */
function jsonLdScripts(html: string): JsonValues {
  const scripts: string[] = [];
  let current: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "script" && /^\s*application\/ld\+json\s*(;.*)?$/i.test(attributes.type ?? "")) current = "";
      },
      ontext(text) {
        if (current !== null) current += text;
      },
      onclosetag(name) {
        if (name === "script" && current !== null) {
          scripts.push(current);
          current = null;
        }
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  const parsed: unknown[] = [];
  const errors: { item: number; message: string }[] = [];
  scripts.forEach((script, index) => {
    try {
      parsed.push(JSON.parse(script));
    } catch {
      errors.push({ item: index + 1, message: `JSON-LD block ${index + 1} of the page is not valid JSON.` });
    }
  });
  return { parsed, errors };
}
