import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";

type Tree = { [key: string]: string | Tree };

/** Every message of a catalogue by its dotted key ("nav.inbox" → "Inbox"). */
export function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

export const englishMessages = flatten(en as Tree);
export const germanMessages = flatten(de as Tree);

/**
 * English texts a German page must never show: each English message that differs from its German
 * one, as a pattern matching the whole text (placeholders match anything; messages with plural or
 * select branches are matched by their fixed parts only when they have no branches).
 */
export function englishOnlyPatterns(): { key: string; pattern: RegExp }[] {
  const patterns: { key: string; pattern: RegExp }[] = [];
  for (const [key, english] of englishMessages) {
    if (germanMessages.get(key) === english || /\{[^}]*,/.test(english) || english.trim().length < 2) continue;
    const parts = english.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    if (parts.join("").replace(/[\s\p{P}\p{S}]/gu, "").length < 3) continue; // only punctuation around placeholders
    patterns.push({ key, pattern: new RegExp(`^${parts.join(".+")}$`, "u") });
  }
  return patterns;
}
