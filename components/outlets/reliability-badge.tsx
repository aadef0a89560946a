import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { RELIABILITY_TONE, type OutletReliability } from "@/lib/domain/outlet/reliability";

export async function ReliabilityBadge({ reliability }: { reliability: OutletReliability | null }) {
  const t = await getTranslations("outlets");
  if (!reliability) return <span className="text-sm text-slate-600">{t("notRated")}</span>;
  return <Badge tone={RELIABILITY_TONE[reliability]}>{t(`levels.${reliability}`)}</Badge>;
}
