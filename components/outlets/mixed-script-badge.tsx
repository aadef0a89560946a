import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { mixedScripts } from "@/lib/domain/text/mixed-scripts";

/** A warning beside an outlet name that mixes look-alike alphabets (walk of stop 37: three "Bild" side by side). */
export async function MixedScriptBadge({ name }: { name: string }) {
  const scripts = mixedScripts(name);
  if (scripts.length === 0) return null;
  const t = await getTranslations("outlets");
  return (
    <span title={t("mixedScriptsHint")} data-testid="mixed-scripts">
      <Badge tone="red">{t("mixedScripts", { scripts: scripts.map((script) => t(`scripts.${script}`)).join(" + ") })}</Badge>
    </span>
  );
}
