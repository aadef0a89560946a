import type { core } from "zod";
import { de as zodGerman } from "zod/locales";
import de from "./messages/de.json";
import en from "./messages/en.json";
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

// What fills a placeholder is often a name ("The article") or itself a message ("{error} (at most …)").
function germanName(value: string): string {
  const key = nameKeys.get(value);
  return key ? (germanNames as Messages)[key]! : (toGerman(value) ?? value);
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

/** The label a form shows for a field path ("claims.0.title" → the label of "title"), or null. */
export function fieldLabel(path: readonly PropertyKey[], locale: Locale): string | null {
  const field = [...path].reverse().find((segment): segment is string => typeof segment === "string");
  if (!field) return null;
  return ((locale === "de" ? germanFields : englishFields) as Messages)[field] ?? null;
}

const germanIssues = zodGerman().localeError;

/**
 * One validation problem in the reader's language. Our schemas' own messages come from the
 * catalogue; zod's built-in ones ("Too big: …") are rendered by zod's locale and introduced by the
 * field's label, never by its key.
 */
export function localizeIssue(issue: core.$ZodIssue, locale: Locale): string {
  if (isCatalogued(issue.message)) return localizeMessage(issue.message, locale);
  const rendered = locale === "de" ? germanIssues(issue as unknown as core.$ZodRawIssue) : undefined;
  const text = typeof rendered === "string" ? rendered : (rendered?.message ?? issue.message);
  const label = fieldLabel(issue.path, locale);
  return label ? `${label}: ${text}` : text;
}
