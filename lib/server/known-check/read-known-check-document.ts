import { Parser } from "htmlparser2";
import { readClaimReviews, TooDeepError, type ReadResult } from "@/lib/domain/known-checks/read-claim-reviews";
import { nestsDeeperThan } from "@/lib/server/import/html-nesting";

// Runs in the worker pool (heavy-tasks.ts): no Prisma, no Next.js. A page, a JSON-LD document or
// NDJSON of ClaimReviews, all treated as hostile: nesting is refused before a DOM or a walk goes deep.

export type KnownCheckDocument = ReadResult | { tooDeep: true } | { unreadable: string };

export function readKnownCheckDocument({ body, contentType, maxDepth }: { body: string; contentType: string; maxDepth: number }): KnownCheckDocument {
  const isHtml = /html/i.test(contentType) || /^\s*</.test(body);
  if (isHtml && nestsDeeperThan(body, maxDepth)) return { tooDeep: true };
  const values = isHtml ? jsonLdScripts(body) : jsonValues(body);
  if ("unreadable" in values) return values;
  try {
    const read = readClaimReviews(values.parsed);
    return { records: read.records, errors: [...values.errors, ...read.errors].slice(0, 100) };
  } catch (error) {
    if (error instanceof TooDeepError) return { tooDeep: true };
    throw error;
  }
}

/** One JSON document, or NDJSON (one per line) when the whole is not JSON. */
function jsonValues(body: string): { parsed: unknown[]; errors: { item: number; message: string }[] } | { unreadable: string } {
  try {
    return { parsed: [JSON.parse(body)], errors: [] };
  } catch {
    const lines = body.split("\n").filter((line) => line.trim());
    if (lines.length < 2) return { unreadable: "The document is neither JSON nor NDJSON (one JSON object per line)." };
    const parsed: unknown[] = [];
    const errors: { item: number; message: string }[] = [];
    lines.forEach((line, index) => {
      try {
        const value: unknown = JSON.parse(line);
        // A number, string or null cannot hold a ClaimReview: said, not silently passed over.
        if (typeof value === "object" && value !== null) parsed.push(value);
        else if (errors.length < 100) errors.push({ item: index + 1, message: `Line ${index + 1} is not a JSON object.` });
      } catch {
        if (errors.length < 100) errors.push({ item: index + 1, message: `Line ${index + 1} is not JSON.` });
      }
    });
    return { parsed, errors };
  }
}

/** The contents of every `<script type="application/ld+json">` of a page, parsed (broken ones skipped). */
function jsonLdScripts(html: string): { parsed: unknown[]; errors: { item: number; message: string }[] } {
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
