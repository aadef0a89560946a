import type { core } from "zod";
import de from "./messages/de.json";
import en from "./messages/en.json";
import { unknownFieldList } from "@/lib/validations/common";
import type { Locale } from "./locales";

// Services and schemas speak English, the API's default language; the boundary (route wrapper and
// server actions) hands each message through here, which finds it in the catalogue's
// `serverMessages` (exactly, or as a template with {placeholders}) and answers in the reader's language.

type Messages = Record<string, string>;
const { names: englishNames, fields: englishFields, ...englishMessages } = en.serverMessages;
const { names: germanNames, fields: germanFields, ...germanMessages } = de.serverMessages;

interface Template {
  key: string;
  pattern: RegExp;
  placeholders: string[];
  fixedLength: number;
}

const exact = new Map(Object.entries(englishMessages as Messages).map(([key, text]) => [text, key]));
const nameKeys = new Map(Object.entries(englishNames as Messages).map(([key, text]) => [text, key]));
// A field's English label in an English sentence ("Page size must be a number.") becomes its German label.
const germanLabels = new Map(Object.entries(englishFields as Messages).map(([key, text]) => [text, (germanFields as Messages)[key]!]));
// Longest fixed text first, so "{what} was not found." never swallows a more specific message.
const templates: Template[] = Object.entries(englishMessages as Messages)
  .filter(([, text]) => /\{\w+\}/.test(text))
  .map(([key, text]) => {
    const parts = text.split(/\{(\w+)\}/);
    const fixed = parts.filter((_, index) => index % 2 === 0);
    const escaped = fixed.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return {
      key,
      pattern: new RegExp(`^${escaped.join("([\\s\\S]*?)")}$`),
      placeholders: parts.filter((_, index) => index % 2 === 1),
      fixedLength: fixed.join("").length,
    };
  })
  .sort((a, b) => b.fixedLength - a.fixedLength);

function render(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

// English thousands ("200,000") as a German reader writes them ("200.000"); decimals are left alone.
const ENGLISH_THOUSANDS = /^\d{1,3}(?:,\d{3})+$/;

// What fills a placeholder is often a name ("The article"), a number or itself a message ("{error} (at most …)").
function germanName(value: string): string {
  if (ENGLISH_THOUSANDS.test(value)) return value.replaceAll(",", ".");
  const key = nameKeys.get(value);
  if (key) return (germanNames as Messages)[key]!;
  return germanLabels.get(value) ?? toGerman(value) ?? value;
}

/** The German of a message the catalogue knows, or null. */
function toGerman(message: string): string | null {
  const key = exact.get(message);
  if (key) return (germanMessages as Messages)[key]!;
  for (const template of templates) {
    const match = template.pattern.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(template.placeholders.map((name, index) => [name, germanName(match[index + 1]!)]));
    return render((germanMessages as Messages)[template.key]!, values);
  }
  return null;
}

function isCatalogued(message: string): boolean {
  return exact.has(message) || templates.some((template) => template.pattern.test(message));
}

/** A service's message in the reader's language (unknown messages stay as they are). */
export function localizeMessage(message: string, locale: Locale): string {
  return locale === "de" ? (toGerman(message) ?? message) : message;
}

/**
 * A stored message in the reader's language: whole where the catalogue knows it, else sentence by
 * sentence (a line of a bulk import keeps all of its problems as one text: "The title is required.
 * The text is required.").
 */
export function localizeSentences(message: string, locale: Locale): string {
  if (locale !== "de") return message;
  const exactly = exact.get(message);
  if (exactly) return (germanMessages as Messages)[exactly]!;
  // Sentence by sentence first: a template matched against two sentences takes the first one for its
  // placeholder ("{label} contains a NUL character." read "The title contains … The text" as a label).
  const sentences = message.split(/(?<=\.)\s+(?=\p{Lu})/u);
  const german = sentences.map((sentence) => toGerman(sentence));
  if (german.every((sentence) => sentence !== null)) return german.join(" ");
  return toGerman(message) ?? german.map((sentence, index) => sentence ?? sentences[index]).join(" ");
}

/** The label a form shows for a field path ("claims.0.title" → the label of "title"), or null. */
export function fieldLabel(path: readonly PropertyKey[], locale: Locale): string | null {
  const field = [...path].reverse().find((segment): segment is string => typeof segment === "string");
  if (!field) return null;
  return ((locale === "de" ? germanFields : englishFields) as Messages)[field] ?? null;
}

/** A catalogue message by key, with its {placeholders} filled, in the reader's language. */
function say(key: string, locale: Locale, values: Record<string, string> = {}): string {
  return render(((locale === "de" ? germanMessages : englishMessages) as Messages)[key]!, values);
}

/** How a field is named in a sentence: its label, else "the field `key`", else "this value". */
function subject(path: readonly PropertyKey[], locale: Locale): string {
  const label = fieldLabel(path, locale);
  if (label) return label;
  const names = (locale === "de" ? germanNames : englishNames) as Messages;
  const key = [...path].reverse().find((segment): segment is string => typeof segment === "string");
  return key ? render(names.theField!, { key: `\`${key}\`` }) : names.thisValue!;
}

/**
 * zod's own problems (no message of ours) in a sentence that names the field and says what to do.
 * Never zod's generic text: "Invalid input: expected boolean, received undefined" reads as a bug,
 * and its German locale ("Ungültig: URL") half-translates it.
 */
function describeIssue(issue: core.$ZodIssue, locale: Locale): string {
  const label = subject(issue.path, locale);
  const number = (value: number | bigint) => new Intl.NumberFormat(locale).format(value);
  switch (issue.code) {
    case "invalid_type":
      // zod leaves the input out of issues unless asked; its own message still says what arrived.
      if (("input" in issue ? issue.input === undefined : false) || /received undefined$/.test(issue.message)) return say("issueMissing", locale, { label });
      if (issue.expected === "boolean") return say("issueNotBoolean", locale, { label });
      if (issue.expected === "number" || issue.expected === "int" || issue.expected === "bigint") return say("issueNotNumber", locale, { label });
      if (issue.expected === "string") return say("issueNotText", locale, { label });
      if (issue.expected === "array") return say("issueNotList", locale, { label });
      if (issue.expected === "object") return issue.path.length ? say("issueNotObject", locale, { label }) : say("issueBodyNotObject", locale);
      return say("issueWrongForm", locale, { label });
    case "too_big": {
      const max = number(issue.maximum);
      if (issue.origin === "string") return say("issueTooLong", locale, { label, max });
      if (issue.origin === "array" || issue.origin === "set") return say("issueTooMany", locale, { label, max });
      return say("issueTooBig", locale, { label, max });
    }
    case "too_small": {
      const min = number(issue.minimum);
      if (issue.origin === "string") return say(Number(issue.minimum) <= 1 ? "issueMissing" : "issueTooShort", locale, { label, min });
      if (issue.origin === "array" || issue.origin === "set") return say("issueTooFew", locale, { label, min });
      return say("issueTooSmall", locale, { label, min });
    }
    case "invalid_format":
      if (issue.format === "email") return say("issueEmail", locale, { label });
      if (issue.format === "url") return say("issueUrl", locale, { label });
      if (issue.format === "uuid" || issue.format === "guid") return say("issueId", locale, { label });
      if (["datetime", "date", "time"].includes(issue.format)) return say("issueDate", locale, { label });
      return say("issueFormat", locale, { label });
    case "not_multiple_of":
      return say("issueWholeNumber", locale, { label });
    case "invalid_value":
      return say("issueOneOf", locale, { label, values: issue.values.map((value) => JSON.stringify(value)).join(", ") });
    case "unrecognized_keys":
      return say("unknownFields", locale, { keys: unknownFieldList(issue.keys) });
    default:
      return say("issueInvalid", locale, { label });
  }
}

/**
 * One validation problem in the reader's language. Our schemas' own messages come from the
 * catalogue; for zod's built-in ones we write our own sentence naming the field by its label.
 */
export function localizeIssue(issue: core.$ZodIssue, locale: Locale): string {
  if (isCatalogued(issue.message)) return localizeMessage(issue.message, locale);
  return describeIssue(issue, locale);
}
