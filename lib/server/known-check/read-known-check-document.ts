import { jsonErrorPosition } from "@/lib/domain/text/json-error-position";
import { Parser } from "htmlparser2";
import { MAX_CLAIM_REVIEWS, MAX_JSON_VALUES, readClaimReviews, TooDeepError, type KnownCheckProblem, type ReadResult } from "@/lib/domain/known-checks/read-claim-reviews";
import { countNonBlankLines, ndjsonLines } from "@/lib/domain/article/ndjson-lines";
import { jsonShape, MAX_JSON_DEPTH, type JsonShape } from "@/lib/domain/text/json-nesting";
import { nestsDeeperThan } from "@/lib/server/import/html-nesting";

// Runs in the worker pool (heavy-tasks.ts): no Prisma, no Next.js. A page, a JSON-LD document or
// NDJSON of ClaimReviews, all treated as hostile: nesting is refused before a DOM or a walk goes deep.

/** Non-blank NDJSON lines read from one file: one ClaimReview each, as many as one import keeps. */
const MAX_LINES = MAX_CLAIM_REVIEWS;

export type KnownCheckDocument =
  | ReadResult
  | { tooDeep: true }
  | { tooLarge: true }
  | { tooManyLines: true }
  | { unreadable: string };

type JsonValues = { parsed: unknown[]; errors: KnownCheckProblem[]; lines?: number[] };

// A page's broken JSON-LD blocks first, then its ClaimReviews; NDJSON problems by line.
const WHERE_ORDER = { block: 0, line: 1, review: 2 } as const;
const byPlace = (a: KnownCheckProblem, b: KnownCheckProblem) => WHERE_ORDER[a.where] - WHERE_ORDER[b.where] || a.item - b.item;

export function readKnownCheckDocument({ body, contentType, maxDepth }: { body: string; contentType: string; maxDepth: number }): KnownCheckDocument {
  const isHtml = /html/i.test(contentType) || /^\s*</.test(body);
  if (isHtml && nestsDeeperThan(body, maxDepth)) return { tooDeep: true };
  const values = isHtml ? jsonLdScripts(body) : jsonValues(body);
  if ("tooDeep" in values || "tooLarge" in values || "tooManyLines" in values || "unreadable" in values) return values;
  try {
    const read = readClaimReviews(values.parsed, values.lines);
    const errors = [...values.errors, ...read.errors].sort(byPlace).slice(0, 100);
    return { records: read.records, errors, ...(read.overLimit ? { overLimit: true } : {}) };
  } catch (error) {
    if (error instanceof TooDeepError) return { tooDeep: true };
    throw error;
  }
}

/**
 * Refused before any JSON.parse: more values than MAX_JSON_VALUES, or one line (a whole document on
 * one line, or a line of NDJSON) nested deeper than JSON-LD ever is. A deep document over several
 * lines is refused by the walk (TooDeepError) after parsing; its size is bounded by the limits.
 */
function refusedShape(shape: JsonShape): { tooLarge: true } | { tooDeep: true } | null {
  if (shape.values > MAX_JSON_VALUES) return { tooLarge: true };
  if (shape.deepestLine > MAX_JSON_DEPTH) return { tooDeep: true };
  return null;
}

/** One JSON document, or NDJSON (one per line) when the whole is not JSON. */
function jsonValues(body: string): JsonValues | { unreadable: string } | { tooLarge: true } | { tooDeep: true } | { tooManyLines: true } {
  const refused = refusedShape(jsonShape(body));
  if (refused) return refused;
  try {
    return { parsed: [JSON.parse(body)], errors: [] };
  } catch (error) {
    // A document that starts like one JSON document ("{", "[") and breaks is said to be broken where it
    // breaks, unless some of its lines are JSON objects on their own (then it is NDJSON with bad lines).
    const broken = /^\s*[[{]/.test(body) ? brokenAt(body, error) : null;
    // Numbered as an editor shows them (blank lines count), so a reported line can be found; counted
    // first, without cutting lines out, so a file of millions of lines is refused before it fills memory.
    // More lines than ClaimReviews one import keeps: refused like a JSON document of too many (422, hostile probe of stop 43).
    if (countNonBlankLines(body) > MAX_LINES) return { tooManyLines: true };
    const lines = ndjsonLines(body);
    if (lines.length < 2) return { unreadable: broken ?? "The document is neither JSON nor NDJSON (one JSON object per line)." };
    const parsed: unknown[] = [];
    const lineNumbers: number[] = [];
    const errors: KnownCheckProblem[] = [];
    for (const { text: line, line: number } of lines) {
      try {
        const value: unknown = JSON.parse(line);
        // A number, string or null cannot hold a ClaimReview: said, not silently passed over.
        if (typeof value === "object" && value !== null) {
          parsed.push(value);
          lineNumbers.push(number);
        } else if (errors.length < 100) errors.push({ item: number, where: "line", message: "Not a JSON object." });
      } catch {
        if (errors.length < 100) errors.push({ item: number, where: "line", message: "Not JSON." });
      }
    }
    if (parsed.length === 0 && broken) return { unreadable: broken };
    return { parsed, errors, lines: lineNumbers };
  }
}

/** "…: the first error is at line 8, column 1." (lines as an editor counts them). */
function brokenAt(body: string, error: unknown): string {
  const at = jsonErrorPosition(body, error);
  return at ? `The document is not valid JSON: the first error is at line ${at.line}, column ${at.column}.` : "The document is not valid JSON.";
}

/** The contents of every `<script type="application/ld+json">` of a page, parsed (broken ones skipped). */
function jsonLdScripts(html: string): JsonValues | { tooLarge: true } | { tooDeep: true } {
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
  const errors: KnownCheckProblem[] = [];
  // A page's text around the scripts says nothing of their JSON: each script is measured, the values together.
  let values = 0;
  for (const script of scripts) {
    const shape = jsonShape(script);
    values += shape.values;
    const refused = refusedShape({ ...shape, values });
    if (refused) return refused;
  }
  scripts.forEach((script, index) => {
    try {
      parsed.push(JSON.parse(script));
    } catch {
      errors.push({ item: index + 1, where: "block", message: "Not valid JSON." });
    }
  });
  return { parsed, errors };
}
