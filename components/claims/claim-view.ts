import type { ExclusionReason } from "@/lib/domain/claim-model/decisions";
import type { UnitKind } from "@/lib/domain/claims/types";

/** What the article page hands to the browser about each claim. */
export interface ClaimView {
  id: string;
  start: number;
  end: number;
  text: string;
  normalizedText: string | null;
  kind: UnitKind;
  checkworthiness: number;
  checkworthy: boolean;
  reasons: string[];
  claimantText: string | null;
  anchorState: "ok" | "reanchored" | "orphaned";
  excluded: boolean;
  /** Why an editor excluded it (while excluded). */
  exclusionReason: ExclusionReason | null;
  /** False when the claim's offsets refer to an older text (orphaned after an edit). */
  anchored: boolean;
  version: number;
  status: "new" | "in_review" | "needs_second_review" | "final" | "excluded";
  assigneeId: string | null;
  /** Someone worked on it (a decision, comment, source or verdict): the page shows it however it ranks. */
  touched: boolean;
  /** Who made it: the engine, a reviewer selecting text, or a split. */
  origin: "engine" | "reviewer" | "split";
  /** The final verdict, shown as a coloured underline and a badge. */
  verdict: { label: string; color: string } | null;
}

/**
 * The language of the text a list shows for a claim: the article's for the verbatim text, none for the
 * reviewers' wording (they may word a German claim in English), which then reads in the page's language.
 */
export const shownTextLang = (claim: { normalizedText: string | null }, articleLanguage: string): string | undefined =>
  claim.normalizedText ? undefined : articleLanguage;

// Each kind has its own underline style, so kinds differ by shape as well as colour, and every
// underline has at least 3:1 contrast against the white page (amber-700, violet-700, teal-700 and
// slate-500 are all 4.5:1 or more). A light tint stays only for check-worthy claims and quotes.
const KIND_STYLES: Record<UnitKind, string> = {
  claim: "bg-amber-100 underline decoration-solid decoration-amber-700 decoration-2",
  quote: "bg-violet-50 underline decoration-dashed decoration-violet-700 decoration-2",
  opinion: "bg-transparent underline decoration-wavy decoration-teal-700 decoration-1",
  question: "bg-transparent underline decoration-dotted decoration-slate-500 decoration-2",
  boilerplate: "bg-transparent",
  other: "bg-transparent underline decoration-dotted decoration-slate-500 decoration-2",
};

/** Not check-worthy: a dotted grey underline whatever the kind (opinions keep their wave). */
const NOT_CHECKWORTHY = "bg-transparent underline decoration-dotted decoration-slate-500 decoration-2";

/** Highlight style by kind and check-worthiness; see KIND_STYLES. */
export function highlightClass(claim: Pick<ClaimView, "kind" | "checkworthy" | "excluded">): string {
  // `<mark>` is yellow by default: every style sets its own background.
  if (claim.excluded) return "bg-transparent line-through decoration-slate-500";
  const style = claim.checkworthy || claim.kind === "opinion" ? KIND_STYLES[claim.kind] : NOT_CHECKWORTHY;
  return `${style} underline-offset-4`;
}
