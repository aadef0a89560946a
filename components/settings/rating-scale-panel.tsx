"use client";

import { useLocale, useTranslations } from "next-intl";
import { ProblemAlert } from "@/components/ui/problem-alert";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/lib/client/use-api-action";
import { levelLabel, presetOfScaleName, type LevelDefinition } from "@/lib/domain/rating/scale-presets";

/** The current scale version with its levels, and switching to a preset (a new version). */
export function RatingScalePanel({ scale, canEdit }: { scale: { name: string; version: number; levels: LevelDefinition[] }; canEdit: boolean }) {
  const t = useTranslations("settings");
  const locale = useLocale();
  const preset = presetOfScaleName(scale.name);
  const { run, pending, problem } = useApiAction();
  const counted = scale.levels.filter((level) => level.credibility !== "not_rated").map((level) => level.value);
  const range = { worst: Math.min(...counted), best: Math.max(...counted) };
  return (
    <div className="space-y-3 text-sm">
      <ProblemAlert problem={problem} />
      <p>
        <strong data-testid="scale-name">{preset ? t(`presetNames.${preset}`) : scale.name}</strong> · {t("version", { version: scale.version })}
      </p>
      {/* The range once, each level its points (walk of stop 44: the whole sentence on every level squeezed the names on a phone). */}
      <p className="text-xs text-slate-600">{t("scoreRange", { worst: range.worst, best: range.best })}</p>
      <ul className="space-y-1">
        {scale.levels.map((level) => (
          <li key={level.key} className="flex flex-wrap items-center gap-x-2">
            <span className="inline-block h-3 w-3 rounded-full" style={{ backgroundColor: level.color }} aria-hidden />
            <span className="font-medium">{levelLabel(level, locale)}</span>
            {/* The bare value read like a data error where a level that does not count shared it (walk of stop 37):
                it is named as a point of the credibility score, and only where it counts. */}
            <span className="text-xs text-slate-600">
              {level.credibility !== "not_rated" && `${t("scorePoint", { value: level.value })} · `}
              {t(`credibility.${level.credibility}`)}
            </span>
          </li>
        ))}
      </ul>
      {canEdit && (
        <div className="space-y-2 border-t border-slate-200 pt-3">
          <p className="text-xs text-slate-600">{t("presetHint")}</p>
          <div className="flex flex-wrap gap-2">
            {/* A switch applies to every verdict from then on: asked first, and the scale in use is no choice (walk of stop 34). */}
            {(["default", "politifact", "correctiv"] as const).map((choice) => (
              <Button
                key={choice}
                variant="secondary"
                disabled={pending || choice === preset}
                aria-current={choice === preset ? "true" : undefined}
                onClick={() => window.confirm(t("confirmPreset", { name: t(`presetNames.${choice}`) })) && run("/api/v1/rating-scale", "PUT", { version: scale.version, preset: choice })}
              >
                {t(`presets.${choice}`)}
              </Button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
