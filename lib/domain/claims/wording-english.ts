import { SAID_OR_TOLD, SAID_WHERE_OR_WHEN } from "./wording-verbs";

// English forms a suggested wording takes apart (suggested-wording.ts): what stays of a statement once its
// speaker or source is out of it.

// "Ben Alcott said that would not happen": "that" is what would not happen, no conjunction to take away.
export const THAT_AS_SUBJECT = "(?:would|will|was|is|could|can|has|had|should|might|must|may|did|does|won['’]t|wasn['’]t|isn['’]t)\\b";

// "Data from the Office for National Statistics show that …", "A 2021 investigation by the BBC found that …": whose work it is goes into the claimant.
// "Eurostat’s figures showed that …", "Ofgem’s latest figures show …" (engine read of stop 35): the owner is the claimant.
export const OWNERS_WORK_SHOWED = /^(?:The\s+)?[^\s,;:]+(?:\s+[^\s,;:]+){0,3}['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:data|figures|statistics|estimates|analysis|report|survey|study|research|numbers|records)\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|found|finds|revealed)\s+(?:that\s+)?(?=\S)/u;
export const WORK_FOUND_THAT = /^(?:(?:The|A|An|New|Official|Recent)\s+)?(?:\d{4}\s+)?(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Ee]stimates|[Aa]nalysis|[Rr]eport|[Ss]urvey|[Ss]tudy|[Ii]nvestigation|[Pp]oll|[Rr]eview|[Rr]esearch|[Aa]udit|[Ii]nquiry)\s+(?:from|by)\s+[^,;:]{1,80}?\s+(?:show|shows|showed|indicated|indicate|suggested|revealed|found|finds|concluded|estimated)\s+that\s+/u;

// "“…,” he said, adding that …": the pronoun speaker goes, both statements stay.
export const PRONOUN_THEN_ADDING = new RegExp(`,\\s*(?:he|she|they)\\s+(?:${SAID_OR_TOLD})${SAID_WHERE_OR_WHEN},\\s+adding(?:\\s+that)?\\s+`, "u");

// Also what the speaker went on to do: "said the collapse was avoidable and accused House leaders of …" (engine read of stop 37).
const AND_SPEAKER_VERB =
  /,?\s+(?:and|but)\s+(?:warned|said|added|insisted|argued|claimed|noted|stressed|predicted|cautioned|accused|urged|called on|called for|blamed|criticized|criticised|praised|vowed|pledged|promised|demanded|defended|dismissed|appealed)\s+(?:that\s+)?/u;
/** "X said A and warned that B" without X: B is X's warning, not a fact of A's subject ("inflation … warned that"), so it goes. */
export function withoutSpeakersNextVerb(text: string): string {
  const andSaid = AND_SPEAKER_VERB.exec(text);
  return andSaid && andSaid.index > 20 ? text.slice(0, andSaid.index) : text;
}

// "X said that A and that B" → "A, and B": without "X said that", the second "that" reads as a fragment; without
// the first "that" only where a clause follows ("and that the majority …", not "and that hurt families").
export const AND_THAT = /,?\s+and that\s+/gu;
export const AND_THAT_CLAUSE = /,?\s+and that\s+(?=(?:the|a|an|his|her|its|their|this|these|those|it|he|she|they|we|there|some|many|most|all|no)\s|\d)/gu;
