import { endsWithAbbreviation } from "./abbreviations";

// "… war sie noch von einer Stagnation ausgegangen. 2026 soll die Wirtschaft …", "He resigned in March. 2,000 workers
// lost …": Unicode's sentence rules go on after a full stop whenever the next letter is lower case, so a sentence that
// opens with a figure was glued to the one before (engine read of stop 45). A sentence end after a word, a percentage or
// a year, before a figure, is a boundary here, unless the word is an abbreviation or a label that numbers follow ("Nr. 5",
// "Abb. 3", "vol. 2").
const WORD_END_BEFORE_FIGURE = /(?<=(?:\p{L}\p{L}|\d\s?%|(?<![\d.,])\d{4})[.!?][”“"»«’)]?)[^\S\n]+(?=\d)/gu;
const LABELS_BEFORE_NUMBERS = /(?:^|[^\p{L}])(?:Abb|Tab|Ziff|Bl|Vol|vol|pp|Ref|Sec|Pt|Nos|Rn|Rdnr|Randnr|Anl|Aufl|Jg|Ausg|Bsp|Pkt|Kat|Ch|Anm|Fn)\.$/u;

/** Offsets in `line` where a sentence opening with a figure starts right after another sentence's end. */
export function figureSentenceStarts(line: string): number[] {
  const starts: number[] = [];
  for (const match of line.matchAll(WORD_END_BEFORE_FIGURE)) {
    const before = line.slice(Math.max(0, match.index - 40), match.index);
    const stop = before.replace(/[”“"»«’)]$/, "");
    if (stop.endsWith(".") && (endsWithAbbreviation(stop) || LABELS_BEFORE_NUMBERS.test(stop))) continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}
