import { describe, expect, it } from "vitest";
import { candidateQuery, rarestWords } from "@/lib/domain/known-checks/candidate-words";

const word = (lexeme: string, frequency = 0) => ({ lexeme, frequency });

describe("candidateQuery (which known checks are worth scoring for a claim)", () => {
  it("takes the rarest words, longer first among equally rare ones, at most eight", () => {
    const words = [word("year", 0.07), word("tax", 0.05), word("tuition", 0.001), word("univers", 0.0012), ...["a1", "b22", "c333", "d4444", "e55555", "f666666"].map((lexeme) => word(lexeme, 0.0005))];
    expect(rarestWords(words).map((entry) => entry.lexeme)).toEqual(["f666666", "e55555", "d4444", "c333", "b22", "a1", "tuition", "univers"]);
  });

  it("searches for any one word when that matches few checks, any two or three when the words are common", () => {
    expect(candidateQuery([word("stromsteu"), word("kilowattstund")])).toBe("'kilowattstund' | 'stromsteu'");
    expect(candidateQuery([word("love", 0.02), word("america", 0.03)])).toBe("('love' & 'america')");
    const common = ["peopl", "year", "think", "go"].map((lexeme) => word(lexeme, 0.05));
    expect(candidateQuery(common.slice(0, 3))).toBe("('peopl' & 'think') | ('peopl' & 'year') | ('think' & 'year')");
    expect(candidateQuery(common)).toBe("('peopl' & 'think' & 'year') | ('peopl' & 'think' & 'go') | ('peopl' & 'year' & 'go') | ('think' & 'year' & 'go')");
    expect(candidateQuery([])).toBeNull();
  });

  it("quotes lexemes so that none is read as tsquery syntax", () => {
    expect(candidateQuery([word("it's"), word("a\\b")])).toBe("'it''s' | 'a\\\\b'");
  });
});
