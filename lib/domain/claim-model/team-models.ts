import type { ExtractOptions } from "../claims/extract";
import type { LinearModel } from "../claims/model/linear-model";
import type { Language } from "../claims/types";

/** A team's current models by language and label; a missing one means the shipped engine. */
export type TeamModels = Partial<Record<Language, { checkworthy?: LinearModel; subjective?: LinearModel }>>;

/** The extract() options that make the engine read a text with the team's models for its language. */
export function teamModelOptions(models: TeamModels | null | undefined, language: Language): Pick<ExtractOptions, "model" | "subjectivityModel"> {
  const forLanguage = models?.[language];
  return { model: forLanguage?.checkworthy, subjectivityModel: forLanguage?.subjective };
}
