import type { Entity } from "./types";
import type { Token } from "./tokens";
import { PHRASE_OPENERS } from "./lexicon";
import { Flag } from "./word-flags";

// A company named with its legal form: "Volkswagen AG", "Siemens Energy AG", "Hamburger Hafen und
// Logistik AG", "Müller GmbH", "Apple Inc". The legal form alone names no one (it read as the
// organisation "AG" before), and the name may join words with "und", "&" or "and".

// Not "SA" (South Africa as often) or "NV" (Nevada).
export const LEGAL_FORMS = new Set(["AG", "SE", "GmbH", "KGaA", "KG", "OHG", "mbH", "Inc", "Corp", "Co", "Ltd", "PLC", "plc", "LLC", "LLP"]);
const JOINERS = new Set(["und", "and", "&"]);
const NOT_IN_NAME = new Set(PHRASE_OPENERS);
const MAX_WORDS = 5;

/** The first token of the company whose legal form is token `i`, or `i` when no capitalised name stands before it. */
function companyStart(text: string, offset: number, tokens: Token[], i: number): number {
  let first = i;
  for (let at = i - 1; at >= 0 && i - at <= MAX_WORDS; at--) {
    const token = tokens[at]!;
    // Words one space apart only ("&" is no word: "Procter & Gamble" spans one more space), or after
    // "Co." ("Henkel AG & Co. KGaA", "GmbH & Co. KG").
    const gap = text.slice(token.end - offset, tokens[at + 1]!.start - offset);
    if (gap !== " " && gap !== " & " && !(gap === ". " && token.text === "Co")) break;
    if (JOINERS.has(token.text) && at > 0) continue;
    // A legal form inside the name ("AG & Co."), and a name with a number after a dot ("ProSiebenSat.1").
    if (LEGAL_FORMS.has(token.text) && at < i) {
      first = at;
      continue;
    }
    if (/^\d+$/.test(token.text) && at > 0 && text.slice(tokens[at - 1]!.end - offset, token.start - offset) === "." && tokens[at - 1]!.info.flags & Flag.Capitalised) {
      first = --at;
      continue;
    }
    const flags = token.info.flags;
    if (!(flags & Flag.Capitalised) || flags & (Flag.DateWord | Flag.TitleWord) || NOT_IN_NAME.has(token.text)) break;
    // A name in capitals is one word right before the form ("BASF SE"): a run of them is a headline shouted.
    if (flags & Flag.Acronym && (at !== i - 1 || NOT_IN_NAME.has(token.text[0] + token.text.slice(1).toLowerCase()))) break;
    first = at;
    if (flags & Flag.Acronym) break;
  }
  return first;
}

/**
 * Adds the company whose legal form is token `i` to `found`, in place of the names read inside it
 * ("Hamburger" as a place); nothing when no name stands before the legal form.
 */
export function pushCompany(found: Entity[], text: string, offset: number, tokens: Token[], i: number): void {
  const first = companyStart(text, offset, tokens, i);
  if (first === i) return;
  const start = tokens[first]!.start;
  const end = tokens[i]!.end;
  for (let k = found.length - 1; k >= 0 && found[k]!.end > start; k--) if (found[k]!.start >= start && found[k]!.end <= end) found.splice(k, 1);
  found.push({ type: "organisation", text: text.slice(start - offset, end - offset), start, end });
}
