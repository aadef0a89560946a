import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { ClaimView } from "./claim-view";

/**
 * A claim's kind and whether the desk counts it as check-worthy (a reviewer may switch that), with the engine's
 * estimate beside it: a claim a reviewer marked check-worthy no longer reads "0 % check-worthy" (walk of stop 33).
 */
export function CheckworthyBadge({ kind, checkworthy, checkworthiness }: Pick<ClaimView, "kind" | "checkworthy" | "checkworthiness">) {
  const t = useTranslations("claims");
  return (
    <>
      <Badge tone={checkworthy ? "amber" : "neutral"}>
        {t(`kinds.${kind}`)} · {t(checkworthy ? "legend.checkworthy" : "legend.notCheckworthy")}
      </Badge>
      <span className="text-slate-600" title={t("scoreHint")}>
        {t("score", { score: Math.round(checkworthiness * 100) })}
      </span>
    </>
  );
}
