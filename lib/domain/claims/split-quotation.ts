import type { Claimant } from "./types";
import { lastWord } from "./wording-front";
import { SAY } from "./wording-verbs";

// A quotation split by its speaker, joined into one: "“The economy,” she said, “is growing.”" → "The economy, is …"
// read as one statement, the attribution in the middle gone (when it names the claimant or a pronoun).

const SPLIT_QUOTE = new RegExp(`(?<=[\\p{L}\\p{N}.,!?…])\\s*[”“"»«]\\s*,?\\s*((?:[^\\s,“”„"»«]+\\s+){0,5}?(?:${SAY})(?:\\s+[^\\s,“”„"»«]+){0,10}?)\\s*,\\s*[“„"»«]\\s*`, "u");
const REOPENED_QUOTE = /,\s*[“„"»«]/u;
const PRONOUN_WORD = /(?:^|\s)(?:he|she|they|er|sie)(?:\s|$)/u;
const GERMAN_GOES_ON = /^(?!(?:und|aber|doch|denn|oder|sondern)\b)\p{Ll}/u;
// A mark (private use) for a joint whose comma before it goes too.
const COMMA_OUT = "\uE000";
const COMMA_BEFORE_OUT = /,?\uE000/gu;

export function joinSplitQuotation(text: string, claimant: Claimant | null, language: "de" | "en"): string {
  // A split quotation reopens after a comma: most quotations are not split, and skip the long pattern.
  if (!REOPENED_QUOTE.test(text)) return text;
  const joined = text.replace(SPLIT_QUOTE, (match, speaker: string, at: number) => {
    if (!PRONOUN_WORD.test(speaker) && !(claimant && speaker.includes(lastWord(claimant.text)))) return match;
    const after = text.slice(at + match.length);
    // English keeps its comma inside ("the thing," Ingram said, "that keeps her alive"): before "that" it goes too
    // (engine read of stop 36: "the thing, that keeps her alive").
    if (text[at - 1] === "," && /^that\s/.test(after)) return COMMA_OUT;
    // German puts the comma outside the quotation („Bei solchen Mengen“, sagte X, „ist …“): a part that goes on in
    // lower case is one sentence with the first (engine read of stop 35: "Bei solchen Mengen, ist …").
    return text[at - 1] === "," || (language === "de" && GERMAN_GOES_ON.test(after)) ? " " : ", ";
  });
  return joined.replace(COMMA_BEFORE_OUT, " ");
}
