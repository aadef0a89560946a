import { findEntities } from "../claims/entities";
import { normalizeUrl } from "../source/normalize-url";
import { matchText } from "../text/trigrams";
import { wellFormed } from "../text/well-formed";

/** A ClaimReview of another fact-checker, reduced to what Factdesk keeps of it. */
export interface KnownCheckRecord {
  reviewUrl: string;
  normalizedUrl: string;
  claimReviewed: string;
  matchText: string;
  claimant: string | null;
  ratingName: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  publisher: string | null;
  reviewedAt: string | null;
  language: string | null;
  entities: { type: string; text: string }[];
}

/**
 * Why part of a document was not imported. `item` counts from 1 what `where` names: a line of NDJSON
 * (blank lines count, as an editor numbers them), a JSON-LD block of a page, or a ClaimReview in
 * reading order. The message never repeats the number: readers put "Line 3: " in front in their language.
 */
// A type literal, not an interface: stored as Prisma JSON, whose input type needs the implicit index signature only a type literal has.
export type KnownCheckProblem = {
  item: number;
  where: "line" | "block" | "review";
  message: string;
};

export interface ReadResult {
  records: KnownCheckRecord[];
  /** More ClaimReviews followed the first MAX_CLAIM_REVIEWS: the document is refused, not cut short. */
  overLimit?: boolean;
  /** Items that look like ClaimReviews but cannot be kept (by line in NDJSON). */
  errors: KnownCheckProblem[];
}

/** Deeper than any real JSON-LD: a document nested past this is refused, not walked. */
export const MAX_JSON_LD_DEPTH = 32;
/**
 * JSON values a document may hold, counted from above by its `{`, `[` and `,`. A real ClaimReview feed
 * at the byte limit holds well under 2 million; 64 MB of `{},` would be 22 million objects, more than a
 * worker's heap, and V8 ends the whole process (not just the worker) when one parse outgrows it.
 */
export const MAX_JSON_VALUES = 4_000_000;
/** ClaimReviews read from one document at most. */
export const MAX_CLAIM_REVIEWS = 200_000;
/** Problems listed per import (the rest are counted only). */
const MAX_ERRORS = 100;

export class TooDeepError extends Error {}

const NAMED = new Set(["person", "organisation", "place"]);
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Every ClaimReview in parsed JSON-LD: a single object, an array, an `@graph`, or a schema.org
 * DataFeed whose elements are ClaimReviews or DataFeedItems holding them. Text comes out as plain
 * text (control and direction characters removed, lengths capped); review addresses must be http(s).
 */
export function readClaimReviews(values: unknown[], lineNumbers?: number[]): ReadResult {
  const result: ReadResult = { records: [], errors: [] };
  let item = 0;
  // NDJSON (`lineNumbers`: the line each value came from): problems are numbered by line, and a line
  // without any ClaimReview is reported, since every line of such a file is meant to be one.
  let line = 0;
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_JSON_LD_DEPTH) throw new TooDeepError();
    // One ClaimReview past the limit, wherever it sits (a DataFeedItem, an @graph), refuses the document: said, not
    // cut silently (hostile probe of stop 38: 228,923 reviews became 200,000 without a word; its re-probe: in a DataFeed).
    if (result.overLimit) return;
    if (Array.isArray(value)) return value.forEach((entry) => visit(entry, depth + 1));
    if (!isObject(value)) return;
    if (hasType(value, "ClaimReview")) {
      if (result.records.length >= MAX_CLAIM_REVIEWS) {
        result.overLimit = true;
        return;
      }
      item++;
      const record = toRecord(value);
      if (typeof record === "string") {
        if (result.errors.length < MAX_ERRORS) result.errors.push(line ? { item: line, where: "line", message: record } : { item, where: "review", message: record });
      } else result.records.push(record);
      return;
    }
    for (const key of ["@graph", "dataFeedElement", "item", "mainEntity"]) if (key in value) visit(value[key], depth + 1);
  };
  values.forEach((value, index) => {
    const before = item;
    line = lineNumbers?.[index] ?? 0;
    visit(value, 0);
    if (line && item === before && result.errors.length < MAX_ERRORS && result.records.length < MAX_CLAIM_REVIEWS) {
      result.errors.push({ item: line, where: "line", message: "Holds no ClaimReview." });
    }
  });
  return result;
}

function toRecord(review: Record<string, unknown>): KnownCheckRecord | string {
  const claimReviewed = text(review.claimReviewed, 2000);
  if (!claimReviewed) return "It has no `claimReviewed` text.";
  const address = text(review.url, 2048);
  if (!address) return "It has no url (the address of the review).";
  let normalizedUrl: string;
  try {
    const url = new URL(address);
    if (url.protocol !== "http:" && url.protocol !== "https:") return "Its url is not an http(s) address.";
    if (url.username || url.password) return "Its url contains a user name or password.";
    normalizedUrl = normalizeUrl(url.href);
  } catch {
    return "Its url is not a valid address.";
  }
  const rating = isObject(first(review.reviewRating)) ? (first(review.reviewRating) as Record<string, unknown>) : {};
  const claim = isObject(first(review.itemReviewed)) ? (first(review.itemReviewed) as Record<string, unknown>) : {};
  return {
    reviewUrl: new URL(address).href,
    normalizedUrl,
    claimReviewed,
    matchText: matchText(claimReviewed),
    claimant: name(claim.author, 300),
    ratingName: text(rating.alternateName, 200) ?? text(rating.name, 200),
    ...numericRating(rating),
    publisher: name(review.author, 300) ?? name(review.publisher, 300),
    reviewedAt: date(review.datePublished) ?? date(review.dateModified),
    language: language(review.inLanguage),
    entities: findEntities(claimReviewed)
      .filter((entity) => NAMED.has(entity.type))
      .map((entity) => ({ type: entity.type, text: entity.text })),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

function hasType(value: Record<string, unknown>, type: string): boolean {
  const types = Array.isArray(value["@type"]) ? value["@type"] : [value["@type"]];
  return types.some((entry) => typeof entry === "string" && entry.replace(/^(https?:\/\/schema\.org\/|schema:)/, "") === type);
}

/**
 * Plain text of a field: a string (or the first of several), control characters out, whitespace collapsed, capped. A lone
 * surrogate (sent as "\ud800", or left by the cap cutting a pair) becomes U+FFFD: PostgreSQL refused the whole file (re-probe of stop 39).
 */
function text(value: unknown, max: number): string | null {
  const raw = first(value);
  if (typeof raw !== "string") return null;
  const clean = raw.replace(CONTROL, "").replace(/\s+/g, " ").trim();
  return clean ? wellFormed(clean.slice(0, max)) : null;
}

/** A name given as text or as a Thing with `name`. */
function name(value: unknown, max: number): string | null {
  const raw = first(value);
  return isObject(raw) ? text(raw.name, max) : text(raw, max);
}

function number(value: unknown): number | null {
  const raw = first(value);
  const parsed = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() ? Number(raw) : Number.NaN;
  return Number.isFinite(parsed) ? parsed : null;
}

/** Largest rating (or scale end) believed: real scales run from -1…1 to 1…100. */
export const MAX_RATING = 1000;

/**
 * The numeric rating and its scale, or none of them when any is absurd (beyond ±MAX_RATING, such as
 * 1e308) or the rating lies outside its own scale: the review is kept with its named rating only.
 */
function numericRating(rating: Record<string, unknown>): Pick<KnownCheckRecord, "ratingValue" | "bestRating" | "worstRating"> {
  const values = { ratingValue: number(rating.ratingValue), bestRating: number(rating.bestRating), worstRating: number(rating.worstRating) };
  const { ratingValue, bestRating, worstRating } = values;
  const absurd = Object.values(values).some((value) => value !== null && Math.abs(value) > MAX_RATING);
  const outside = ratingValue !== null && bestRating !== null && worstRating !== null && (ratingValue < Math.min(bestRating, worstRating) || ratingValue > Math.max(bestRating, worstRating));
  return absurd || outside ? { ratingValue: null, bestRating: null, worstRating: null } : values;
}

function date(value: unknown): string | null {
  const raw = text(value, 40);
  if (!raw) return null;
  const parsed = new Date(raw);
  return Number.isNaN(parsed.getTime()) || parsed.getUTCFullYear() < 1900 || parsed.getUTCFullYear() > 2200 ? null : parsed.toISOString();
}

function language(value: unknown): string | null {
  const raw = first(value);
  const code = isObject(raw) ? text(raw.alternateName, 20) ?? text(raw.name, 20) : text(raw, 20);
  return code && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code) ? code.toLowerCase() : null;
}
