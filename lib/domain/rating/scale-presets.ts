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
  /** English, or whatever the team typed for a level of its own. */
  description: string;
  /** German; empty for a team's own level, which then shows its one description in both languages. */
  descriptionDe: string;
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
  [description, descriptionDe]: [string, string],
): LevelDefinition => ({ key, labelEn, labelDe, value, credibility, color, description, descriptionDe });

export const SCALE_PRESETS: ScalePreset[] = [
  {
    id: "default",
    name: "Factdesk default",
    levels: [
      level("true", "True", "Richtig", 5, "true_ish", "#15803d", ["Accurate, nothing significant missing.", "Zutreffend, es fehlt nichts Wesentliches."]),
      level("mostly-true", "Mostly true", "Größtenteils richtig", 4, "true_ish", "#65a30d", ["Accurate but needs clarification.", "Zutreffend, braucht aber eine Einordnung."]),
      level("mixed", "Mixed", "Teils richtig, teils falsch", 3, "neutral", "#ca8a04", ["Partly accurate, partly not.", "Zum Teil zutreffend, zum Teil nicht."]),
      level("mostly-false", "Mostly false", "Größtenteils falsch", 2, "false_ish", "#ea580c", ["A grain of truth, but misleading overall.", "Ein wahrer Kern, insgesamt aber irreführend."]),
      level("false", "False", "Falsch", 1, "false_ish", "#b91c1c", ["Not accurate.", "Nicht zutreffend."]),
      level("misleading", "Misleading / missing context", "Irreführend / fehlender Kontext", 2, "false_ish", "#9333ea", ["Accurate facts presented to suggest something untrue.", "Zutreffende Fakten, so dargestellt, dass sie etwas Falsches nahelegen."]),
      level("unproven", "Unproven", "Unbelegt", 3, "not_rated", "#64748b", ["No evidence either way yet.", "Bisher gibt es weder Belege dafür noch dagegen."]),
      level("not-checkable", "Not checkable", "Nicht überprüfbar", 3, "not_rated", "#94a3b8", ["Opinion, prediction or otherwise not a checkable fact.", "Meinung, Prognose oder sonst keine überprüfbare Tatsachenbehauptung."]),
    ],
  },
  {
    id: "politifact",
    name: "PolitiFact Truth-O-Meter",
    levels: [
      level("true", "True", "Wahr", 6, "true_ish", "#15803d", ["Accurate, and nothing important is left out.", "Zutreffend, und nichts Wichtiges fehlt."]),
      level("mostly-true", "Mostly True", "Größtenteils wahr", 5, "true_ish", "#65a30d", ["Accurate, but it needs context or further details.", "Zutreffend, braucht aber eine Einordnung oder weitere Angaben."]),
      level("half-true", "Half True", "Halb wahr", 4, "neutral", "#ca8a04", ["Partly accurate, but important details are missing or the context is distorted.", "Zum Teil zutreffend, lässt aber Wichtiges weg oder reißt Dinge aus dem Zusammenhang."]),
      level("mostly-false", "Mostly False", "Größtenteils falsch", 3, "false_ish", "#ea580c", ["A kernel of truth, but facts that would change the picture are ignored.", "Enthält einen wahren Kern, übergeht aber Fakten, die ein anderes Bild ergäben."]),
      level("false", "False", "Falsch", 2, "false_ish", "#b91c1c", ["Not accurate.", "Nicht zutreffend."]),
      level("pants-on-fire", "Pants on Fire", "Frei erfunden", 1, "false_ish", "#7f1d1d", ["False, and absurd on its face.", "Falsch und offensichtlich abwegig."]),
    ],
  },
  {
    id: "correctiv",
    name: "CORRECTIV.Faktencheck",
    levels: [
      level("richtig", "Correct", "Richtig", 6, "true_ish", "#15803d", ["The claim is correct.", "Die Behauptung stimmt."]),
      level("groesstenteils-richtig", "Mostly correct", "Größtenteils richtig", 5, "true_ish", "#65a30d", ["Mostly correct, but a detail is wrong or missing.", "Stimmt größtenteils, nur ein Detail ist falsch oder fehlt."]),
      level("teilweise-falsch", "Partly false", "Teilweise falsch", 4, "neutral", "#ca8a04", ["Partly correct, partly false.", "Stimmt zum Teil, ist zum Teil falsch."]),
      level("fehlender-kontext", "Missing context", "Fehlender Kontext", 3, "false_ish", "#9333ea", ["Correct facts, but context is missing that changes their meaning.", "Zutreffende Fakten, aber es fehlt Kontext, der ihre Bedeutung ändert."]),
      level("unbelegt", "Unproven", "Unbelegt", 3, "not_rated", "#64748b", ["There is no evidence for the claim so far.", "Für die Behauptung gibt es bisher keine Belege."]),
      level("groesstenteils-falsch", "Mostly false", "Größtenteils falsch", 3, "false_ish", "#ea580c", ["Mostly false, at most a detail is correct.", "Größtenteils falsch, höchstens ein Detail stimmt."]),
      level("falsch", "False", "Falsch", 2, "false_ish", "#b91c1c", ["The claim is false.", "Die Behauptung ist falsch."]),
      level("manipuliert", "Manipulated", "Manipuliert", 1, "false_ish", "#7f1d1d", ["Content was altered or put in a false context to deceive.", "Inhalte wurden verändert oder in einen falschen Zusammenhang gestellt, um zu täuschen."]),
      level("frei-erfunden", "Fabricated", "Frei erfunden", 1, "false_ish", "#450a0a", ["The claim is made up, with no basis at all.", "Die Behauptung ist frei erfunden und ohne jede Grundlage."]),
    ],
  },
];

/** A level's name in the reader's language (German or English). */
export function levelLabel(level: Pick<LevelDefinition, "labelEn" | "labelDe">, language: string): string {
  return language === "de" ? level.labelDe : level.labelEn;
}

/** A level's description in the reader's language; a team's own level has one description for both. */
export function levelDescription(level: Pick<LevelDefinition, "description" | "descriptionDe">, language: string): string {
  return language === "de" && level.descriptionDe ? level.descriptionDe : level.description;
}

export const DEFAULT_SCALE = SCALE_PRESETS[0]!;

export function scalePreset(id: string): ScalePreset | undefined {
  return SCALE_PRESETS.find((preset) => preset.id === id);
}

/** The preset a scale was made from, by its stored name, so pages can name it in the reader's language. */
export function presetOfScaleName(name: string): ScalePreset["id"] | null {
  return SCALE_PRESETS.find((preset) => preset.name === name)?.id ?? null;
}
