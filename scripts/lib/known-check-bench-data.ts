// Generated ClaimReviews and claims for `npm run bench:known-checks`: real sentences of political
// speech (the ClaimBuster set the claim engine is evaluated on), so texts vary as a newsroom's do.
import { readFileSync } from "node:fs";
import path from "node:path";

const RATINGS = ["False", "Mostly false", "True", "Misleading", "Half true", "Pants on fire"];

const sentences = (file: string) =>
  readFileSync(path.join(import.meta.dirname, "../data/claimbuster", file), "utf8").split("\n").slice(1).map((line) => line.split("\t")[1] ?? "").filter((text) => text.length > 40);
// The first 22,500 train sentences as reviewed claims, each also spliced with another for variants
// (other checkers' takes on the same claim); the dev set as claims nobody has checked.
const seen = sentences("CT24_checkworthy_english_train.tsv");
const unseen = sentences("CT24_checkworthy_english_dev.tsv");

export function claimText(i: number): string {
  const base = seen[i % seen.length]!;
  if (i < seen.length) return base;
  const other = seen[(i * 7919) % seen.length]!;
  return `${base.slice(0, Math.floor(base.length / 2))} ${other.slice(Math.floor(other.length / 2))}`;
}

export const review = (i: number) => ({
  "@type": "ClaimReview",
  url: `https://checker-${i % 40}.example/checks/${i}`,
  claimReviewed: claimText(i),
  reviewRating: { "@type": "Rating", alternateName: RATINGS[i % RATINGS.length], ratingValue: (i % 5) + 1, bestRating: 5, worstRating: 1 },
  author: { "@type": "Organization", name: `Checker ${i % 40}` },
  datePublished: new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString().slice(0, 10),
  inLanguage: "en",
});

/**
 * The same claim in another wording, deterministically: every fourth word left out, a few common
 * words swapped for others, and the clauses around the first comma in the other order.
 */
export function reworded(text: string): string {
  const SWAPS: Record<string, string> = { we: "they", our: "their", is: "was", are: "were", will: "would", have: "had", more: "over", than: "compared to", the: "this", said: "claimed" };
  const [first, ...rest] = text.split(", ");
  const clauses = rest.length ? [rest.join(", "), first!] : [first!];
  let n = 0;
  return clauses
    .join(", ")
    .split(" ")
    .filter(() => ++n % 4 !== 0)
    .map((word) => SWAPS[word.toLowerCase()] ?? word)
    .join(" ");
}

export type BenchQueryKind = "repeated" | "reworded" | "unseen";

/** Claims as a newsroom meets them: a checked claim quoted again, the same reworded, or an unseen sentence. */
export function benchQueries(count: number): { kind: BenchQueryKind; text: string }[] {
  return Array.from({ length: count }, (_, q) => {
    const kind: BenchQueryKind = (["repeated", "reworded", "unseen"] as const)[q % 3]!;
    const checked = claimText(q * 97);
    if (kind === "repeated") return { kind, text: `A viral post claims that ${checked}` };
    if (kind === "reworded") return { kind, text: `Viral post: ${reworded(checked)}` };
    return { kind, text: unseen[q]! };
  });
}
