import { NAME_CHAR } from "./lexicon";

// A source or a speaker between two commas in the middle of a sentence (engine read of stop 39).

// "… live with dementia, according to the Alzheimer's Society, and the number is rising.": the source between commas goes, the comma stays.
const MIDDLE_ACCORDING_TO = new RegExp(`,\\s*according to\\s+(?!(?:plan|schedule|tradition|custom|expectations?)\\b)${NAME_CHAR}+,(?=\\s+\\p{Ll})`, "u");
// (Not before what the speaker went on to do: ", he said, adding that …" joins its parts elsewhere.)
const MIDDLE_SPEAKER = /,\s+(?:(he|she|they)|[^,]{1,40}?)\s+(?:says|say|said|added|noted|argued|warned|pointed out|insisted|stressed|explained|cautioned),\s+(?=\p{Ll})(?!\p{Ll}+ing\b)/u;

/** Without ", according to X," where X is the claimant; after "which" or "and" both commas go ("…, which provides …"). */
export function withoutSourceBetweenCommas(text: string, holdsSpeaker: (match: string) => boolean): string {
  if (!text.includes("according to")) return text;
  return text.replace(MIDDLE_ACCORDING_TO, (match, at: number) => (!holdsSpeaker(match) ? match : /(?:^|\s)(?:which|who|that|and|but|where|while)$/u.test(text.slice(Math.max(0, at - 6), at)) ? "" : ","));
}

/**
 * "The 10,000-step target, she pointed out, has no scientific origin", "For most people, experts say, it is …": the English
 * speaker between commas goes, a pronoun always, a name when `isClaimant` says it names the claimant.
 */
export function withoutSpeakerBetweenCommas(text: string, isClaimant: (match: string) => boolean): string {
  if (!text.includes(", ")) return text;
  return text.replace(MIDDLE_SPEAKER, (match, pronoun: string | undefined) => (pronoun || isClaimant(match) ? " " : match));
}
