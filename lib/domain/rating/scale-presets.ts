// Rating scales a team can start from. Values: 1 is the most false, higher is truer. Levels that say
// nothing about truth ("unproven": we could not tell; "not checkable") are "not_rated": they do not
// count toward the credibility score at all, rather than counting as half true.

/** Whether and how a level counts toward the credibility score; "not_rated" levels do not count. */
export type CredibilityWeight = "true_ish" | "false_ish" | "neutral" | "not_rated";

export const countsTowardScore = (credibility: CredibilityWeight) => credibility !== "not_rated";

export interface LevelDefinition {
  key: string;
  labelEn: string;
  labelDe: string;
  description: string;
  color: string;
  value: number;
  credibility: CredibilityWeight;
}

export interface ScalePreset {
  id: "default" | "politifact" | "correctiv";
  name: string;
  levels: LevelDefinition[];
}

const level = (
  key: string,
  labelEn: string,
  labelDe: string,
  value: number,
  credibility: CredibilityWeight,
  color: string,
  description = "",
): LevelDefinition => ({ key, labelEn, labelDe, value, credibility, color, description });

export const SCALE_PRESETS: ScalePreset[] = [
  {
    id: "default",
    name: "Factdesk default",
    levels: [
      level("true", "True", "Richtig", 5, "true_ish", "#15803d", "Accurate, nothing significant missing."),
      level("mostly-true", "Mostly true", "Größtenteils richtig", 4, "true_ish", "#65a30d", "Accurate but needs clarification."),
      level("mixed", "Mixed", "Teils richtig, teils falsch", 3, "neutral", "#ca8a04", "Partly accurate, partly not."),
      level("mostly-false", "Mostly false", "Größtenteils falsch", 2, "false_ish", "#ea580c", "A grain of truth, but misleading overall."),
      level("false", "False", "Falsch", 1, "false_ish", "#b91c1c", "Not accurate."),
      level("misleading", "Misleading / missing context", "Irreführend / fehlender Kontext", 2, "false_ish", "#9333ea", "Accurate facts presented to suggest something untrue."),
      level("unproven", "Unproven", "Unbelegt", 3, "not_rated", "#64748b", "No evidence either way yet."),
      level("not-checkable", "Not checkable", "Nicht überprüfbar", 3, "not_rated", "#94a3b8", "Opinion, prediction or otherwise not a checkable fact."),
    ],
  },
  {
    id: "politifact",
    name: "PolitiFact Truth-O-Meter",
    levels: [
      level("true", "True", "Wahr", 6, "true_ish", "#15803d"),
      level("mostly-true", "Mostly True", "Größtenteils wahr", 5, "true_ish", "#65a30d"),
      level("half-true", "Half True", "Halb wahr", 4, "neutral", "#ca8a04"),
      level("mostly-false", "Mostly False", "Größtenteils falsch", 3, "false_ish", "#ea580c"),
      level("false", "False", "Falsch", 2, "false_ish", "#b91c1c"),
      level("pants-on-fire", "Pants on Fire", "Frei erfunden", 1, "false_ish", "#7f1d1d"),
    ],
  },
  {
    id: "correctiv",
    name: "CORRECTIV.Faktencheck",
    levels: [
      level("richtig", "Correct", "Richtig", 6, "true_ish", "#15803d"),
      level("groesstenteils-richtig", "Mostly correct", "Größtenteils richtig", 5, "true_ish", "#65a30d"),
      level("teilweise-falsch", "Partly false", "Teilweise falsch", 4, "neutral", "#ca8a04"),
      level("fehlender-kontext", "Missing context", "Fehlender Kontext", 3, "false_ish", "#9333ea"),
      level("unbelegt", "Unproven", "Unbelegt", 3, "not_rated", "#64748b"),
      level("groesstenteils-falsch", "Mostly false", "Größtenteils falsch", 3, "false_ish", "#ea580c"),
      level("falsch", "False", "Falsch", 2, "false_ish", "#b91c1c"),
      level("manipuliert", "Manipulated", "Manipuliert", 1, "false_ish", "#7f1d1d"),
      level("frei-erfunden", "Fabricated", "Frei erfunden", 1, "false_ish", "#450a0a"),
    ],
  },
];

/** A level's name in the reader's language (German or English). */
export function levelLabel(level: Pick<LevelDefinition, "labelEn" | "labelDe">, language: string): string {
  return language === "de" ? level.labelDe : level.labelEn;
}

export const DEFAULT_SCALE = SCALE_PRESETS[0]!;

export function scalePreset(id: string): ScalePreset | undefined {
  return SCALE_PRESETS.find((preset) => preset.id === id);
}

/** The preset a scale was made from, by its stored name, so pages can name it in the reader's language. */
export function presetOfScaleName(name: string): ScalePreset["id"] | null {
  return SCALE_PRESETS.find((preset) => preset.name === name)?.id ?? null;
}
