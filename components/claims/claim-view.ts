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
  /** The final verdict, shown as a coloured underline and a badge. */
  verdict: { label: string; color: string } | null;
}

const KIND_STYLES: Record<UnitKind, [worthy: string, other: string]> = {
  claim: ["bg-amber-100 decoration-amber-600", "bg-sky-50 decoration-sky-400"],
  quote: ["bg-violet-100 decoration-violet-600", "bg-violet-50 decoration-violet-300"],
  opinion: ["bg-slate-100 decoration-slate-400", "bg-slate-100 decoration-slate-400"],
  question: ["bg-slate-50", "bg-slate-50"],
  boilerplate: ["", ""],
  other: ["bg-slate-50", "bg-slate-50"],
};

/** Highlight colour by kind, stronger and underlined when check-worthy. */
export function highlightClass(claim: Pick<ClaimView, "kind" | "checkworthy" | "excluded">): string {
  const [worthy, other] = KIND_STYLES[claim.kind];
  if (claim.excluded) return "bg-slate-50 line-through decoration-slate-400";
  return claim.checkworthy ? `${worthy} underline decoration-2 underline-offset-4` : other;
}
