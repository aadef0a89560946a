import { PARAGRAPH_BREAK } from "../text/paragraph-break";
import type { Claimant, Unit } from "./types";

// "Nach Angaben des Konzerns", "Wie der Bundesligist mitteilte", "the company said": a body named by its kind, after the
// article named it ("Die Deutsche Bahn …", "Der VfB Stuttgart …"). CSV, JSON and ClaimReview then carry "Konzern" as the
// claimant, which names nobody (engine read of stop 46). The claimant becomes the organisation meant, where the sentence and
// the few before it in its paragraph name exactly one; otherwise it stays as written rather than guessed (another paragraph
// may be about another company, and a body no list knows as one, "VfB Stuttgart", names none). Its words stay its span.

const ENGLISH_KIND =
  /^(?:[Tt]he\s+)(?:[\p{L}-]+\s+){0,3}(?:company|group|firm|carrier|airline|bank|lender|insurer|retailer|maker|manufacturer|operator|club|agency|regulator|watchdog|ministry|department|authority|council|union|charity|association|federation|institute|broadcaster|newspaper|conglomerate|chain|supermarket|utility|provider|startup|developer|carmaker|automaker|drugmaker|chipmaker|giant)$/u;
const GERMAN_KIND =
  /^(?:(?:der|die|das|des|dem|den)\s+)?(?:[\p{L}-]+\s+){0,2}(?:Konzern|Unternehmen|Firma|Verband|Verein|Klub|Club|Bundesligist|Zweitligist|Drittligist|Ministerium|Behörde|Institut|Gewerkschaft|Sender|Versicherer|Hersteller|Autobauer|Discounter|Händler|Krankenkasse|Kasse|Bank|Bahnkonzern|Energiekonzern|Chemiekonzern|Autokonzern|Technologiekonzern|Mutterkonzern)(?:s|es|en)?$/u;
// (English in lower case after "the": "the company", "the German medical technology group"; "The State Department" is a name.)
const LOOK_BACK = 3;

/** The claimant, named by the one organisation the unit and the few before it name, when it is a body's kind alone. */
export function namedBody(claimant: Claimant, unit: Unit, before: Unit[], language: "de" | "en", text: string): Claimant {
  if (!(language === "de" ? GERMAN_KIND : ENGLISH_KIND).test(claimant.text)) return claimant;
  const window = [unit];
  for (let i = before.length - 1; i >= 0 && window.length <= LOOK_BACK; i--) {
    if (PARAGRAPH_BREAK.test(text.slice(before[i]!.end, window[0]!.start))) break;
    window.unshift(before[i]!);
  }
  const named = new Set<string>();
  for (const earlier of window) {
    for (const entity of earlier.entities) {
      if (entity.type !== "organisation" || (entity.start >= claimant.start && entity.end <= claimant.end)) continue;
      named.add(entity.text);
    }
  }
  return named.size === 1 ? { ...claimant, text: [...named][0]! } : claimant;
}
