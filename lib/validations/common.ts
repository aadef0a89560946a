import { z } from "zod";
import { mixedScripts } from "@/lib/domain/text/mixed-scripts";
import { LONE_SURROGATE } from "@/lib/domain/text/well-formed";

// Building blocks every entity's schema uses.


/** Text PostgreSQL can store exactly: no NUL characters and no broken UTF-16. */
export const storableText = (label: string) =>
  z
    // Only for a missing or non-text value: a schema-wide message would also replace "too long" and the like.
    .string({ error: (issue) => (issue.code !== "invalid_type" ? undefined : issue.input === undefined ? `${label} is missing.` : `${label} must be a string of text.`) })
    // (Each ends the checks: a NUL also failed the later ones, and the answer said one thing twice, hostile probe of stop 44.)
    .refine((value) => !value.includes("\u0000"), { error: `${label} contains a NUL character.`, abort: true })
    .refine((value) => !LONE_SURROGATE.test(value), { error: `${label} contains invalid Unicode.`, abort: true });

/** Control, format and zero-width characters make names that look alike or blank (and escape sequences in terminals). */
// (Also the fillers and the blank Braille cell that render as nothing: U+115F, U+1160, U+3164, U+FFA0, U+2800.)
// (And the variation selectors of the supplement, U+E0100–E01EF, which show nothing after a Latin letter: hostile probe of stop 36.)
// (And the combining grapheme joiner U+034F, the Mongolian variation selectors and the Khmer inherent vowels, which show
// nothing anywhere: hostile probes of stop 40.)
// (Private-use, unassigned and noncharacter code points too: they show nothing a reader can read; re-probe of stop 45.)
export const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u034F\u17B4\u17B5\u180B-\u180F\u2028\u2029\u115F\u1160\u3164\uFFA0\u2800\u{E0100}-\u{E01EF}]/u;
// Joiners where they join: U+200D inside an emoji sequence ("👩‍💻", "🏳️‍🌈"), U+200C between letters (Persian "میز‌خبر").
// Refused anywhere else like every format character (re-probe of stop 40: such names were refused).
const JOINING = /(?<=\p{Extended_Pictographic}\uFE0F?)\u200D(?=\p{Extended_Pictographic})|(?<=\p{L}\p{M}*)\u200C(?=\p{L})/gu;
/** Nothing invisible or controlling, and something to see: a name of combining accents alone ("\u0301\u0301") shows nothing. */
// (An empty value passes here: its own length rule says what is wrong with it.)
export const isPlainlyVisible = (value: string) => !INVISIBLE_OR_CONTROL.test(value.replace(JOINING, "")) && (value === "" || hasVisibleCharacter(value));

/** A name people read in lists and mails (a person's, a token's): storable, trimmed, nothing invisible or controlling. */
export const plainName = (label: string) =>
  storableText(label)
    .trim()
    // A line break is the likeliest of them, pasted with the text: said as such (hostile probe of stop 44).
    .refine((value) => !/[\r\n]/.test(value), { error: `${label} must fit on one line; remove the line breaks.`, abort: true })
    .refine(isPlainlyVisible, { error: `${label} contains control or invisible characters; type it without them.` });

// Control characters (a bell, an escape that recolours a terminal, a line break in a one-line field) and
// direction overrides that show "exe.txt" for "txt.exe" (U+202E): a title, an outlet's name or a comment
// from a hostile page carried them into Markdown reports and mails (hostile probe of stop 31). A comment
// keeps its tabs and line breaks.
// (NUL has its own message, from storableText.)
// (And the line and paragraph separators U+2028, U+2029: a title kept one, re-probe of stop 44.)
const CONTROL_OR_OVERRIDE = /[\u0001-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const CONTROL_OR_OVERRIDE_IN_TEXT = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
export const controlMessage = (label: string) => `${label} contains control characters or text-direction overrides; type it without them.`;
/** One line people read (a title, an outlet's name): no control character, no direction override. */
export const hasNoControls = (value: string) => !CONTROL_OR_OVERRIDE.test(value);
/** A web address as typed: neither, and no NUL (an address is no storableText; a NUL reached the database, a 500: probe of stop 32). */
const isCleanAddress = (value: string) => !value.includes("\u0000") && hasNoControls(value);

/** A full http(s) address (`error` when it is none), without NUL or control characters (`label` names it then). */
export const httpAddress = (error: string, label = "The address") =>
  z.url({ protocol: /^https?$/, error }).refine(isCleanAddress, { error: controlMessage(label) });
/** Text of several lines (a comment): tabs and line breaks, but no other control character or override. */
export const hasNoControlsInText = (value: string) => !CONTROL_OR_OVERRIDE_IN_TEXT.test(value);
/** Control characters and overrides as spaces: for titles read from imported pages, which a person did not type. */
export const controlsAsSpaces = (value: string) => value.replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]+/gu, " ").replace(/ {2,}/g, " ").trim();

// Spaces, zero-width characters and direction marks alone show nothing: such a text is refused like
// an empty one (hostile probes of stops 26 and 27).
// (Combining marks alone neither: they have no letter to sit on, probe of stop 40.)
// (Nor the fillers and the blank Braille cell, letters that render as nothing: a rationale of U+3164 was published, probe of stop 44.)
const VISIBLE = /[^\s\p{Cf}\p{Cc}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/u;
export const hasVisibleCharacter = (value: string) => VISIBLE.test(value);

const ISO_DATE_MESSAGE = "Use an ISO date such as 2025-06-26 or 2025-06-26T09:30:00Z.";
// The years 1 to 9999 in UTC: "0000-01-01" answered 500 from the database, and "9999-12-31T23:59:59-01:00"
// (year 10000 in UTC) was dropped without a word (probe of stop 30).
const FIRST_INSTANT = Date.parse("0001-01-01T00:00:00Z");
const LAST_INSTANT = Date.parse("9999-12-31T23:59:59.999Z");
export const inStorableYears = (time: number) => Number.isFinite(time) && time >= FIRST_INSTANT && time <= LAST_INSTANT;

export const isoDate = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: ISO_DATE_MESSAGE })
  .refine((value) => inStorableYears(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)), { error: ISO_DATE_MESSAGE });

export const unknownFields = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `Unknown field(s): ${unknownFieldList(issue.keys ?? [])}.` : undefined,
};

/** Unknown fields a message names, and answers list, at most (re-probe of stop 39: 9,000 of them made an answer quadratic in size). */
export const MAX_UNKNOWN_FIELDS_NAMED = 10;

/** The first few unknown names, each cut to 60 characters, and how many more there are: a message stays short whatever was sent. */
export function unknownFieldList(keys: readonly string[]): string {
  const named = keys.slice(0, MAX_UNKNOWN_FIELDS_NAMED).map((key) => (key.length > 60 ? `${key.slice(0, 60)}…` : key));
  return keys.length > MAX_UNKNOWN_FIELDS_NAMED ? `${named.join(", ")} (+${keys.length - MAX_UNKNOWN_FIELDS_NAMED})` : named.join(", ");
}

/** PostgreSQL's \`integer\` ceiling: a larger number would fail in the database instead of answering 400. */
export const MAX_DB_INT = 2_147_483_647;

/** A version number (rows count their edits from 1 in an \`integer\` column). */
export const versionNumber = (error: string) =>
  z.number({ error }).int({ error }).min(1, { error }).max(MAX_DB_INT, { error: `${error} (at most ${MAX_DB_INT.toLocaleString("en")}).` });

/** The version an edit was based on: a stale one is refused with 409 instead of overwriting. */
export const baseVersion = versionNumber("Send the version number you last read with this item, so that a newer edit is not overwritten.");


/**
 * A page size from a query string, `fallback` when absent or blank: plain digits only ("0x3", "+3",
 * "3.0" are refused), one message for every way it can be wrong.
 */
const PAGE_SIZE_ERROR = "The page size must be a whole number from 1 to 100.";
export const pageSize = (fallback: number) =>
  blankAsAbsent(
    z
      .string({ error: PAGE_SIZE_ERROR })
      .regex(/^\d{1,3}$/, { error: PAGE_SIZE_ERROR })
      .transform(Number)
      .pipe(z.number().min(1, { error: PAGE_SIZE_ERROR }).max(100, { error: PAGE_SIZE_ERROR })),
  ).transform((size) => size ?? fallback);

/** Form fields and query strings send "" (or spaces) for "not given"; read it as absent. */
const blankToUndefined = (value: unknown) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);

/**
 * A number in a query string written as people write one: digits with an optional decimal point
 * ("0.6", "12"). Number() would also take "0x1", "1e0" and " " (as 0); those are refused here.
 */
export const queryNumber = (error: string) =>
  z
    .string({ error })
    .trim()
    .regex(/^\d+(?:\.\d+)?$/, { error })
    .transform(Number);

/** `schema`, optional, with a blank value (empty, spaces only, or null) read as absent: a query parameter or form field. */
export const blankAsAbsent = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

// Latin shares letters that look alike with Cyrillic, Greek, Armenian and Cherokee ("О" and "O", "Ꭱ" and "R"): a word
// mixing them copies another name ("B Оutlet" beside "B Outlet" split an outlet's score; hostile probes of stop 44) and
// is refused where it is typed; the outlet list marks those stored before (mixed-scripts.ts decides both).
export const hasOneAlphabetPerWord = (value: string) => mixedScripts(value).length === 0;
export const mixedAlphabetsMessage = (label: string) =>
  `${label} mixes letters of different alphabets in one word (such as a Cyrillic “о” among Latin letters); type each word in one alphabet.`;
