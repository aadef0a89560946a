import type { Token } from "./tokens";
import { Flag } from "./word-flags";

/**
 * A word list that may hold phrases ("ums Leben", "due to"), matched on lower-cased tokens. Finding
 * the first entry in a unit is one hash lookup per word, however long the list.
 */
export class WordLexicon {
  private readonly words = new Set<string>();
  /** First word of a phrase → the phrases' remaining words. */
  private readonly phrases = new Map<string, string[][]>();

  /** Words that are an entry only right before a number ("über 50 Prozent", not "die Brücke über die Elbe"). */
  private readonly beforeNumber: Set<string>;
  /** Words that are no entry right before one of some words ("da gibt es" is "there is", not "since"). */
  private readonly notBefore = new Map<string, Set<string>>();

  /** @param flag this list's bit in a word's flags, set for words that can start an entry */
  constructor(
    readonly flag: Flag,
    entries: string,
    beforeNumber = "",
    /** "da>gibt ist war": the word, then the words after which it is no entry. */
    notBefore: string[] = [],
  ) {
    this.beforeNumber = new Set(beforeNumber.split("|").filter(Boolean));
    for (const rule of notBefore) {
      const [word, next] = rule.split(">");
      this.notBefore.set(word!, new Set(next!.trim().split(/\s+/)));
    }
    for (const entry of entries.split("|")) {
      const parts = entry.trim().toLowerCase().split(/\s+/);
      if (!parts[0]) continue;
      if (parts.length === 1) this.words.add(parts[0]);
      else this.phrases.set(parts[0], [...(this.phrases.get(parts[0]) ?? []), parts.slice(1)]);
    }
  }

  /** True when `word` (lower-cased) is an entry or the first word of one. */
  mayStartWith(word: string): boolean {
    return this.words.has(word) || this.phrases.has(word);
  }

  /** Index range [from, to) of the first entry found in `tokens`, or null. */
  find(tokens: Token[]): [number, number] | null {
    for (let i = 0; i < tokens.length; i++) {
      if (!(tokens[i]!.info.flags & this.flag)) continue;
      const lower = tokens[i]!.info.lower;
      const rests = this.phrases.get(lower);
      if (rests) {
        for (const rest of rests) if (followedBy(tokens, i + 1, rest)) return [i, i + 1 + rest.length];
      }
      if (this.words.has(lower) && (!this.beforeNumber.has(lower) || isNumber(tokens[i + 1])) && !this.notBefore.get(lower)?.has(tokens[i + 1]?.info.lower ?? "")) return [i, i + 1];
    }
    return null;
  }

  /** The first entry as written in `text` (whose offset is `offset`), e.g. "ums Leben". */
  firstIn(text: string, tokens: Token[], offset = 0): string | undefined {
    const found = this.find(tokens);
    return found ? text.slice(tokens[found[0]]!.start - offset, tokens[found[1] - 1]!.end - offset) : undefined;
  }
}

const isNumber = (token: Token | undefined) => token !== undefined && (token.info.flags & (Flag.Digit | Flag.NumberWord)) !== 0;

/** True when the tokens from `from` on are the (lower-cased) `words`; a loop, not a closure per candidate word. */
function followedBy(tokens: Token[], from: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[from + k]?.info.lower !== words[k]) return false;
  return true;
}
