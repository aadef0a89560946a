import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { isOverruled } from "@/lib/domain/claims/overruled-estimate";
import type { ClaimView } from "./claim-view";

/**
 * A claim's kind and whether the desk counts it as check-worthy (a reviewer may switch that), with the engine's
 * estimate beside it: a claim a reviewer marked check-worthy no longer reads "0 % check-worthy" (walk of stop 33).
 */
export function CheckworthyBadge({ kind, checkworthy, checkworthiness, excluded, origin }: Pick<ClaimView, "kind" | "checkworthy" | "checkworthiness" | "excluded" | "origin">) {
  const t = useTranslations("claims");
  const score = Math.round(checkworthiness * 100);
  const overruled = !excluded && isOverruled(checkworthy, checkworthiness);
  // An excluded claim is out of the desk's work whatever its switch says: no "check-worthy" beside "Excluded".
  return (
    <>
      <Badge tone={checkworthy && !excluded ? "amber" : "neutral"}>
        {t(`kinds.${kind}`)}
        {excluded ? "" : ` · ${t(checkworthy ? "legend.checkworthy" : "legend.notCheckworthy")}`}
      </Badge>
      {/* A claim a reviewer marked by hand is check-worthy by their choice: "check-worthy · 0 %" beside it read as a
          contradiction (walk of stop 41). The engine's estimate stays in the hint. */}
      <span className="text-slate-600" title={`${t("scoreHint")} ${t("score", { score })}`}>
        {origin === "reviewer" ? t("addedByReviewer") : t(overruled ? "scoreOverruled" : "score", { score })}
      </span>
    </>
  );
}
