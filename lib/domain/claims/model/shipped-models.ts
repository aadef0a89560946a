import englishCheckworthiness from "./checkworthiness-en.json";
import { decodeModel, type LinearModel, type ModelFile } from "./linear-model";

// The weights `npm run train:claims` writes, decoded on first use (a quarter of a million bytes).
let english: LinearModel | null = null;

/** The shipped check-worthiness model for `language`, or null where none exists (German: rules only). */
export function shippedCheckworthinessModel(language: "de" | "en"): LinearModel | null {
  if (language !== "en") return null;
  return (english ??= decodeModel(englishCheckworthiness as ModelFile));
}
